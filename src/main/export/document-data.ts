/**
 * What the Word builders need, in small types of their own: the builder never reads the database, so it
 * is built and tested with fixture data, and `collect.ts` fills these from the services of every area.
 * Every string here is already final for the chosen mode (anonymised or not): the builder prints as is.
 */
import type { Language } from '../../shared/contract/common';
import type { StrategySectionId } from '../../shared/contract/exports';
import type { Action, PhaseState, Principle, Priority, StrategyDoc } from '../../shared/domain/strategy';

export interface IndexRow {
  indicatorId: string;
  name: string;
  city: number | null;
  sample: number | null;
  /** The report's sentence the values came from, and its page (findings report evidence). */
  evidence?: string;
  page?: number | null;
}

export interface IndexSummary {
  generation: 'v1' | 'v2';
  reportDate: string | null;
  sampleSize: number | null;
  aggregate: { city: number | null; sample: number | null };
  rows: IndexRow[];
  rankings: string[];
}

export interface MeetingRow {
  date: string | null;
  dayLabel: string;
  startTime: string;
  endTime: string;
  title: string;
  kind: string;
  /** Translated kind label. */
  kindLabel: string;
  place: string;
  /** Organisations met (and names only when not anonymised and consent allows). */
  participants: string;
  participantCount: number;
  team: string;
}

export interface FindingItem {
  /** 'quote' | 'strength' | 'weakness' | 'opportunity' | 'threat' | 'recommendation' */
  code: string;
  text: string;
  /** Printed after a quote; null = anonymous ("a participant"). */
  attribution: string | null;
  meetingTitle: string;
}

export interface FindingArea {
  indicatorId: string;
  name: string;
  items: FindingItem[];
}

export interface ActionRow extends Action {
  priorityTitle: string;
  lead: string;
  partners: string;
  indicatorNames: string[];
}

/** A section whose source area is not available: the document says so in plain words. */
export type Availability = 'ok' | 'empty' | 'unavailable';

export interface StrategyDocumentData {
  lang: Language;
  anonymised: boolean;
  sections: readonly StrategySectionId[];
  /** Indicator id -> name in the document language. */
  indicatorNames: Record<string, string>;
  /** Cover date (YYYY-MM-DD) */
  date: string;
  city: { name: string; country: string; population: number | null; foreignBornShare: number | null };
  visit: { title: string; startDate: string | null; endDate: string | null; team: { name: string; role: string }[] };
  strategy: { doc: StrategyDoc; principles: Principle[]; priorities: Priority[]; actions: ActionRow[]; phases: PhaseState[] };
  index: { status: Availability; summary: IndexSummary | null };
  map: { status: Availability; svg: string | null; stakeholderCount: number; byCategory: { label: string; count: number }[] };
  meetings: { status: Availability; rows: MeetingRow[] };
  findings: { status: Availability; areas: FindingArea[] };
}
