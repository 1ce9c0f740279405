import type { SqliteHandle } from './connection';
import type { Migration } from './migrations/types';
import { migrations as allMigrations } from './migrations';
import { AppError } from '../util/errors';

/** Marks the file as an ICC Workbench visit ('ICCW' in ASCII), so other SQLite files are told apart. */
export const APPLICATION_ID = 0x49434357;

export interface MigrationReport {
  applied: string[];
  schemaVersion: number;
}

const appliedIds = (db: SqliteHandle): Set<string> => {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'`).get();
  if (!exists) return new Set();
  return new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id));
};

/** What a file needs, without changing it: used to refuse files from newer versions before any write. */
export function pendingMigrations(db: SqliteHandle, migrations: readonly Migration[] = allMigrations): Migration[] {
  const applied = appliedIds(db);
  const known = new Set(migrations.map((m) => m.id));
  const unknown = [...applied].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      'file_too_new',
      `This visit was saved by a newer version of ICC Workbench (it has schema step ${unknown.sort().at(-1)}). Update the app to open it; the file was not changed.`,
    );
  }
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (applied.size > 0 && appId !== APPLICATION_ID) {
    throw new AppError('unsupported_file', 'This SQLite file was not made by ICC Workbench, so it was not opened.');
  }
  return migrations.filter((m) => !applied.has(m.id));
}

/** Applies every pending step in one transaction: either the file is fully migrated or left as it was. */
export function migrate(db: SqliteHandle, migrations: readonly Migration[] = allMigrations, now = () => new Date()): MigrationReport {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return { applied: [], schemaVersion: migrations.length };
  const run = db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
    const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
    for (const m of pending) {
      m.up(db);
      record.run(m.id, now().toISOString());
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${migrations.length}`);
  });
  run.immediate();
  return { applied: pending.map((m) => m.id), schemaVersion: migrations.length };
}
