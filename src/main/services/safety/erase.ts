import type { SqliteHandle } from '../../db/connection';

/** FTS5 tables of a visit file (their shadow tables are not listed: they are not virtual tables). */
export function ftsTables(sqlite: SqliteHandle): string[] {
  const rows = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`).all() as { name: string; sql: string }[];
  // fts5vocab tables read an FTS index but cannot be optimised: only real fts5 tables.
  return rows.filter((r) => /\busing\s+fts5\s*\(/i.test(r.sql)).map((r) => r.name);
}

/**
 * Call after deleting personal data (a stakeholder, a note), outside the deleting transaction.
 * - secure_delete (set by openSqlite) has already zeroed the freed cells in the pages written by the delete;
 * - FTS5 keeps deleted terms in its segment b-trees until they are merged: 'optimize' rewrites each index
 *   into one segment without them;
 * - the WAL still holds the old page images: a TRUNCATE checkpoint copies the new pages into the file and
 *   empties the WAL.
 * Returns false when a reader kept the checkpoint from finishing (the WAL is emptied at the next one).
 */
export function eraseCheckpoint(sqlite: SqliteHandle): boolean {
  for (const table of ftsTables(sqlite)) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    sqlite.prepare(`INSERT INTO ${quoted}(${quoted}) VALUES ('optimize')`).run();
  }
  const result = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return (result[0]?.busy ?? 0) === 0;
}
