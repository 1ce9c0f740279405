import { describe, expect, it } from 'vitest';
import type { MapData } from '../../../../shared/domain/map';
import type { Relation, Stakeholder } from '../../../../shared/domain/stakeholders';
import { apply, cloneForPaste, emptyHistory, invert, record, type Op } from './ops';
import { NODE_H, NODE_W, gridLayout, gridValues, gridPosition, buildNodes, buildEdges, noFilters } from './model';
import { refreshDuplicates } from './store';

const sh = (id: string, extra: Partial<Stakeholder> = {}): Stakeholder => ({
  id, name: id.toUpperCase(), organisation: '', category: 'media', level: 'local', influence: 3, interest: 3, attitude: 'neutral', policyAreas: [],
  contactPerson: '', contactDetails: '', notes: '', tags: [], x: 0, y: 0, createdAt: 't', updatedAt: 't', duplicateOf: [], ...extra,
});
const rel = (id: string, sourceId: string, targetId: string): Relation => ({ id, sourceId, targetId, type: 'partnership', label: '', strength: 2, createdAt: 't', updatedAt: 't' });
const data: MapData = {
  stakeholders: [sh('a'), sh('b', { policyAreas: ['v2.education'] }), sh('c')],
  relations: [rel('r1', 'a', 'b'), rel('r2', 'b', 'c')],
  policyAreas: [{ id: 'v2.education', x: 0, y: -100 }],
  state: { viewport: null, view: 'free' },
};

describe('map edit operations', () => {
  const ops: Op[] = [
    { kind: 'delete', stakeholderIds: ['b'], relationIds: [] },
    { kind: 'delete', stakeholderIds: [], relationIds: ['r1'] },
    { kind: 'addStakeholders', stakeholders: [sh('d')], relations: [rel('r3', 'a', 'd')] },
    { kind: 'updateStakeholder', id: 'a', patch: { influence: 5, name: 'Renamed' } },
    { kind: 'updateRelation', id: 'r2', patch: { type: 'conflict', label: 'x' } },
    { kind: 'move', stakeholders: [{ id: 'c', x: 40, y: 50 }], policyAreas: [{ id: 'v2.education', x: 9, y: 9 }] },
    // A multi-node grid drag; the same stakeholder twice, so the inverses must run in reverse order.
    {
      kind: 'batch',
      ops: [
        { kind: 'updateStakeholder', id: 'a', patch: { influence: 5, interest: 1 } },
        { kind: 'updateStakeholder', id: 'c', patch: { influence: 1, interest: 5 } },
        { kind: 'updateStakeholder', id: 'a', patch: { influence: 1 } },
      ],
    },
  ];
  it.each(ops.map((op) => [op.kind, op] as const))('%s is undone exactly by its inverse', (_k, op) => {
    const after = apply(data, op);
    expect(after).not.toEqual(data);
    const back = apply(after, invert(data, op));
    const sort = (d: MapData) => ({ ...d, stakeholders: [...d.stakeholders].sort((x, y) => x.id.localeCompare(y.id)), relations: [...d.relations].sort((x, y) => x.id.localeCompare(y.id)) });
    expect(sort(back)).toEqual(sort(data));
  });

  it('deleting a stakeholder removes its relations, and the inverse brings them back', () => {
    const op: Op = { kind: 'delete', stakeholderIds: ['b'], relationIds: [] };
    expect(apply(data, op).relations).toEqual([]);
    const inv = invert(data, op);
    expect(inv.kind === 'addStakeholders' && inv.relations.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('history keeps a redo stack until a new op is recorded', () => {
    const op: Op = { kind: 'updateStakeholder', id: 'a', patch: { influence: 1 } };
    let h = record(emptyHistory, op, invert(data, op));
    h = { past: [], future: h.past };
    expect(h.future).toHaveLength(1);
    expect(record(h, op, op).future).toEqual([]);
  });

  it('paste clones with fresh ids, keeps internal relations, shifts positions', () => {
    let n = 0;
    const clone = cloneForPaste([data.stakeholders[0]!, data.stakeholders[1]!], data.relations, () => `n${n++}`);
    expect(clone.stakeholders.map((s) => [s.id, s.x])).toEqual([['n0', 40], ['n1', 40]]);
    expect(clone.relations).toHaveLength(1);
    expect(clone.relations[0]).toMatchObject({ sourceId: 'n0', targetId: 'n1' });
  });

  it('flags duplicates after a local rename without touching other records', () => {
    const list = refreshDuplicates([sh('a', { name: 'Café' }), sh('b', { name: 'cafe' }), sh('c')]);
    expect(list[0]!.duplicateOf).toEqual(['b']);
    const c = sh('c');
    expect(refreshDuplicates([c])[0]).toBe(c);
  });
});

describe('map views', () => {
  it('a node dropped in a grid cell takes that cell’s influence and interest', () => {
    const layout = gridLayout([]);
    for (const influence of [1, 3, 5]) for (const interest of [1, 4, 5]) {
      const p = gridPosition(layout, sh('x', { influence, interest }), 3);
      expect(gridValues(layout, p.x, p.y)).toEqual({ influence, interest });
    }
    expect(gridValues(layout, -5000, -5000)).toEqual({ influence: 5, interest: 1 });
    expect(gridValues(layout, 5000, 5000)).toEqual({ influence: 1, interest: 5 });
  });

  it('a crowded grid cell grows its row so that no stakeholder covers another', () => {
    // 14 stakeholders with influence 4 and interest 4, a few elsewhere.
    const crowd = [...Array.from({ length: 14 }, (_, i) => sh(`c${i}`, { influence: 4, interest: 4 })), sh('a', { influence: 5, interest: 1 }), sh('b', { influence: 3, interest: 4 })];
    const nodes = buildNodes({ ...data, stakeholders: crowd, relations: [] }, { view: 'grid', filters: noFilters, hidePersonal: false, selected: new Set(), lang: 'en' }).filter((n) => n.type === 'stakeholder');
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      const apart = Math.abs(a.position.x - b.position.x) >= NODE_W || Math.abs(a.position.y - b.position.y) >= NODE_H + 8;
      expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
    }
    // Each still reads back as its own cell, and the quadrants still split the rows at "3 or more".
    const layout = gridLayout(crowd);
    for (const n of nodes) {
      const s = crowd.find((c) => c.id === n.id)!;
      expect(gridValues(layout, n.position.x, n.position.y)).toEqual({ influence: s.influence, interest: s.interest });
    }
    expect(layout.height[4]).toBeGreaterThan(layout.height[5]!);
  });

  it('builds nodes and edges for each view, dimming what the filters exclude', () => {
    const opts = { filters: { ...noFilters, categories: ['education'] }, hidePersonal: false, selected: new Set<string>(), lang: 'en' as const };
    const free = buildNodes(data, { ...opts, view: 'free' });
    expect(free.filter((n) => n.type === 'stakeholder').every((n) => (n.data as { dimmed: boolean }).dimmed)).toBe(true);
    expect(buildEdges(data, { ...opts, view: 'free' }).map((e) => e.id)).toContain('link:b:v2.education');
    expect(buildNodes(data, { ...opts, view: 'grid' }).filter((n) => n.type === 'quadrant')).toHaveLength(4);
    expect(buildNodes(data, { ...opts, view: 'policy' }).filter((n) => n.type === 'area')).toHaveLength(1);
    // Unchanged stakeholders keep the same node data object (memoised nodes skip rendering).
    const again = buildNodes(data, { ...opts, view: 'free' });
    expect(again[1]!.data).toBe(free[1]!.data);
  });
});
