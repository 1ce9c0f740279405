import { HIT_END, HIT_START, type SearchHit, type SearchResult } from '../../../shared/domain/interviews';
import type { Handle } from './rows';

/**
 * Turns what a person types into a safe FTS5 query: every word becomes a quoted prefix term, so
 * operators, quotes and column filters typed by the user are plain text, never query syntax.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const list = words(input);
  if (list.length === 0) return null;
  return list.map((w) => `"${w}"*`).join(' ');
}

const words = (input: string): string[] =>
  input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);

interface HitRow { ref_id: string; meeting_id: string | null; title: string; snip: string }

const PER_KIND = 25;
const MARK = `'${HIT_START}', '${HIT_END}', '…', 14`;

/**
 * Per kind: the ranking query picks the best rowids; then each of those few rows is fetched with its
 * snippet by rowid (a seek). Computing snippets, or re-matching, for every match of a common word would
 * cost more than the search itself.
 */
const KIND_SQL: Record<SearchHit['kind'], { table: string; select: string }> = {
  note: { table: 'notes_fts', select: `meeting_id AS ref_id, meeting_id, title, snippet(notes_fts, 2, ${MARK}) AS snip` },
  passage: { table: 'passages_fts', select: `passage_id AS ref_id, meeting_id, code AS title, snippet(passages_fts, 3, ${MARK}) AS snip` },
  stakeholder: { table: 'stakeholders_fts', select: `stakeholder_id AS ref_id, NULL AS meeting_id, name AS title, snippet(stakeholders_fts, -1, ${MARK}) AS snip` },
};
const rankedIds = (table: string, order: 'rank' | 'rowid DESC') => `SELECT rowid FROM ${table} WHERE ${table} MATCH @q ORDER BY ${order} LIMIT @n`;
// CAST: FTS5 ignores a rowid constraint given as REAL, and JavaScript numbers are bound as REAL.
const oneHit = (kind: SearchHit['kind']) => `SELECT ${KIND_SQL[kind].select} FROM ${KIND_SQL[kind].table} WHERE ${KIND_SQL[kind].table} MATCH @q AND rowid = CAST(@id AS INTEGER)`;

/**
 * Ranking (bm25) has to score every match, which for a word found in most notes costs more than the
 * whole search budget. Above this many candidate notes the newest notes come first instead, which FTS5
 * answers by reading only as many matches as it shows.
 */
const BROAD_QUERY_NOTES = 1500;

/** Folds a word like the index tokenizer does (lower case, no diacritics), for the vocabulary lookup. */
const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** An upper bound of the notes a query can match: the rarest word's number of notes (prefixes summed). */
function candidateNotes(handle: Handle, words: string[]): number {
  const stmt = handle.sqlite.prepare('SELECT coalesce(sum(doc), 0) AS n FROM notes_fts_vocab WHERE term >= ? AND term < ?');
  return Math.min(...words.map((w) => (stmt.get(fold(w), `${fold(w)}\uffff`) as { n: number }).n));
}

/** Accent-insensitive full-text search over notes, coded passages and stakeholders, grouped by kind. */
export function search(handle: Handle, input: string, options: { perKind?: number } = {}): SearchResult {
  const started = performance.now();
  const query = toFtsQuery(input);
  if (!query) return { query: input, groups: [], total: 0, tookMs: 0 };
  const limit = options.perKind ?? PER_KIND;
  const groups: SearchResult['groups'] = [];
  let total = 0;
  for (const kind of ['note', 'passage', 'stakeholder'] as const) {
    const order = kind === 'note' && candidateNotes(handle, words(input)) > BROAD_QUERY_NOTES ? 'rowid DESC' : 'rank';
    const ids = handle.sqlite.prepare(rankedIds(KIND_SQL[kind].table, order)).pluck().all({ q: query, n: limit }) as number[];
    const hit = handle.sqlite.prepare(oneHit(kind));
    const rows = ids.map((id) => hit.get({ q: query, id }) as HitRow);
    if (rows.length === 0) continue;
    total += rows.length;
    groups.push({ kind, hits: rows.map((r) => ({ kind, id: r.ref_id, meetingId: r.meeting_id, title: r.title, snippet: r.snip })) });
  }
  return { query: input, groups, total, tookMs: performance.now() - started };
}

/** The naive alternative the benchmark compares against: a LIKE scan over the same texts. */
export function likeScan(handle: Handle, input: string, limit = PER_KIND): number {
  const pattern = `%${input.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const notes = handle.sqlite.prepare(`SELECT meeting_id FROM meeting_note WHERE text LIKE ? ESCAPE '\\' LIMIT ?`).all(pattern, limit).length;
  const passages = handle.sqlite.prepare(`SELECT id FROM coded_passage WHERE text LIKE ? ESCAPE '\\' LIMIT ?`).all(pattern, limit).length;
  const people = handle.sqlite.prepare(`SELECT id FROM stakeholders WHERE name LIKE ? ESCAPE '\\' OR organisation LIKE ? ESCAPE '\\' LIMIT ?`).all(pattern, pattern, limit).length;
  return notes + passages + people;
}
