import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqlite } from '../connection';
import { migrate } from '../migrate';
import { migrations } from './index';
import { useTempDir } from '../../../../test/support/temp';

describe('0100_index_reports', () => {
  const tempDir = useTempDir();
  const open = () => {
    const db = openSqlite(join(tempDir(), 'v.sqlite'), { create: true });
    migrate(db, migrations.filter((m) => m.id <= '0100_index_reports'));
    return db;
  };
  const insertReport = (db: ReturnType<typeof open>, id = 'r1', extra: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO index_report (id, generation, city, report_date, sample_size, sample_size_qualifier, unit, source_kind, created_at, updated_at)
         VALUES (@id, @generation, 'X', @report_date, 10, 'exact', 'percent', 'pdf', 'now', 'now')`,
      )
      .run({ id, generation: 'v2', report_date: '2022-06', ...extra });

  it('creates strict tables that refuse bad generations, dates and types', () => {
    const db = open();
    insertReport(db);
    expect(() => insertReport(db, 'r2', { generation: 'v3' })).toThrow(/CHECK/);
    expect(() => insertReport(db, 'r3', { report_date: 'June 2022' })).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO index_report_value (report_id, indicator_id, position, city) VALUES ('r1', 'v2.education', 0, 'high')`).run()).toThrow(/cannot store TEXT value in REAL column/);
    db.close();
  });

  it('keeps the PDF bytes with their size checked, and deletes values, rankings and bytes with their report', () => {
    const db = open();
    insertReport(db);
    db.prepare(`INSERT INTO index_report_value (report_id, indicator_id, position, city, sample) VALUES ('r1', 'v2.education', 0, 70, NULL)`).run();
    db.prepare(`INSERT INTO index_report_ranking (report_id, position, grp, label, rank) VALUES ('r1', 0, 'all', 'x', 3)`).run();
    const bytes = Buffer.from('%PDF-1.7 test');
    expect(() => db.prepare(`INSERT INTO index_report_source VALUES ('r1', 'a.pdf', ?, 999, ?, 'now')`).run('a'.repeat(64), bytes)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO index_report_source VALUES ('r1', 'a.pdf', ?, ?, ?, 'now')`).run('a'.repeat(64), bytes.length, bytes);
    expect(db.prepare(`SELECT sample FROM index_report_value`).get()).toEqual({ sample: null });
    db.prepare(`DELETE FROM index_report WHERE id = 'r1'`).run();
    for (const t of ['index_report_value', 'index_report_ranking', 'index_report_source']) expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
    db.close();
  });
});
