import { randomUUID } from 'node:crypto';
import { isIndicatorId } from '../../../shared/domain/indicators';
import {
  dayInputSchema,
  meetingInputSchema,
  participantInputSchema,
  type Agenda,
  type AgendaDay,
  type Meeting,
  type MeetingInput,
  type Participant,
  type ParticipantInput,
} from '../../../shared/domain/interviews';
import { createStakeholder } from '../stakeholders';
import { AppError, notFound } from '../../util/errors';
import { systemClock, type Clock } from '../../util/clock';
import { parseList, uniq, type Handle } from './rows';
import { plainText } from './sanitize';
import { DEFAULT_AGENDA } from './template';
import { invalid } from './validation';

interface DayRow { id: string; date: string | null; label: string; position: number }
interface MeetingRow { id: string; day_id: string; start_time: string; end_time: string; title: string; place: string; kind: string; policy_areas: string; team: string; has_notes: number; passage_count: number }
interface ParticipantRow { id: string; meeting_id: string; stakeholder_id: string | null; name: string; role: string; consent_status: string; consent_date: string | null; consent_scope: string }

const participantFromRow = (r: ParticipantRow): Participant => ({
  id: r.id,
  meetingId: r.meeting_id,
  stakeholderId: r.stakeholder_id,
  name: r.name,
  role: r.role,
  consent: { status: r.consent_status as Participant['consent']['status'], date: r.consent_date, scope: r.consent_scope as Participant['consent']['scope'] },
});

const MEETING_SELECT = `
  SELECT m.*, (n.meeting_id IS NOT NULL AND length(n.text) > 0) AS has_notes,
         (SELECT count(*) FROM coded_passage p WHERE p.meeting_id = m.id) AS passage_count
  FROM meeting m LEFT JOIN meeting_note n ON n.meeting_id = m.id`;

function meetingFromRow(r: MeetingRow, participants: Participant[]): Meeting {
  return {
    id: r.id,
    dayId: r.day_id,
    startTime: r.start_time,
    endTime: r.end_time,
    title: r.title,
    place: r.place,
    kind: r.kind as Meeting['kind'],
    policyAreas: parseList(r.policy_areas),
    team: parseList(r.team),
    participants,
    hasNotes: r.has_notes === 1,
    passageCount: r.passage_count,
  };
}

/** The whole agenda: days in order, meetings by start time, participants in the order they were added. */
export function listMeetings(handle: Handle): Agenda {
  const { sqlite } = handle;
  const days = sqlite.prepare('SELECT id, date, label, position FROM agenda_day ORDER BY position, date, created_at').all() as DayRow[];
  const meetings = sqlite.prepare(`${MEETING_SELECT} ORDER BY m.start_time, m.created_at`).all() as MeetingRow[];
  const participants = sqlite.prepare('SELECT * FROM meeting_participant ORDER BY position, created_at').all() as ParticipantRow[];
  const byMeeting = new Map<string, Participant[]>();
  for (const p of participants) {
    const list = byMeeting.get(p.meeting_id) ?? [];
    list.push(participantFromRow(p));
    byMeeting.set(p.meeting_id, list);
  }
  const byDay = new Map<string, Meeting[]>();
  for (const m of meetings) {
    const list = byDay.get(m.day_id) ?? [];
    list.push(meetingFromRow(m, byMeeting.get(m.id) ?? []));
    byDay.set(m.day_id, list);
  }
  return { days: days.map((d): AgendaDay => ({ ...d, meetings: byDay.get(d.id) ?? [] })) };
}

export function getMeeting(handle: Handle, meetingId: string): Meeting {
  const row = handle.sqlite.prepare(`${MEETING_SELECT} WHERE m.id = ?`).get(meetingId) as MeetingRow | undefined;
  if (!row) throw notFound('This meeting');
  const participants = (handle.sqlite.prepare('SELECT * FROM meeting_participant WHERE meeting_id = ? ORDER BY position, created_at').all(meetingId) as ParticipantRow[]).map(participantFromRow);
  return meetingFromRow(row, participants);
}

export function saveDay(handle: Handle, input: { id?: string; date?: string | null; label?: string }, clock: Clock = systemClock): AgendaDay {
  const parsed = dayInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error, 'day');
  const now = clock.now().toISOString();
  const { sqlite } = handle;
  const label = plainText(parsed.data.label);
  if (input.id) {
    const info = sqlite.prepare('UPDATE agenda_day SET date = ?, label = ?, updated_at = ? WHERE id = ?').run(parsed.data.date, label, now, input.id);
    if (info.changes === 0) throw notFound('This day');
    return listMeetings(handle).days.find((d) => d.id === input.id)!;
  }
  const id = randomUUID();
  const position = (sqlite.prepare('SELECT coalesce(max(position), -1) + 1 AS p FROM agenda_day').get() as { p: number }).p;
  sqlite.prepare('INSERT INTO agenda_day (id, date, label, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, parsed.data.date, label, position, now, now);
  return { id, date: parsed.data.date, label, position, meetings: [] };
}

/** Deleting a day deletes its meetings, their notes, passages and attachments (asked for confirmation in the UI). */
export function deleteDay(handle: Handle, dayId: string): { deleted: true } {
  const info = handle.sqlite.prepare('DELETE FROM agenda_day WHERE id = ?').run(dayId);
  if (info.changes === 0) throw notFound('This day');
  return { deleted: true };
}

function checkMeeting(handle: Handle, input: MeetingInput) {
  const parsed = meetingInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error, 'meeting');
  const data = parsed.data;
  const unknownArea = data.policyAreas.find((a) => !isIndicatorId(a));
  if (unknownArea) throw new AppError('invalid_input', `“${unknownArea.slice(0, 60)}” is not a policy area of the ICC Index.`, { policyAreas: 'Unknown policy area.' });
  if (data.endTime < data.startTime) throw new AppError('invalid_input', 'The meeting ends before it starts. Check the times.', { endTime: 'Ends before it starts.' });
  if (!handle.sqlite.prepare('SELECT 1 FROM agenda_day WHERE id = ?').get(data.dayId)) throw notFound('This day');
  return { ...data, title: plainText(data.title), place: plainText(data.place), team: uniq(data.team.map(plainText)), policyAreas: uniq(data.policyAreas) };
}

export function saveMeeting(handle: Handle, input: MeetingInput & { id?: string }, clock: Clock = systemClock): Meeting {
  const d = checkMeeting(handle, input);
  const now = clock.now().toISOString();
  const { sqlite } = handle;
  if (input.id) {
    const info = sqlite
      .prepare('UPDATE meeting SET day_id = ?, start_time = ?, end_time = ?, title = ?, place = ?, kind = ?, policy_areas = ?, team = ?, updated_at = ? WHERE id = ?')
      .run(d.dayId, d.startTime, d.endTime, d.title, d.place, d.kind, JSON.stringify(d.policyAreas), JSON.stringify(d.team), now, input.id);
    if (info.changes === 0) throw notFound('This meeting');
    return getMeeting(handle, input.id);
  }
  const id = randomUUID();
  sqlite
    .prepare('INSERT INTO meeting (id, day_id, start_time, end_time, title, place, kind, policy_areas, team, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, d.dayId, d.startTime, d.endTime, d.title, d.place, d.kind, JSON.stringify(d.policyAreas), JSON.stringify(d.team), now, now);
  return getMeeting(handle, id);
}

export function deleteMeeting(handle: Handle, meetingId: string): { deleted: true } {
  const info = handle.sqlite.prepare('DELETE FROM meeting WHERE id = ?').run(meetingId);
  if (info.changes === 0) throw notFound('This meeting');
  return { deleted: true };
}

export interface AddParticipantOptions {
  /** Create a stakeholder record from the participant's name in the same step and link it. */
  createStakeholder?: { category: string; organisation?: string };
}

export function addParticipant(handle: Handle, meetingId: string, input: ParticipantInput, options: AddParticipantOptions = {}, clock: Clock = systemClock): Participant {
  const parsed = participantInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error, 'participant');
  const data = parsed.data;
  const { sqlite } = handle;
  const run = sqlite.transaction(() => {
    if (!sqlite.prepare('SELECT 1 FROM meeting WHERE id = ?').get(meetingId)) throw notFound('This meeting');
    let stakeholderId = data.stakeholderId;
    if (options.createStakeholder) {
      stakeholderId = createStakeholder(handle, { name: plainText(data.name), organisation: plainText(options.createStakeholder.organisation ?? ''), category: options.createStakeholder.category }, { clock }).id;
    } else if (stakeholderId && !sqlite.prepare('SELECT 1 FROM stakeholders WHERE id = ?').get(stakeholderId)) {
      throw notFound('This stakeholder');
    }
    const id = randomUUID();
    const now = clock.now().toISOString();
    const position = (sqlite.prepare('SELECT coalesce(max(position), -1) + 1 AS p FROM meeting_participant WHERE meeting_id = ?').get(meetingId) as { p: number }).p;
    sqlite
      .prepare('INSERT INTO meeting_participant (id, meeting_id, stakeholder_id, name, role, consent_status, consent_date, consent_scope, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, meetingId, stakeholderId, plainText(data.name), plainText(data.role), data.consent.status, data.consent.date, data.consent.scope, position, now, now);
    return id;
  });
  const id = run.immediate();
  return getParticipant(handle, id);
}

export function getParticipant(handle: Handle, id: string): Participant {
  const row = handle.sqlite.prepare('SELECT * FROM meeting_participant WHERE id = ?').get(id) as ParticipantRow | undefined;
  if (!row) throw notFound('This participant');
  return participantFromRow(row);
}

export function updateParticipant(handle: Handle, id: string, input: ParticipantInput, clock: Clock = systemClock): Participant {
  const parsed = participantInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error, 'participant');
  const d = parsed.data;
  if (d.stakeholderId && !handle.sqlite.prepare('SELECT 1 FROM stakeholders WHERE id = ?').get(d.stakeholderId)) throw notFound('This stakeholder');
  const info = handle.sqlite
    .prepare('UPDATE meeting_participant SET name = ?, role = ?, stakeholder_id = ?, consent_status = ?, consent_date = ?, consent_scope = ?, updated_at = ? WHERE id = ?')
    .run(plainText(d.name), plainText(d.role), d.stakeholderId, d.consent.status, d.consent.date, d.consent.scope, clock.now().toISOString(), id);
  if (info.changes === 0) throw notFound('This participant');
  return getParticipant(handle, id);
}

export function removeParticipant(handle: Handle, id: string): { deleted: true } {
  const info = handle.sqlite.prepare('DELETE FROM meeting_participant WHERE id = ?').run(id);
  if (info.changes === 0) throw notFound('This participant');
  return { deleted: true };
}

/**
 * Fills an empty agenda with the default three-day visit (domain §3.1), dated from the visit's first
 * day when known, with the whole visiting team attending. Refuses to touch an agenda that has days.
 */
export function applyTemplate(handle: Handle, options: { startDate: string | null; lang: 'en' | 'fr'; team: string[] }, clock: Clock = systemClock): Agenda {
  const { sqlite } = handle;
  const run = sqlite.transaction(() => {
    const count = (sqlite.prepare('SELECT count(*) AS n FROM agenda_day').get() as { n: number }).n;
    if (count > 0) throw new AppError('conflict', 'The agenda already has days, so the template was not applied. Delete the days first to start from the template.');
    DEFAULT_AGENDA.forEach((day, i) => {
      const date = options.startDate ? addDays(options.startDate, i) : null;
      const created = saveDay(handle, { date, label: day.label[options.lang] }, clock);
      for (const t of day.meetings) {
        saveMeeting(handle, { dayId: created.id, startTime: t.start, endTime: t.end, kind: t.kind, title: t.title[options.lang], place: t.place[options.lang], policyAreas: t.policyAreas, team: options.team }, clock);
      }
    });
  });
  run.immediate();
  return listMeetings(handle);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
