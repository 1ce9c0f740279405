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

interface HitRow { ref_id: string; meeting_id: string | null; title: string; body: string }

const PER_KIND = 25;

/**
 * Per kind: the ranking query picks the best rowids (FTS5 merges the prefix doclists once); the few
 * hits are then read by rowid and their snippets cut here, instead of asking FTS5 for a snippet (which
 * would re-run the match per row).
 */
const KIND_SQL: Record<SearchHit['kind'], { table: string; select: string }> = {
  note: { table: 'notes_fts', select: 'meeting_id AS ref_id, meeting_id, title, body' },
  passage: { table: 'passages_fts', select: 'passage_id AS ref_id, meeting_id, code AS title, body' },
  stakeholder: { table: 'stakeholders_fts', select: 'stakeholder_id AS ref_id, NULL AS meeting_id, name AS title, body' },
};
const rankedIds = (table: string, order: 'rank' | 'rowid DESC') => `SELECT rowid FROM ${table} WHERE ${table} MATCH @q ORDER BY ${order} LIMIT @n`;
// CAST: FTS5 ignores a rowid constraint given as REAL, and JavaScript numbers are bound as REAL.
const byRowid = (kind: SearchHit['kind']) => `SELECT ${KIND_SQL[kind].select} FROM ${KIND_SQL[kind].table} WHERE rowid = CAST(? AS INTEGER)`;

const SNIPPET_WORDS = 14;

/** The body's snippet, or the title's when only the title matched (a stakeholder found by name). */
const snippetOf = (r: { title: string; body: string }, queryWords: string[]) => {
  const body = makeSnippet(r.body, queryWords);
  return body.includes(HIT_START) || !r.title ? body : makeSnippet(r.title, queryWords);
};

/**
 * About 14 words around the first match, matches wrapped in HIT_START/HIT_END (prefix, case and accents
 * ignored). Reads the text lazily and stops once the window is full, so a 1 MB note costs no more than
 * the part before its first match.
 */
export function makeSnippet(text: string, queryWords: string[]): string {
  const wanted = queryWords.map(fold);
  const isHit = (t: string) => wanted.some((w) => fold(t).startsWith(w));
  const re = /[\p{L}\p{N}]+/gu;
  const before: RegExpExecArray[] = [];
  const window: RegExpExecArray[] = [];
  let more = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (window.length === 0 && !isHit(m[0])) {
      before.push(m);
      if (before.length > 5) before.shift();
      continue;
    }
    if (window.length === 0) window.push(...before);
    if (window.length >= SNIPPET_WORDS) {
      more = true;
      break;
    }
    window.push(m);
  }
  // No match in the text (only the title matched): its opening words.
  const all = window.length ? [] : [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const tokens = window.length ? window : all.slice(0, SNIPPET_WORDS);
  if (tokens.length === 0) return '';
  if (!window.length) more = all.length > SNIPPET_WORDS;
  const start = tokens[0]!.index;
  const last = tokens[tokens.length - 1]!;
  const end = more ? last.index + last[0].length : text.length;
  let out = '';
  let cursor = start;
  for (const t of tokens) {
    if (!isHit(t[0])) continue;
    out += text.slice(cursor, t.index) + HIT_START + t[0] + HIT_END;
    cursor = t.index + t[0].length;
  }
  out += text.slice(cursor, end);
  return `${start > 0 ? '…' : ''}${out.replace(/\s+/g, ' ').trim()}${more ? '…' : ''}`;
}

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
    const read = handle.sqlite.prepare(byRowid(kind));
    const rows = ids.map((id) => read.get(id) as HitRow);
    if (rows.length === 0) continue;
    total += rows.length;
    const list = words(input);
    groups.push({ kind, hits: rows.map((r) => ({ kind, id: r.ref_id, meetingId: r.meeting_id, title: r.title, snippet: snippetOf(r, list) })) });
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
