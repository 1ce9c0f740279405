import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqlite } from '../connection';
import { migrate } from '../migrate';
import { migrations } from '.';
import { useTempDir } from '../../../../test/support/temp';

const now = '2027-03-15T09:00:00.000Z';

describe('0300–0303 interviews migrations', () => {
  const tempDir = useTempDir();
  const fresh = () => {
    const db = openSqlite(join(tempDir(), 'v.sqlite'), { create: true });
    migrate(db, migrations);
    db.prepare('INSERT INTO agenda_day (id, date, label, position, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)').run('d1', '2027-03-15', 'Day 1', now, now);
    db.prepare(`INSERT INTO meeting (id, day_id, start_time, end_time, title, kind, created_at, updated_at) VALUES ('m1', 'd1', '09:00', '10:00', 'Mayor', 'interview', ?, ?)`).run(now, now);
    return db;
  };

  it('0300_agenda checks kinds, consent values and dates, and cascades from days to meetings to participants', () => {
    const db = fresh();
    expect(() => db.prepare(`INSERT INTO meeting (id, day_id, start_time, end_time, title, kind, created_at, updated_at) VALUES ('m2', 'd1', '09:00', '10:00', 'x', 'party', ?, ?)`).run(now, now)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO agenda_day (id, date, position, created_at, updated_at) VALUES ('d2', '15/03/2027', 1, ?, ?)`).run(now, now)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO meeting_participant (id, meeting_id, name, consent_scope, created_at, updated_at) VALUES ('p0', 'm1', 'A', 'sometimes', ?, ?)`).run(now, now)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO meeting_participant (id, meeting_id, name, created_at, updated_at) VALUES ('p1', 'm1', 'A', ?, ?)`).run(now, now);
    db.prepare(`DELETE FROM agenda_day WHERE id = 'd1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM meeting_participant').get()).toEqual({ n: 0 });
    db.close();
  });

  it('0301_notes keeps one note per meeting and cascades passages and their tags', () => {
    const db = fresh();
    db.prepare(`INSERT INTO meeting_note (meeting_id, html, text, created_at, updated_at) VALUES ('m1', '<p>x</p>', 'x', ?, ?)`).run(now, now);
    expect(() => db.prepare(`INSERT INTO meeting_note (meeting_id, created_at, updated_at) VALUES ('m1', ?, ?)`).run(now, now)).toThrow(/UNIQUE|PRIMARY/);
    db.prepare(`INSERT INTO coded_passage (id, meeting_id, code, text, created_at, updated_at) VALUES ('c1', 'm1', 'quote', 'x', ?, ?)`).run(now, now);
    expect(() => db.prepare(`INSERT INTO coded_passage (id, meeting_id, code, text, created_at, updated_at) VALUES ('c2', 'm1', 'gossip', 'x', ?, ?)`).run(now, now)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO coded_passage_area VALUES ('c1', 'v2.education')`).run();
    db.prepare(`DELETE FROM meeting WHERE id = 'm1'`).run();
    expect(db.prepare('SELECT (SELECT count(*) FROM coded_passage) + (SELECT count(*) FROM coded_passage_area) + (SELECT count(*) FROM meeting_note) AS n').get()).toEqual({ n: 0 });
    db.close();
  });

  it('0302/0304 search index: one FTS5 table per kind, kept in step by triggers, accent-insensitive', () => {
    const db = fresh();
    db.prepare(`INSERT INTO meeting_note (meeting_id, html, text, created_at, updated_at) VALUES ('m1', '', 'Réunion avec l’équipe', ?, ?)`).run(now, now);
    const count = (q: string, table = 'notes_fts') => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(q) as { n: number }).n;
    expect(count('equipe')).toBe(1);
    db.prepare(`UPDATE meeting_note SET text = 'autre chose' WHERE meeting_id = 'm1'`).run();
    expect(count('equipe')).toBe(0);
    db.prepare(`INSERT INTO stakeholders (id, name, category, level, influence, interest, attitude, created_at, updated_at) VALUES ('s1', 'Église', 'religious_group', 'local', 3, 3, 'neutral', ?, ?)`).run(now, now);
    expect(count('eglise', 'stakeholders_fts')).toBe(1);
    db.prepare(`DELETE FROM stakeholders WHERE id = 's1'`).run();
    expect(count('eglise', 'stakeholders_fts')).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM interviews_fts_rowid').get()).toEqual({ n: 1 });
    db.close();
  });

  it('0303_meeting_attachments stores bytes and goes with its meeting', () => {
    const db = fresh();
    db.prepare(`INSERT INTO meeting_attachment (id, meeting_id, file_name, mime_type, size, bytes, created_at, updated_at) VALUES ('a1', 'm1', 'f.png', 'image/png', 3, x'010203', ?, ?)`).run(now, now);
    expect(() => db.prepare(`INSERT INTO meeting_attachment (id, meeting_id, file_name, mime_type, size, bytes, created_at, updated_at) VALUES ('a2', 'm1', 'f.png', 'image/png', -1, x'', ?, ?)`).run(now, now)).toThrow(/CHECK/);
    db.prepare(`DELETE FROM meeting WHERE id = 'm1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM meeting_attachment').get()).toEqual({ n: 0 });
    db.close();
  });

  it('0304 carries the notes, passages and stakeholders indexed by 0302 over to the per-kind tables', () => {
    const db = openSqlite(join(tempDir(), 'old.sqlite'), { create: true });
    migrate(db, migrations.filter((m) => m.id < '0304'));
    db.prepare('INSERT INTO agenda_day (id, position, created_at, updated_at) VALUES (?, 0, ?, ?)').run('d1', now, now);
    db.prepare(`INSERT INTO meeting (id, day_id, start_time, end_time, title, kind, created_at, updated_at) VALUES ('m1', 'd1', '09:00', '10:00', 'Mayor', 'interview', ?, ?)`).run(now, now);
    db.prepare(`INSERT INTO meeting_note (meeting_id, text, created_at, updated_at) VALUES ('m1', 'Les écoles du quartier', ?, ?)`).run(now, now);
    db.prepare(`INSERT INTO coded_passage (id, meeting_id, code, text, created_at, updated_at) VALUES ('c1', 'm1', 'strength', 'écoles mixtes', ?, ?)`).run(now, now);
    migrate(db, migrations);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH 'ecoles'`).get() as { n: number }).n;
    expect(count('notes_fts') + count('passages_fts')).toBe(2);
    db.prepare(`UPDATE meeting_note SET text = 'autre' WHERE meeting_id = 'm1'`).run();
    db.prepare(`DELETE FROM coded_passage WHERE id = 'c1'`).run();
    expect(count('notes_fts') + count('passages_fts')).toBe(0);
    db.close();
  });
});
