import { randomUUID } from 'node:crypto';
import { relationInputSchema, relationPatchSchema, type Relation, type RelationInput, type RelationPatch } from '../../../shared/domain/stakeholders';
import type { StakeholderRelationsTable } from '../../db/schema-map';
import { AppError, notFound } from '../../util/errors';
import { systemClock, type Clock } from '../../util/clock';
import type { VisitHandle } from '../visit-library';
import { invalid } from './records';

type Handle = Pick<VisitHandle, 'sqlite'>;
const COLUMNS = 'id, source_id, target_id, type, label, strength, created_at, updated_at';

const fromRow = (r: StakeholderRelationsTable): Relation => ({
  id: r.id,
  sourceId: r.source_id,
  targetId: r.target_id,
  type: r.type as Relation['type'],
  label: r.label,
  strength: r.strength,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listRelations(handle: Handle): Relation[] {
  return (handle.sqlite.prepare(`SELECT ${COLUMNS} FROM stakeholder_relations ORDER BY created_at, id`).all() as StakeholderRelationsTable[]).map(fromRow);
}

export function getRelation(handle: Handle, id: string): Relation {
  const row = handle.sqlite.prepare(`SELECT ${COLUMNS} FROM stakeholder_relations WHERE id = ?`).get(id) as StakeholderRelationsTable | undefined;
  if (!row) throw notFound('This relation');
  return fromRow(row);
}

function parseRelation(handle: Handle, input: RelationInput) {
  const parsed = relationInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error, 'relation');
  const d = parsed.data;
  if (d.sourceId === d.targetId) throw new AppError('invalid_input', 'A relation needs two different stakeholders.', { targetId: 'Choose another stakeholder.' });
  const exists = handle.sqlite.prepare('SELECT count(*) AS n FROM stakeholders WHERE id IN (?, ?)').get(d.sourceId, d.targetId) as { n: number };
  if (exists.n < 2) throw new AppError('not_found', 'One end of this relation no longer exists. Reload the map and connect again.');
  return d;
}

export function createRelation(handle: Handle, input: RelationInput, options: { id?: string; clock?: Clock } = {}): Relation {
  const d = parseRelation(handle, input);
  const id = options.id ?? randomUUID();
  const now = (options.clock ?? systemClock).now().toISOString();
  handle.sqlite
    .prepare(`INSERT INTO stakeholder_relations (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(id, d.sourceId, d.targetId, d.type, d.label, d.strength, now, now);
  return getRelation(handle, id);
}

/** Many relations in one transaction (paste, import, demo, undo of a delete). */
export function createRelations(handle: Handle, inputs: (RelationInput & { id?: string })[], clock: Clock = systemClock): string[] {
  const now = clock.now().toISOString();
  const stmt = handle.sqlite.prepare(`INSERT INTO stakeholder_relations (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  return handle.sqlite.transaction(() =>
    inputs.map((input) => {
      const d = parseRelation(handle, input);
      const id = input.id ?? randomUUID();
      stmt.run(id, d.sourceId, d.targetId, d.type, d.label, d.strength, now, now);
      return id;
    }),
  )();
}

export function updateRelation(handle: Handle, id: string, patch: RelationPatch, clock: Clock = systemClock): Relation {
  const parsed = relationPatchSchema.safeParse(patch);
  if (!parsed.success) throw invalid(parsed.error, 'relation');
  const current = getRelation(handle, id);
  const next = { ...current, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) };
  handle.sqlite
    .prepare('UPDATE stakeholder_relations SET type = ?, label = ?, strength = ?, updated_at = ? WHERE id = ?')
    .run(next.type, next.label, next.strength, clock.now().toISOString(), id);
  return getRelation(handle, id);
}

export function deleteRelation(handle: Handle, id: string): { deleted: true } {
  if (handle.sqlite.prepare('DELETE FROM stakeholder_relations WHERE id = ?').run(id).changes === 0) throw notFound('This relation');
  return { deleted: true };
}

export function deleteRelations(handle: Handle, ids: string[]): number {
  const stmt = handle.sqlite.prepare('DELETE FROM stakeholder_relations WHERE id = ?');
  return handle.sqlite.transaction(() => ids.reduce((n, id) => n + stmt.run(id).changes, 0))();
}
