import { HIT_END, HIT_START, type SearchHit, type SearchResult } from '../../../shared/domain/interviews';
import type { Handle } from './rows';

/**
 * Turns what a person types into a safe FTS5 query: every word becomes a quoted prefix term, so
 * operators, quotes and column filters typed by the user are plain text, never query syntax.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

interface HitRow { kind: SearchHit['kind']; ref_id: string; meeting_id: string | null; title: string; snip: string }

const PER_KIND = 25;

/** Accent-insensitive full-text search over notes, coded passages and stakeholders, grouped by kind. */
export function search(handle: Handle, input: string, options: { perKind?: number } = {}): SearchResult {
  const started = performance.now();
  const query = toFtsQuery(input);
  if (!query) return { query: input, groups: [], total: 0, tookMs: 0 };
  const limit = options.perKind ?? PER_KIND;
  const stmt = handle.sqlite.prepare(
    `SELECT kind, ref_id, meeting_id, title, snippet(interviews_fts, 4, '${HIT_START}', '${HIT_END}', '…', 14) AS snip
     FROM interviews_fts WHERE interviews_fts MATCH ? AND kind = ? ORDER BY rank LIMIT ?`,
  );
  const groups: SearchResult['groups'] = [];
  let total = 0;
  for (const kind of ['note', 'passage', 'stakeholder'] as const) {
    const rows = stmt.all(query, kind, limit) as HitRow[];
    if (rows.length === 0) continue;
    total += rows.length;
    groups.push({ kind, hits: rows.map((r) => ({ kind: r.kind, id: r.ref_id, meetingId: r.meeting_id, title: r.title, snippet: r.snip })) });
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
