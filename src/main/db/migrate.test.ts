import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { openSqlite } from './connection';
import { APPLICATION_ID, migrate, pendingMigrations } from './migrate';
import { migrations } from './migrations';
import type { Migration } from './migrations/types';
import { AppError } from '../util/errors';
import { useTempDir } from '../../../test/support/temp';

describe('migration runner', () => {
  const tempDir = useTempDir();

  it('applies every step to a new file, records them and marks the file as ours', () => {
    const db = openSqlite(join(tempDir(), 'v.sqlite'), { create: true });
    const report = migrate(db);
    expect(report.applied).toEqual(migrations.map((m) => m.id));
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(migrate(db).applied).toEqual([]);
    db.close();
  });

  it('keeps migrations sorted by id with unique ids', () => {
    const ids = migrations.map((m) => m.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^\d{4}_[a-z0-9_]+$/);
  });

  it('rolls back every pending step when one fails', () => {
    const db = openSqlite(join(tempDir(), 'v.sqlite'), { create: true });
    const steps: Migration[] = [
      { id: '0001_a', up: (d) => d.exec('CREATE TABLE a (x INTEGER)') },
      { id: '0002_b', up: () => { throw new Error('boom'); } },
    ];
    expect(() => migrate(db, steps)).toThrow('boom');
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name IN ('a','schema_migrations')`).all()).toEqual([]);
    db.close();
  });

  it('refuses a file made by a newer version and leaves it byte for byte untouched', () => {
    const path = join(tempDir(), 'v.sqlite');
    const db = openSqlite(path, { create: true });
    migrate(db, [...migrations, { id: '9999_future', up: (d) => d.exec('CREATE TABLE future (x)') }]);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = readFileSync(path);
    const reopened = openSqlite(path);
    expect(() => migrate(reopened)).toThrow(AppError);
    expect(() => pendingMigrations(reopened)).toThrow(/newer version of ICC Workbench/);
    reopened.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a SQLite file that another program made', () => {
    const path = join(tempDir(), 'other.sqlite');
    const db = openSqlite(path, { create: true });
    db.exec('CREATE TABLE schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    db.prepare(`INSERT INTO schema_migrations VALUES ('0001_visit_profile', 'x')`).run();
    expect(() => pendingMigrations(db)).toThrow(/not made by ICC Workbench/);
    db.close();
  });

  it('fails fast on a file that is not SQLite', () => {
    const path = join(tempDir(), 'not.sqlite');
    writeFileSync(path, 'this is a text file, not a database'.repeat(200));
    expect(() => openSqlite(path)).toThrow(/not a database/);
  });
});

describe('0001_visit_profile', () => {
  const tempDir = useTempDir();
  it('holds exactly one profile row with valid JSON', () => {
    const db = openSqlite(join(tempDir(), 'v.sqlite'), { create: true });
    migrate(db, migrations.filter((m) => m.id === '0001_visit_profile'));
    const insert = db.prepare('INSERT INTO visit_profile (id, visit_id, profile_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    insert.run(1, 'v', '{"city":"x"}', 'now', 'now');
    expect(() => insert.run(2, 'v', '{}', 'now', 'now')).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE visit_profile SET profile_json = ? WHERE id = 1').run('not json')).toThrow(/CHECK/);
    db.close();
  });
});
