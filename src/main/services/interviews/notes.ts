import { MAX_NOTE_HTML, type MeetingNote, type NoteSaved } from '../../../shared/domain/interviews';
import { AppError, notFound } from '../../util/errors';
import { systemClock, type Clock } from '../../util/clock';
import type { Handle } from './rows';
import { htmlToText, sanitizeNoteHtml } from './sanitize';

interface NoteRow { meeting_id: string; html: string; revision: number; updated_at: string }

/** The note of a meeting; a meeting without notes yet answers an empty note at revision 0. */
export function getNote(handle: Handle, meetingId: string): MeetingNote {
  const row = handle.sqlite.prepare('SELECT meeting_id, html, revision, updated_at FROM meeting_note WHERE meeting_id = ?').get(meetingId) as NoteRow | undefined;
  if (row) return { meetingId, html: row.html, revision: row.revision, updatedAt: row.updated_at };
  if (!handle.sqlite.prepare('SELECT 1 FROM meeting WHERE id = ?').get(meetingId)) throw notFound('This meeting');
  return { meetingId, html: '', revision: 0, updatedAt: null };
}

export interface SaveNoteInput {
  meetingId: string;
  html: string;
  /** The revision the editor started from; a different stored revision means another window saved meanwhile. */
  baseRevision: number;
}

/**
 * Autosave: sanitises, then writes in one IMMEDIATE transaction that first checks the revision, so two
 * windows editing one note never silently overwrite each other: the later one gets a 'conflict' error
 * and keeps its text on screen. Returns the new revision. The commit is durable (WAL, synchronous=FULL).
 */
export function saveNote(handle: Handle, input: SaveNoteInput, clock: Clock = systemClock): NoteSaved {
  if (input.html.length > MAX_NOTE_HTML) {
    throw new AppError('file_too_large', `This note is larger than ${MAX_NOTE_HTML / 1024 / 1024} MB and was not saved. Split it over two meetings or remove pasted material.`);
  }
  const html = sanitizeNoteHtml(input.html);
  const text = htmlToText(html);
  const { sqlite } = handle;
  const now = clock.now().toISOString();
  const run = sqlite.transaction((): NoteSaved => {
    const current = sqlite.prepare('SELECT revision FROM meeting_note WHERE meeting_id = ?').get(input.meetingId) as { revision: number } | undefined;
    const currentRevision = current?.revision ?? 0;
    if (currentRevision !== input.baseRevision) {
      throw new AppError('conflict', 'This note was changed in another window since you opened it, so your latest typing was not saved over it. Copy what you typed, then reload the note.');
    }
    if (!current) {
      if (!sqlite.prepare('SELECT 1 FROM meeting WHERE id = ?').get(input.meetingId)) throw notFound('This meeting');
      sqlite.prepare('INSERT INTO meeting_note (meeting_id, html, text, revision, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)').run(input.meetingId, html, text, now, now);
    } else {
      sqlite.prepare('UPDATE meeting_note SET html = ?, text = ?, revision = revision + 1, updated_at = ? WHERE meeting_id = ?').run(html, text, now, input.meetingId);
    }
    return { meetingId: input.meetingId, revision: currentRevision + 1, updatedAt: now };
  });
  return run.immediate();
}
