import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqlite } from '../connection';
import { migrate } from '../migrate';
import { useTempDir } from '../../../../test/support/temp';

describe('0200_stakeholders', () => {
  const tempDir = useTempDir();
  it('creates STRICT tables whose rows referencing a stakeholder cascade on delete', () => {
    const db = openSqlite(join(tempDir(), 'v.sqlite'), { create: true });
    migrate(db);
    const tables = ['stakeholders', 'stakeholder_relations', 'map_policy_areas', 'map_state', 'map_snapshots', 'map_snapshot_stakeholders', 'map_snapshot_relations'];
    for (const t of tables) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t) as { sql: string }).sql;
      expect(sql).toMatch(/\) STRICT$/);
    }
    expect(() => db.prepare(`INSERT INTO stakeholders (id, name, category, level, influence, interest, attitude, created_at, updated_at) VALUES ('a','A','x','local',3,3,'neutral','t','t')`).run()).not.toThrow();
    expect(() => db.prepare(`INSERT INTO stakeholders (id, name, category, level, influence, interest, attitude, policy_areas, created_at, updated_at) VALUES ('b','B','x','local',3,3,'neutral','{}','t','t')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO stakeholders (id, name, category, level, influence, interest, attitude, created_at, updated_at) VALUES ('c','C','x','planet',3,3,'neutral','t','t')`).run()).toThrow(/CHECK/);
    db.prepare(`INSERT INTO stakeholders (id, name, category, level, influence, interest, attitude, created_at, updated_at) VALUES ('b','B','x','local',3,3,'neutral','t','t')`).run();
    db.prepare(`INSERT INTO stakeholder_relations (id, source_id, target_id, type, created_at, updated_at) VALUES ('r','a','b','funding','t','t')`).run();
    expect(() => db.prepare(`INSERT INTO stakeholder_relations (id, source_id, target_id, type, created_at, updated_at) VALUES ('s','a','a','funding','t','t')`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM stakeholders WHERE id = 'b'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM stakeholder_relations').get()).toEqual({ n: 0 });
    db.close();
  });
});
