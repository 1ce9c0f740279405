/**
 * The one place that reads other areas' services for the exports and the priority suggestions. Each
 * reader returns null when that area is not available in this build or holds nothing, and the document
 * then prints a plain placeholder instead of failing.
 */
import { listStakeholders } from '../services/stakeholders';
import type { Stakeholder } from '../../shared/domain/stakeholders';
import type { VisitHandle } from '../services/visit-library';

export interface RawIndexReport {
  generation: 'v1' | 'v2';
  reportDate: string | null;
  sampleSize: number | null;
  aggregate: { city: number | null; sample: number | null };
  indicators: { id: string; city: number | null; sample: number | null }[];
  rankings: { label: string; rank: number | null; of: number | null }[];
}

export interface RawParticipant {
  name: string;
  role: string;
  stakeholderId: string | null;
}
export interface RawMeeting {
  date: string | null;
  dayLabel: string;
  startTime: string;
  endTime: string;
  title: string;
  place: string;
  kind: string;
  team: string[];
  participants: RawParticipant[];
}
export interface RawPassage {
  code: string;
  text: string;
  policyAreas: string[];
  meetingTitle: string;
  /** 'quote_by_name' | 'quote_anonymously' | 'no_quote' */
  scope: string;
  attribution: string | null;
  speakerNames: string[];
}

const tableExists = (handle: VisitHandle, name: string): boolean =>
  !!handle.sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name);

export function readStakeholders(handle: VisitHandle): Stakeholder[] | null {
  if (!tableExists(handle, 'stakeholders')) return null;
  return listStakeholders(handle);
}

/** Latest Index report of the visit. Wired to the index area's service once it exists (see strategy.md). */
export function readLatestIndex(_handle: VisitHandle): RawIndexReport | null {
  return null;
}

export function readMeetings(_handle: VisitHandle): RawMeeting[] | null {
  return null;
}

export function readPassages(_handle: VisitHandle): RawPassage[] | null {
  return null;
}

/** The map figure as a standalone SVG; null until the map area's headless builder exists. */
export function readMapSvg(_handle: VisitHandle, _options: { anonymise: boolean; lang: 'en' | 'fr' }): string | null {
  return null;
}
