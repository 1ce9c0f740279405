import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqlite } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { useTempDir, fixedClock } from '../../../../test/support/temp';
import {
  compareSnapshots, createRelation, createSnapshot, createStakeholder, deleteRelation, deleteStakeholder, getMapState, listRelations,
  listSnapshots, movePositions, saveMapState, updateRelation, updateStakeholder, addPolicyArea, listPolicyAreaNodes,
} from '.';
import { AppError } from '../../util/errors';

describe('relations, canvas state and snapshots', () => {
  const tempDir = useTempDir();
  const open = () => {
    const sqlite = openSqlite(join(tempDir(), 'v.sqlite'), { create: true });
    migrate(sqlite);
    return { sqlite };
  };
  const two = (h: { sqlite: ReturnType<typeof openSqlite> }) => [
    createStakeholder(h, { name: 'Police', category: 'police_safety', contactDetails: 'inspector@example.org' }),
    createStakeholder(h, { name: 'Mosque', category: 'religious_group' }),
  ] as const;

  it('creates, updates and deletes typed relations with label and strength', () => {
    const h = open();
    const [a, b] = two(h);
    const r = createRelation(h, { sourceId: a.id, targetId: b.id, type: 'partnership', label: 'contact', strength: 3 });
    expect(updateRelation(h, r.id, { type: 'conflict' })).toMatchObject({ type: 'conflict', label: 'contact', strength: 3 });
    expect(() => createRelation(h, { sourceId: a.id, targetId: a.id, type: 'funding' })).toThrow(AppError);
    expect(() => createRelation(h, { sourceId: a.id, targetId: 'missing', type: 'funding' })).toThrow(/no longer exists/);
    expect(() => createRelation(h, { sourceId: a.id, targetId: b.id, type: 'bribery' as 'funding' })).toThrow(AppError);
    deleteRelation(h, r.id);
    expect(listRelations(h)).toEqual([]);
  });

  it('deleting a stakeholder removes its relations and snapshot rows, leaving no trace in the file', () => {
    const h = open();
    const [a, b] = two(h);
    createRelation(h, { sourceId: a.id, targetId: b.id, type: 'influence' });
    createSnapshot(h, 'Before', fixedClock());
    deleteStakeholder(h, a.id);
    expect(listRelations(h)).toEqual([]);
    for (const table of ['stakeholders', 'stakeholder_relations', 'map_snapshot_stakeholders', 'map_snapshot_relations']) {
      const rows = h.sqlite.prepare(`SELECT * FROM ${table}`).all();
      expect(JSON.stringify(rows)).not.toContain(a.id);
    }
    // A relation to a deleted stakeholder cannot be written even directly.
    expect(() => h.sqlite.prepare(`INSERT INTO stakeholder_relations (id, source_id, target_id, type, created_at, updated_at) VALUES ('x', ?, ?, 'funding', 't', 't')`).run(a.id, b.id)).toThrow(/FOREIGN KEY/);
    h.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  });

  it('persists positions, viewport, policy-area nodes', () => {
    const h = open();
    const [a] = two(h);
    movePositions(h, { stakeholders: [{ id: a.id, x: 10.5, y: -20 }], policyAreas: [{ id: 'v2.education', x: 1, y: 2 }, { id: 'bogus', x: 0, y: 0 }] });
    expect(listPolicyAreaNodes(h)).toEqual([{ id: 'v2.education', x: 1, y: 2 }]);
    expect(listPolicyAreaNodes(h, ['v2.language']).map((p) => p.id)).toEqual(['v2.education', 'v2.language']);
    expect(() => addPolicyArea(h, 'nope', 0, 0)).toThrow(AppError);
    saveMapState(h, { viewport: { x: 5, y: 6, zoom: 0.8 }, view: 'grid' });
    expect(getMapState(h)).toEqual({ viewport: { x: 5, y: 6, zoom: 0.8 }, view: 'grid' });
  });

  it('compares two snapshots: grid moves, attitude changes, relations appeared and disappeared', () => {
    const h = open();
    const [a, b] = two(h);
    const c = createStakeholder(h, { name: 'School', category: 'education', influence: 1, interest: 1 });
    const r1 = createRelation(h, { sourceId: a.id, targetId: b.id, type: 'partnership' });
    const before = createSnapshot(h, 'Before the workshop', fixedClock('2027-03-15T09:00:00Z'));
    updateStakeholder(h, c.id, { influence: 5, interest: 5, attitude: 'champion' });
    deleteRelation(h, r1.id);
    createRelation(h, { sourceId: b.id, targetId: c.id, type: 'funding' });
    const after = createSnapshot(h, 'After', fixedClock('2027-03-16T18:00:00Z'));
    expect(listSnapshots(h).map((s) => s.name)).toEqual(['After', 'Before the workshop']);
    const diff = compareSnapshots(h, before.id, after.id);
    expect(diff.moved).toEqual([
      { stakeholderId: c.id, name: 'School', from: { influence: 1, interest: 1, attitude: 'neutral', quadrant: 'monitor' }, to: { influence: 5, interest: 5, attitude: 'champion', quadrant: 'manage_closely' } },
    ]);
    expect(diff.relationsDisappeared.map((r) => r.type)).toEqual(['partnership']);
    expect(diff.relationsAppeared.map((r) => [r.sourceName, r.targetName])).toEqual([['Mosque', 'School']]);
    expect(compareSnapshots(h, after.id, 'current').moved).toEqual([]);
    expect(() => createSnapshot(h, '   ')).toThrow(AppError);
  });
});
