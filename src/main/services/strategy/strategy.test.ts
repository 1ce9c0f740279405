import { describe, expect, it } from 'vitest';
import { VisitLibrary } from '../visit-library';
import { fixedClock, useTempDir } from '../../../../test/support/temp';
import * as s from './index';
import { suggestPriorities } from './suggestions';

describe('strategy service', () => {
  const tempDir = useTempDir();
  const open = () => {
    const library = new VisitLibrary(tempDir(), fixedClock());
    const { id } = library.create({ title: 'V', city: 'Lindenhaven' } as never);
    return { library, handle: library.get(id) };
  };

  it('reads a default draft without writing, then keeps edits after reopening', () => {
    const { library, handle } = open();
    const empty = s.getStrategy(handle);
    expect(empty.principles.map((p) => p.key)).toEqual(['equality', 'diversity', 'interaction', 'participation']);
    expect(empty.phases).toHaveLength(8);
    expect(handle.sqlite.prepare('SELECT count(*) AS n FROM strategy_doc').get()).toEqual({ n: 0 });

    s.updateDoc(handle, fixedClock(), { title: 'Lindenhaven für alle — 共生', periodStart: '2027', periodEnd: '2031' });
    s.updateDoc(handle, fixedClock(), { vision: 'A city where…' });
    const p = s.addPriority(handle, fixedClock(), { title: 'Equal access', indicatorIds: ['v2.public_services'] });
    s.addAction(handle, fixedClock(), { title: 'Train front desks', priorityId: p.id, start: '2027-09', end: '2028' });
    s.updatePrinciple(handle, fixedClock(), 'default-equality', { title: 'Real equality', description: 'x' });
    s.setPhase(handle, fixedClock(), 'diagnose', 'done', 'Index 2026 and the visit');
    library.closeAll();

    const again = library.get(handle.id);
    const st = s.getStrategy(again);
    expect(st.doc.title).toBe('Lindenhaven für alle — 共生');
    expect(st.doc.vision).toBe('A city where…');
    expect(st.principles[0]!.title).toBe('Real equality');
    expect(st.priorities[0]!.indicatorIds).toEqual(['v2.public_services']);
    expect(st.actions[0]!.priorityId).toBe(p.id);
    expect(st.phases.find((x) => x.phase === 'diagnose')).toEqual({ phase: 'diagnose', status: 'done', note: 'Index 2026 and the visit' });
    library.closeAll();
  });

  it('refuses bad input and changes nothing', () => {
    const { handle } = open();
    expect(() => s.updateDoc(handle, fixedClock(), { periodStart: '2031', periodEnd: '2027' })).toThrow(/cannot end before/);
    expect(() => s.addAction(handle, fixedClock(), { title: 'x', start: '2028', end: '2027' })).toThrow();
    expect(() => s.addAction(handle, fixedClock(), { title: 'x', priorityId: 'nope' })).toThrow(/no longer exists/);
    expect(() => s.updateAction(handle, fixedClock(), 'missing', { title: 'x' })).toThrow(/not found/);
    expect(s.getStrategy(handle).actions).toEqual([]);
  });

  it('unlinks actions when their priority is deleted, and reorders the plan', () => {
    const { handle } = open();
    const p = s.addPriority(handle, fixedClock(), { title: 'P' });
    const a = s.addAction(handle, fixedClock(), { title: 'A', priorityId: p.id });
    const b = s.addAction(handle, fixedClock(), { title: 'B' });
    s.deletePriority(handle, fixedClock(), p.id);
    expect(s.getStrategy(handle).actions.find((x) => x.id === a.id)!.priorityId).toBeNull();
    expect(s.reorderActions(handle, fixedClock(), [b.id, a.id]).actions.map((x) => x.title)).toEqual(['B', 'A']);
    expect(() => s.reorderActions(handle, fixedClock(), [b.id])).toThrow(/changed meanwhile/);
  });

  it('suggests nothing silently: suggestions are a list, the strategy is unchanged', () => {
    const { handle } = open();
    const before = s.getStrategy(handle);
    expect(Array.isArray(suggestPriorities(handle, 'en'))).toBe(true);
    expect(s.getStrategy(handle)).toEqual(before);
  });
});

describe('priority suggestions', () => {
  const tempDir = useTempDir();
  it('lists the largest Index shortfalls first and the most-criticised areas, and marks the ones taken', async () => {
    const { seedExportVisit } = await import('../../export/test-visit');
    const library = new VisitLibrary(tempDir(), fixedClock());
    const { id } = library.create({ title: 'V', city: 'X' } as never);
    const handle = library.get(id);
    seedExportVisit(handle, fixedClock());
    const list = suggestPriorities(handle, 'fr');
    const gaps = list.filter((x) => x.source === 'index_gap');
    expect(gaps.length).toBeGreaterThan(2);
    expect(gaps.map((g) => g.weight)).toEqual([...gaps.map((g) => g.weight)].sort((a, b) => a - b));
    expect(gaps.every((g) => g.weight < 0)).toBe(true);
    expect(gaps[0]!.title).toMatch(/^Renforcer/);
    expect(list.some((x) => x.source === 'finding')).toBe(true);
    s.addPriority(handle, fixedClock(), { title: gaps[0]!.title, indicatorIds: gaps[0]!.indicatorIds, source: 'index_gap' });
    expect(suggestPriorities(handle, 'fr').find((x) => x.key === gaps[0]!.key)!.taken).toBe(true);
    library.closeAll();
  });
});

describe('0400_strategy migration', () => {
  const tempDir = useTempDir();
  it('creates STRICT tables with their checks', () => {
    const library = new VisitLibrary(tempDir(), fixedClock());
    const { id } = library.create({ title: 'V', city: 'X' } as never);
    const { sqlite } = library.get(id);
    for (const t of ['strategy_doc', 'strategy_principle', 'strategy_priority', 'strategy_action', 'strategy_phase']) {
      expect((sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).get(t) as { sql: string }).sql).toMatch(/STRICT/);
    }
    expect(() => sqlite.prepare(`INSERT INTO strategy_phase VALUES ('nope', 'done', '', 'x', 'x')`).run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare(`INSERT INTO strategy_doc VALUES (2, '{}', 'x', 'x')`).run()).toThrow(/CHECK/);
    library.closeAll();
  });
});
