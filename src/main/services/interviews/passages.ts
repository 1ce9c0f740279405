import { randomUUID } from 'node:crypto';
import { INDICATORS, isIndicatorId } from '../../../shared/domain/indicators';
import {
  CONSENT_SCOPES,
  passageInputSchema,
  type CodeKind,
  type CodedPassage,
  type ConsentScope,
  type EffectiveConsent,
  type FindingsGroup,
  type PassageInput,
  type Speaker,
} from '../../../shared/domain/interviews';
import { AppError, notFound } from '../../util/errors';
import { systemClock, type Clock } from '../../util/clock';
import { placeholders, uniq, type Handle } from './rows';
import { plainText, unwrapPassage, htmlToText } from './sanitize';
import { invalid } from './validation';

interface PassageRow { id: string; meeting_id: string; code: string; text: string; comment: string; created_at: string; updated_at: string; meeting_title: string; meeting_kind: string; meeting_date: string | null }
interface SpeakerRow { id: string; meeting_id: string; stakeholder_id: string | null; name: string; role: string; consent_status: string; consent_scope: string }

export interface PassageQuery {
  policyArea?: string;
  stakeholderId?: string;
  meetingId?: string;
  codes?: CodeKind[];
  /** Leave out quotes nobody may quote (scope 'no_quote'). */
  quotableOnly?: boolean;
  ids?: string[];
}

const restrictiveness = (s: ConsentScope) => CONSENT_SCOPES.indexOf(s);

/**
 * The consent that governs a passage. Speakers are the meeting's participants linked to the passage's
 * stakeholders, or every participant when none is tagged. Someone who did not give consent counts as
 * 'no_quote'; the passage gets the most restrictive scope of its speakers, and 'no_quote' without any.
 */
export function resolveConsent(participants: SpeakerRow[], stakeholderIds: string[]): EffectiveConsent {
  const tagged = participants.filter((p) => p.stakeholder_id && stakeholderIds.includes(p.stakeholder_id));
  const relevant = tagged.length > 0 ? tagged : participants;
  const speakers: Speaker[] = relevant.map((p) => ({
    participantId: p.id,
    stakeholderId: p.stakeholder_id,
    name: p.name,
    status: p.consent_status as Speaker['status'],
    scope: p.consent_status === 'given' ? (p.consent_scope as ConsentScope) : 'no_quote',
  }));
  const scope: ConsentScope = speakers.length === 0 ? 'no_quote' : speakers.reduce<ConsentScope>((acc, s) => (restrictiveness(s.scope) > restrictiveness(acc) ? s.scope : acc), 'quote_by_name');
  const attribution = scope === 'quote_by_name' ? relevant.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ') : null;
  return { scope, attribution, speakers };
}

export function listCodedPassages(handle: Handle, query: PassageQuery = {}): CodedPassage[] {
  const { sqlite } = handle;
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (query.meetingId) add('p.meeting_id = ?', query.meetingId);
  if (query.policyArea) add('p.id IN (SELECT passage_id FROM coded_passage_area WHERE indicator_id = ?)', query.policyArea);
  if (query.stakeholderId) add('p.id IN (SELECT passage_id FROM coded_passage_stakeholder WHERE stakeholder_id = ?)', query.stakeholderId);
  if (query.codes?.length) add(`p.code IN (${placeholders(query.codes.length)})`, ...query.codes);
  if (query.ids) add('p.id IN (SELECT value FROM json_each(?))', JSON.stringify(query.ids));
  const rows = sqlite
    .prepare(
      `SELECT p.*, m.title AS meeting_title, m.kind AS meeting_kind, d.date AS meeting_date
       FROM coded_passage p JOIN meeting m ON m.id = p.meeting_id JOIN agenda_day d ON d.id = m.day_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY d.position, m.start_time, p.created_at`,
    )
    .all(...params) as PassageRow[];
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const areas = groupBy(sqlite.prepare('SELECT passage_id AS k, indicator_id AS v FROM coded_passage_area WHERE passage_id IN (SELECT value FROM json_each(?))').all(ids) as { k: string; v: string }[]);
  const holders = groupBy(sqlite.prepare('SELECT passage_id AS k, stakeholder_id AS v FROM coded_passage_stakeholder WHERE passage_id IN (SELECT value FROM json_each(?))').all(ids) as { k: string; v: string }[]);
  const meetingIds = JSON.stringify([...new Set(rows.map((r) => r.meeting_id))]);
  const participants = new Map<string, SpeakerRow[]>();
  for (const p of sqlite.prepare('SELECT * FROM meeting_participant WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY position, created_at').all(meetingIds) as SpeakerRow[]) {
    participants.set(p.meeting_id, [...(participants.get(p.meeting_id) ?? []), p]);
  }
  const order = new Map(INDICATORS.map((ind, i) => [ind.id, i]));
  const result = rows.map((r): CodedPassage => {
    const stakeholderIds = holders.get(r.id) ?? [];
    return {
      id: r.id,
      meetingId: r.meeting_id,
      meetingTitle: r.meeting_title,
      meetingDate: r.meeting_date,
      meetingKind: r.meeting_kind as CodedPassage['meetingKind'],
      code: r.code as CodeKind,
      text: r.text,
      comment: r.comment,
      policyAreas: (areas.get(r.id) ?? []).sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999)),
      stakeholderIds,
      consent: resolveConsent(participants.get(r.meeting_id) ?? [], stakeholderIds),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
  return query.quotableOnly ? result.filter((p) => p.code !== 'quote' || p.consent.scope !== 'no_quote') : result;
}

export function getPassage(handle: Handle, id: string): CodedPassage {
  const found = listCodedPassages(handle, { ids: [id] })[0];
  if (!found) throw notFound('This coded passage');
  return found;
}

function checkTags(handle: Handle, policyAreas: string[], stakeholderIds: string[]) {
  const unknownArea = policyAreas.find((a) => !isIndicatorId(a));
  if (unknownArea) throw new AppError('invalid_input', `“${plainText(unknownArea).slice(0, 60)}” is not a policy area of the ICC Index.`, { policyAreas: 'Unknown policy area.' });
  for (const sid of stakeholderIds) {
    if (!handle.sqlite.prepare('SELECT 1 FROM stakeholders WHERE id = ?').get(sid)) throw notFound('A tagged stakeholder');
  }
}

function writeTags(handle: Handle, id: string, policyAreas: string[], stakeholderIds: string[]) {
  const { sqlite } = handle;
  sqlite.prepare('DELETE FROM coded_passage_area WHERE passage_id = ?').run(id);
  sqlite.prepare('DELETE FROM coded_passage_stakeholder WHERE passage_id = ?').run(id);
  const area = sqlite.prepare('INSERT INTO coded_passage_area (passage_id, indicator_id) VALUES (?, ?)');
  for (const a of policyAreas) area.run(id, a);
  const holder = sqlite.prepare('INSERT INTO coded_passage_stakeholder (passage_id, stakeholder_id) VALUES (?, ?)');
  for (const s of stakeholderIds) holder.run(id, s);
}

export function createPassage(handle: Handle, meetingId: string, input: PassageInput & { id?: string }, clock: Clock = systemClock): CodedPassage {
  const parsed = passageInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error, 'coded passage');
  const d = parsed.data;
  const policyAreas = uniq(d.policyAreas);
  const stakeholderIds = uniq(d.stakeholderIds);
  const id = input.id ?? randomUUID();
  const { sqlite } = handle;
  sqlite
    .transaction(() => {
      if (!sqlite.prepare('SELECT 1 FROM meeting WHERE id = ?').get(meetingId)) throw notFound('This meeting');
      if (sqlite.prepare('SELECT 1 FROM coded_passage WHERE id = ?').get(id)) throw new AppError('conflict', 'This passage is already coded.');
      checkTags(handle, policyAreas, stakeholderIds);
      const now = clock.now().toISOString();
      sqlite.prepare('INSERT INTO coded_passage (id, meeting_id, code, text, comment, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, meetingId, d.code, plainText(d.text), plainText(d.comment), now, now);
      writeTags(handle, id, policyAreas, stakeholderIds);
    })
    .immediate();
  return getPassage(handle, id);
}

export interface PassagePatch {
  code?: CodeKind;
  comment?: string;
  policyAreas?: string[];
  stakeholderIds?: string[];
}

/**
 * Whether the service also updates the passage's mark in the stored note. An open editor changes the
 * mark itself (and autosaves), so it passes syncNote: false and its revision stays valid.
 */
export interface NoteSync {
  syncNote?: boolean;
}

/** Recode or retag: the passage's text is never touched. */
export function updatePassage(handle: Handle, id: string, patch: PassagePatch, clock: Clock = systemClock, options: NoteSync = {}): CodedPassage {
  const current = getPassage(handle, id);
  const next = { code: patch.code ?? current.code, comment: patch.comment ?? current.comment, policyAreas: uniq(patch.policyAreas ?? current.policyAreas), stakeholderIds: uniq(patch.stakeholderIds ?? current.stakeholderIds) };
  const parsed = passageInputSchema.safeParse({ ...next, text: current.text });
  if (!parsed.success) throw invalid(parsed.error, 'coded passage');
  const { sqlite } = handle;
  sqlite
    .transaction(() => {
      checkTags(handle, next.policyAreas, next.stakeholderIds);
      sqlite.prepare('UPDATE coded_passage SET code = ?, comment = ?, updated_at = ? WHERE id = ?').run(next.code, plainText(next.comment), clock.now().toISOString(), id);
      writeTags(handle, id, next.policyAreas, next.stakeholderIds);
      // Keep the mark's code in the note in step, so the highlight colour matches.
      if (options.syncNote !== false && patch.code && patch.code !== current.code) {
        const note = sqlite.prepare('SELECT html FROM meeting_note WHERE meeting_id = ?').get(current.meetingId) as { html: string } | undefined;
        const marker = `data-passage-id="${id}" data-code="${current.code}"`;
        if (note?.html.includes(marker)) {
          sqlite.prepare('UPDATE meeting_note SET html = ?, revision = revision + 1, updated_at = ? WHERE meeting_id = ?').run(note.html.split(marker).join(`data-passage-id="${id}" data-code="${patch.code}"`), clock.now().toISOString(), current.meetingId);
        }
      }
    })
    .immediate();
  return getPassage(handle, id);
}

/** Deletes the coding, never the words: the note keeps the text, only the highlight goes. */
export function deletePassage(handle: Handle, id: string, clock: Clock = systemClock, options: NoteSync = {}): { deleted: true } {
  const { sqlite } = handle;
  sqlite
    .transaction(() => {
      const row = sqlite.prepare('SELECT meeting_id FROM coded_passage WHERE id = ?').get(id) as { meeting_id: string } | undefined;
      if (!row) throw notFound('This coded passage');
      sqlite.prepare('DELETE FROM coded_passage WHERE id = ?').run(id);
      const note = sqlite.prepare('SELECT html FROM meeting_note WHERE meeting_id = ?').get(row.meeting_id) as { html: string } | undefined;
      if (options.syncNote !== false && note?.html.includes(`data-passage-id="${id}"`)) {
        const html = unwrapPassage(note.html, id);
        sqlite.prepare('UPDATE meeting_note SET html = ?, text = ?, revision = revision + 1, updated_at = ? WHERE meeting_id = ?').run(html, htmlToText(html), clock.now().toISOString(), row.meeting_id);
      }
    })
    .immediate();
  return { deleted: true };
}

/** Coded passages grouped by policy area in catalogue order (a passage with two areas appears in both). */
export function findingsByPolicyArea(handle: Handle, query: PassageQuery = {}): FindingsGroup[] {
  const passages = listCodedPassages(handle, query);
  const groups = new Map<string, CodedPassage[]>();
  for (const p of passages) for (const a of p.policyAreas.length ? p.policyAreas : ['']) groups.set(a, [...(groups.get(a) ?? []), p]);
  const order = new Map(INDICATORS.map((ind, i) => [ind.id, i]));
  return [...groups.entries()].sort(([a], [b]) => (order.get(a) ?? 9999) - (order.get(b) ?? 9999)).map(([key, list]) => ({ key, passages: list }));
}

/** Coded passages grouped by tagged stakeholder ('' for untagged), by stakeholder name. */
export function findingsByStakeholder(handle: Handle, query: PassageQuery = {}): FindingsGroup[] {
  const passages = listCodedPassages(handle, query);
  const groups = new Map<string, CodedPassage[]>();
  for (const p of passages) for (const s of p.stakeholderIds.length ? p.stakeholderIds : ['']) groups.set(s, [...(groups.get(s) ?? []), p]);
  const names = new Map((handle.sqlite.prepare('SELECT id, name FROM stakeholders').all() as { id: string; name: string }[]).map((r) => [r.id, r.name]));
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : (names.get(a) ?? '').localeCompare(names.get(b) ?? '')))
    .map(([key, list]) => ({ key, passages: list }));
}

function groupBy(rows: { k: string; v: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.k, [...(map.get(r.k) ?? []), r.v]);
  return map;
}
