import { randomUUID } from 'node:crypto';
import {
  actionInputSchema,
  ICC_PHASES,
  principleInputSchema,
  priorityInputSchema,
  strategyDocSchema,
  type Action,
  type ActionInput,
  type IccPhase,
  type PhaseState,
  type PhaseStatus,
  type Principle,
  type Priority,
  type PriorityInput,
  type Strategy,
  type StrategyDoc,
} from '../../../shared/domain/strategy';
import type { VisitHandle } from '../visit-library';
import type { Clock } from '../../util/clock';
import { AppError, notFound } from '../../util/errors';

/**
 * The strategy draft of one visit. Every write is one synchronous transaction on the visit file, so an
 * autosave either lands whole or not at all. Reads never write: a visit without a strategy row reads as
 * the default draft (the four ICC principles, all phases "not started").
 */

const DEFAULT_PRINCIPLES: { key: string; title: string; description: string }[] = [
  { key: 'equality', title: 'Equality', description: 'Real equality and non-discrimination in everything the city does, including as employer and purchaser.' },
  { key: 'diversity', title: 'Diversity', description: 'Diversity recognised as a resource for the economic, social and cultural development of the city: the diversity advantage.' },
  { key: 'interaction', title: 'Interaction', description: 'Meaningful everyday encounters across cultural difference, in public space, schools, services and work.' },
  { key: 'participation', title: 'Participation', description: 'Active citizenship: residents of every background take part in shaping the policies that affect them.' },
];

const now = (clock: Clock) => clock.now().toISOString();
const parseIds = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

/** Writes the default principles once, the first time anything in the strategy is edited. */
function ensureStarted(handle: VisitHandle, clock: Clock): void {
  const { sqlite } = handle;
  const exists = sqlite.prepare('SELECT 1 FROM strategy_doc WHERE id = 1').get();
  if (exists) return;
  const t = now(clock);
  sqlite.prepare('INSERT INTO strategy_doc (id, doc_json, created_at, updated_at) VALUES (1, ?, ?, ?)').run(JSON.stringify(strategyDocSchema.parse({})), t, t);
  const insert = sqlite.prepare('INSERT INTO strategy_principle (id, position, key, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  DEFAULT_PRINCIPLES.forEach((p, i) => insert.run(randomUUID(), i, p.key, p.title, p.description, t, t));
}

const write = <T>(handle: VisitHandle, clock: Clock, fn: () => T): T =>
  handle.sqlite.transaction(() => {
    ensureStarted(handle, clock);
    const result = fn();
    handle.sqlite.prepare('UPDATE strategy_doc SET updated_at = ? WHERE id = 1').run(now(clock));
    return result;
  })();

export function getStrategy(handle: VisitHandle): Strategy {
  const { sqlite } = handle;
  const docRow = sqlite.prepare('SELECT doc_json, updated_at FROM strategy_doc WHERE id = 1').get() as { doc_json: string; updated_at: string } | undefined;
  const doc = strategyDocSchema.parse(docRow ? JSON.parse(docRow.doc_json) : {});
  const principleRows = sqlite.prepare('SELECT id, key, title, description FROM strategy_principle ORDER BY position, created_at').all() as Principle[];
  const principles = docRow ? principleRows : DEFAULT_PRINCIPLES.map((p) => ({ id: `default-${p.key}`, ...p }));
  const priorities = (sqlite.prepare('SELECT id, position, title, description, indicator_ids, source FROM strategy_priority ORDER BY position, created_at').all() as {
    id: string; position: number; title: string; description: string; indicator_ids: string; source: Priority['source'];
  }[]).map((r) => ({ id: r.id, position: r.position, title: r.title, description: r.description, indicatorIds: parseIds(r.indicator_ids), source: r.source }));
  const actions = (sqlite.prepare('SELECT id, position, priority_id, action_json, updated_at FROM strategy_action ORDER BY position, created_at').all() as {
    id: string; position: number; priority_id: string | null; action_json: string; updated_at: string;
  }[]).map((r) => toAction(r));
  const phaseRows = new Map((sqlite.prepare('SELECT phase, status, note FROM strategy_phase').all() as PhaseState[]).map((p) => [p.phase, p]));
  const phases = ICC_PHASES.map((phase) => phaseRows.get(phase) ?? { phase, status: 'not_started' as PhaseStatus, note: '' });
  return { doc, principles, priorities, actions, phases, updatedAt: docRow?.updated_at ?? '' };
}

function toAction(r: { id: string; position: number; priority_id: string | null; action_json: string; updated_at: string }): Action {
  // Stored JSON went through the schema on write; parse leniently so one odd row never hides the plan.
  const parsed = actionInputSchema.safeParse({ ...(JSON.parse(r.action_json) as object), priorityId: r.priority_id });
  const base = parsed.success ? parsed.data : actionInputSchema.parse({ title: '(unreadable action)' });
  return { ...base, id: r.id, position: r.position, updatedAt: r.updated_at };
}

export function updateDoc(handle: VisitHandle, clock: Clock, patch: Partial<StrategyDoc>): Strategy {
  write(handle, clock, () => {
    const row = handle.sqlite.prepare('SELECT doc_json FROM strategy_doc WHERE id = 1').get() as { doc_json: string };
    const merged = strategyDocSchema.parse({ ...(JSON.parse(row.doc_json) as object), ...stripUndefined(patch) });
    if (merged.periodStart && merged.periodEnd && merged.periodStart > merged.periodEnd) {
      throw new AppError('invalid_input', 'The plan period cannot end before it starts.', { periodEnd: 'Ends before it starts.' });
    }
    handle.sqlite.prepare('UPDATE strategy_doc SET doc_json = ? WHERE id = 1').run(JSON.stringify(merged));
  });
  return getStrategy(handle);
}

const stripUndefined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function setPhase(handle: VisitHandle, clock: Clock, phase: IccPhase, status: PhaseStatus, note?: string): Strategy {
  write(handle, clock, () => {
    const t = now(clock);
    handle.sqlite
      .prepare(`INSERT INTO strategy_phase (phase, status, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(phase) DO UPDATE SET status = excluded.status, note = COALESCE(?, note), updated_at = excluded.updated_at`)
      .run(phase, status, note ?? '', t, t, note ?? null);
  });
  return getStrategy(handle);
}

const nextPosition = (handle: VisitHandle, table: string): number =>
  ((handle.sqlite.prepare(`SELECT COALESCE(MAX(position), -1) + 1 AS p FROM ${table}`).get() as { p: number }).p);

export function addPrinciple(handle: VisitHandle, clock: Clock, input: { title: string; description?: string }): Principle {
  const p = principleInputSchema.parse(input);
  const id = randomUUID();
  write(handle, clock, () => {
    const t = now(clock);
    handle.sqlite.prepare('INSERT INTO strategy_principle (id, position, key, title, description, created_at, updated_at) VALUES (?, ?, \'\', ?, ?, ?, ?)').run(id, nextPosition(handle, 'strategy_principle'), p.title, p.description, t, t);
  });
  return { id, key: '', ...p };
}

export function updatePrinciple(handle: VisitHandle, clock: Clock, id: string, input: { title: string; description?: string }): Principle {
  const p = principleInputSchema.parse(input);
  return write(handle, clock, () => {
    const realId = resolveDefaultPrinciple(handle, id);
    const res = handle.sqlite.prepare('UPDATE strategy_principle SET title = ?, description = ?, updated_at = ? WHERE id = ?').run(p.title, p.description, now(clock), realId);
    if (res.changes === 0) throw notFound('This principle');
    return handle.sqlite.prepare('SELECT id, key, title, description FROM strategy_principle WHERE id = ?').get(realId) as Principle;
  });
}

export function deletePrinciple(handle: VisitHandle, clock: Clock, id: string): void {
  write(handle, clock, () => {
    const res = handle.sqlite.prepare('DELETE FROM strategy_principle WHERE id = ?').run(resolveDefaultPrinciple(handle, id));
    if (res.changes === 0) throw notFound('This principle');
  });
}

/** Before the first edit the UI shows "default-<key>" ids; map them onto the rows written by ensureStarted. */
function resolveDefaultPrinciple(handle: VisitHandle, id: string): string {
  if (!id.startsWith('default-')) return id;
  const row = handle.sqlite.prepare('SELECT id FROM strategy_principle WHERE key = ?').get(id.slice(8)) as { id: string } | undefined;
  return row?.id ?? id;
}

export function addPriority(handle: VisitHandle, clock: Clock, input: PriorityInput): Priority {
  const p = priorityInputSchema.parse(input);
  const id = randomUUID();
  const position = write(handle, clock, () => {
    const t = now(clock);
    const pos = nextPosition(handle, 'strategy_priority');
    handle.sqlite
      .prepare('INSERT INTO strategy_priority (id, position, title, description, indicator_ids, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, pos, p.title, p.description, JSON.stringify(p.indicatorIds), p.source, t, t);
    return pos;
  });
  return { id, position, ...p };
}

export function updatePriority(handle: VisitHandle, clock: Clock, id: string, input: PriorityInput): Priority {
  const p = priorityInputSchema.parse(input);
  write(handle, clock, () => {
    const res = handle.sqlite
      .prepare('UPDATE strategy_priority SET title = ?, description = ?, indicator_ids = ?, source = ?, updated_at = ? WHERE id = ?')
      .run(p.title, p.description, JSON.stringify(p.indicatorIds), p.source, now(clock), id);
    if (res.changes === 0) throw notFound('This priority');
  });
  return getStrategy(handle).priorities.find((x) => x.id === id)!;
}

export function deletePriority(handle: VisitHandle, clock: Clock, id: string): void {
  write(handle, clock, () => {
    // Actions keep their content and lose only the link (FK ON DELETE SET NULL); keep their JSON in step.
    handle.sqlite.prepare(`UPDATE strategy_action SET action_json = json_set(action_json, '$.priorityId', NULL) WHERE priority_id = ?`).run(id);
    const res = handle.sqlite.prepare('DELETE FROM strategy_priority WHERE id = ?').run(id);
    if (res.changes === 0) throw notFound('This priority');
  });
}

function checkPriority(handle: VisitHandle, priorityId: string | null): void {
  if (priorityId && !handle.sqlite.prepare('SELECT 1 FROM strategy_priority WHERE id = ?').get(priorityId)) {
    throw new AppError('invalid_input', 'The chosen priority no longer exists. Pick another one.', { priorityId: 'Unknown priority.' });
  }
}

export function addAction(handle: VisitHandle, clock: Clock, input: ActionInput): Action {
  const a = actionInputSchema.parse(input);
  const id = randomUUID();
  write(handle, clock, () => {
    checkPriority(handle, a.priorityId);
    const t = now(clock);
    handle.sqlite
      .prepare('INSERT INTO strategy_action (id, position, priority_id, action_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, nextPosition(handle, 'strategy_action'), a.priorityId, JSON.stringify(a), t, t);
  });
  return getAction(handle, id);
}

/** Many actions in one transaction (demo seed, benchmark, import). */
export function addActions(handle: VisitHandle, clock: Clock, inputs: ActionInput[]): void {
  const parsed = inputs.map((i) => actionInputSchema.parse(i));
  write(handle, clock, () => {
    const t = now(clock);
    let pos = nextPosition(handle, 'strategy_action');
    const insert = handle.sqlite.prepare('INSERT INTO strategy_action (id, position, priority_id, action_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const a of parsed) {
      checkPriority(handle, a.priorityId);
      insert.run(randomUUID(), pos++, a.priorityId, JSON.stringify(a), t, t);
    }
  });
}

export function updateAction(handle: VisitHandle, clock: Clock, id: string, input: ActionInput): Action {
  const a = actionInputSchema.parse(input);
  write(handle, clock, () => {
    checkPriority(handle, a.priorityId);
    const res = handle.sqlite.prepare('UPDATE strategy_action SET priority_id = ?, action_json = ?, updated_at = ? WHERE id = ?').run(a.priorityId, JSON.stringify(a), now(clock), id);
    if (res.changes === 0) throw notFound('This action');
  });
  return getAction(handle, id);
}

export function deleteAction(handle: VisitHandle, clock: Clock, id: string): void {
  write(handle, clock, () => {
    const res = handle.sqlite.prepare('DELETE FROM strategy_action WHERE id = ?').run(id);
    if (res.changes === 0) throw notFound('This action');
  });
}

export function reorderActions(handle: VisitHandle, clock: Clock, ids: string[]): Strategy {
  write(handle, clock, () => {
    const existing = (handle.sqlite.prepare('SELECT id FROM strategy_action').all() as { id: string }[]).map((r) => r.id);
    if (existing.length !== ids.length || new Set(ids).size !== ids.length || !existing.every((e) => ids.includes(e))) {
      throw new AppError('conflict', 'The action plan changed meanwhile. Reload it and reorder again.');
    }
    const set = handle.sqlite.prepare('UPDATE strategy_action SET position = ? WHERE id = ?');
    ids.forEach((id, i) => set.run(i, id));
  });
  return getStrategy(handle);
}

function getAction(handle: VisitHandle, id: string): Action {
  const row = handle.sqlite.prepare('SELECT id, position, priority_id, action_json, updated_at FROM strategy_action WHERE id = ?').get(id) as
    | { id: string; position: number; priority_id: string | null; action_json: string; updated_at: string }
    | undefined;
  if (!row) throw notFound('This action');
  return toAction(row);
}
