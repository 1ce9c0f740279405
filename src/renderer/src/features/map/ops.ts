/**
 * The map's edit operations as data. Every change the user makes is an Op: it is applied to the local copy at
 * once, sent to the main side, and its inverse is kept for undo. Pure functions, tested without a browser.
 */
import type { MapData } from '../../../../shared/domain/map';
import type { Relation, Stakeholder, StakeholderPatch, RelationPatch } from '../../../../shared/domain/stakeholders';

export interface Position { id: string; x: number; y: number }

export type Op =
  | { kind: 'addStakeholders'; stakeholders: Stakeholder[]; relations: Relation[] }
  | { kind: 'delete'; stakeholderIds: string[]; relationIds: string[] }
  | { kind: 'updateStakeholder'; id: string; patch: StakeholderPatch }
  | { kind: 'updateRelation'; id: string; patch: RelationPatch }
  | { kind: 'move'; stakeholders: Position[]; policyAreas: Position[] }
  /** Several ops that are one user action (a multi-node drag across the grid): one undo step. */
  | { kind: 'batch'; ops: Op[] };

/** The op that undoes `op` when applied to the data as it is *before* `op`. */
export function invert(data: MapData, op: Op): Op {
  switch (op.kind) {
    case 'addStakeholders':
      return { kind: 'delete', stakeholderIds: op.stakeholders.map((s) => s.id), relationIds: op.relations.map((r) => r.id) };
    case 'delete': {
      const ids = new Set(op.stakeholderIds);
      const relIds = new Set(op.relationIds);
      return {
        kind: 'addStakeholders',
        stakeholders: data.stakeholders.filter((s) => ids.has(s.id)),
        // Relations that go with a deleted stakeholder come back with it.
        relations: data.relations.filter((r) => relIds.has(r.id) || ids.has(r.sourceId) || ids.has(r.targetId)),
      };
    }
    case 'updateStakeholder': {
      const s = data.stakeholders.find((x) => x.id === op.id);
      const prev = Object.fromEntries(Object.keys(op.patch).map((k) => [k, s ? s[k as keyof Stakeholder] : undefined]));
      return { kind: 'updateStakeholder', id: op.id, patch: prev as StakeholderPatch };
    }
    case 'updateRelation': {
      const r = data.relations.find((x) => x.id === op.id);
      const prev = Object.fromEntries(Object.keys(op.patch).map((k) => [k, r ? r[k as keyof Relation] : undefined]));
      return { kind: 'updateRelation', id: op.id, patch: prev as RelationPatch };
    }
    case 'batch': {
      // Each inverse is taken against the data as it is just before its own op; undone in reverse order.
      const inverses: Op[] = [];
      let cur = data;
      for (const inner of op.ops) {
        inverses.unshift(invert(cur, inner));
        cur = apply(cur, inner);
      }
      return { kind: 'batch', ops: inverses };
    }
    case 'move': {
      const sh = new Map(data.stakeholders.map((s) => [s.id, s]));
      const pa = new Map(data.policyAreas.map((a) => [a.id, a]));
      return {
        kind: 'move',
        // A node without a stored position goes back to where it was drawn (0,0 is never used as "unset").
        stakeholders: op.stakeholders.map((p) => ({ id: p.id, x: sh.get(p.id)?.x ?? p.x, y: sh.get(p.id)?.y ?? p.y })),
        policyAreas: op.policyAreas.map((p) => ({ id: p.id, x: pa.get(p.id)?.x ?? p.x, y: pa.get(p.id)?.y ?? p.y })),
      };
    }
  }
}

export function apply(data: MapData, op: Op): MapData {
  switch (op.kind) {
    case 'addStakeholders': {
      const have = new Set(data.stakeholders.map((s) => s.id));
      const haveRel = new Set(data.relations.map((r) => r.id));
      return {
        ...data,
        stakeholders: [...data.stakeholders, ...op.stakeholders.filter((s) => !have.has(s.id))],
        relations: [...data.relations, ...op.relations.filter((r) => !haveRel.has(r.id))],
      };
    }
    case 'delete': {
      const ids = new Set(op.stakeholderIds);
      const rel = new Set(op.relationIds);
      return {
        ...data,
        stakeholders: data.stakeholders.filter((s) => !ids.has(s.id)),
        relations: data.relations.filter((r) => !rel.has(r.id) && !ids.has(r.sourceId) && !ids.has(r.targetId)),
      };
    }
    case 'batch':
      return op.ops.reduce(apply, data);
    case 'updateStakeholder':
      return { ...data, stakeholders: data.stakeholders.map((s) => (s.id === op.id ? ({ ...s, ...defined(op.patch) } as Stakeholder) : s)) };
    case 'updateRelation':
      return { ...data, relations: data.relations.map((r) => (r.id === op.id ? ({ ...r, ...defined(op.patch) } as Relation) : r)) };
    case 'move': {
      const sh = new Map(op.stakeholders.map((p) => [p.id, p]));
      const pa = new Map(op.policyAreas.map((p) => [p.id, p]));
      const areas = data.policyAreas.map((a) => (pa.has(a.id) ? { ...a, x: pa.get(a.id)!.x, y: pa.get(a.id)!.y } : a));
      for (const p of op.policyAreas) if (!areas.some((a) => a.id === p.id)) areas.push({ id: p.id, x: p.x, y: p.y });
      return {
        ...data,
        policyAreas: areas,
        stakeholders: data.stakeholders.map((s) => (sh.has(s.id) ? { ...s, x: sh.get(s.id)!.x, y: sh.get(s.id)!.y } : s)),
      };
    }
  }
}

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Undo/redo stacks. `past` holds inverses, `future` holds the ops to redo. */
export interface History { past: { op: Op; inverse: Op }[]; future: { op: Op; inverse: Op }[] }
export const emptyHistory: History = { past: [], future: [] };
const LIMIT = 200;
export const record = (h: History, op: Op, inverse: Op): History => ({ past: [...h.past.slice(-LIMIT + 1), { op, inverse }], future: [] });

/** Copy of a selection with fresh ids, shifted so the paste is visible next to the original. */
export function cloneForPaste(
  stakeholders: Stakeholder[],
  relations: Relation[],
  newId: () => string,
  offset = 40,
): { stakeholders: Stakeholder[]; relations: Relation[] } {
  const ids = new Map(stakeholders.map((s) => [s.id, newId()]));
  return {
    stakeholders: stakeholders.map((s) => ({ ...s, id: ids.get(s.id)!, x: (s.x ?? 0) + offset, y: (s.y ?? 0) + offset, duplicateOf: [] })),
    relations: relations
      .filter((r) => ids.has(r.sourceId) && ids.has(r.targetId))
      .map((r) => ({ ...r, id: newId(), sourceId: ids.get(r.sourceId)!, targetId: ids.get(r.targetId)! })),
  };
}
