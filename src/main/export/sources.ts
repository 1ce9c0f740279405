/**
 * The one place that reads other areas' services for the exports and the priority suggestions, mapped
 * onto small types of our own. Each reader returns null when its area holds nothing usable, and the
 * document then prints a plain placeholder instead of failing.
 */
import { latestReport } from '../services/index-reports';
import { listCodedPassages, listMeetings } from '../services/interviews';
import { listStakeholders } from '../services/stakeholders';
import type { Stakeholder } from '../../shared/domain/stakeholders';
import type { VisitHandle } from '../services/visit-library';
import { buildMapSvg } from './map-figure';

export interface RawIndexReport {
  generation: 'v1' | 'v2';
  reportDate: string | null;
  sampleSize: number | null;
  aggregate: { city: number | null; sample: number | null };
  indicators: { id: string; city: number | null; sample: number | null; evidence: string; page: number | null }[];
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

export function readStakeholders(handle: VisitHandle): Stakeholder[] {
  return listStakeholders(handle);
}

export function readLatestIndex(handle: VisitHandle): RawIndexReport | null {
  const r = latestReport(handle);
  if (!r) return null;
  return {
    generation: r.generation,
    reportDate: r.reportDate,
    sampleSize: r.sampleSize,
    aggregate: r.aggregate,
    indicators: r.indicators.map((i) => ({ id: i.id, city: i.city, sample: i.sample, evidence: i.evidence, page: i.page })),
    rankings: r.rankings.map((k) => ({ label: k.label, rank: k.rank, of: k.of })),
  };
}

export function readMeetings(handle: VisitHandle): RawMeeting[] {
  return listMeetings(handle).days.flatMap((d) =>
    d.meetings.map((m) => ({
      date: d.date,
      dayLabel: d.label,
      startTime: m.startTime,
      endTime: m.endTime,
      title: m.title,
      place: m.place,
      kind: m.kind,
      team: m.team,
      participants: m.participants.map((p) => ({ name: p.name, role: p.role, stakeholderId: p.stakeholderId })),
    })),
  );
}

export function readPassages(handle: VisitHandle): RawPassage[] {
  return listCodedPassages(handle).map((p) => ({
    code: p.code,
    text: p.text,
    policyAreas: p.policyAreas,
    meetingTitle: p.meetingTitle,
    scope: p.consent.scope,
    attribution: p.consent.attribution,
    speakerNames: p.consent.speakers.map((s) => s.name),
  }));
}

export function readMapSvg(handle: VisitHandle, options: { anonymise: boolean; lang: 'en' | 'fr' }): string {
  return buildMapSvg(handle, options);
}
