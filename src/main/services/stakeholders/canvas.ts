import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isIndicatorId } from '../../../shared/domain/indicators';
import { mapStateSchema, type MapSnapshot, type MapState, type PositionUpdate, type SnapshotComparison } from '../../../shared/domain/map';
import { quadrantOf, type Attitude, type RelationType } from '../../../shared/domain/stakeholders';
import { AppError, notFound } from '../../util/errors';
import { systemClock, type Clock } from '../../util/clock';
import type { VisitHandle } from '../visit-library';
import { listStakeholders } from './records';
import { listRelations } from './relations';

type Handle = Pick<VisitHandle, 'sqlite'>;

export function getMapState(handle: Handle): MapState {
  const row = handle.sqlite.prepare('SELECT state_json FROM map_state WHERE id = 1').get() as { state_json: string } | undefined;
  const parsed = mapStateSchema.safeParse(row ? JSON.parse(row.state_json) : {});
  return parsed.success ? parsed.data : mapStateSchema.parse({});
}

export function saveMapState(handle: Handle, state: MapState, clock: Clock = systemClock): MapState {
  const now = clock.now().toISOString();
  const clean = mapStateSchema.parse(state);
  handle.sqlite
    .prepare('INSERT INTO map_state (id, state_json, created_at, updated_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET state_json = excluded.state_json, updated_at = excluded.updated_at')
    .run(JSON.stringify(clean), now, now);
  return clean;
}

export interface PolicyAreaNode {
  id: string;
  x: number | null;
  y: number | null;
}

/** Policy areas on the canvas: those placed by hand plus every area a stakeholder acts in. */
export function listPolicyAreaNodes(handle: Handle, used: string[] = []): PolicyAreaNode[] {
  const rows = handle.sqlite.prepare('SELECT indicator_id AS id, x, y FROM map_policy_areas ORDER BY indicator_id').all() as PolicyAreaNode[];
  const seen = new Set(rows.map((r) => r.id));
  for (const id of used) {
    if (seen.has(id) || !isIndicatorId(id)) continue;
    rows.push({ id, x: null, y: null });
    seen.add(id);
  }
  return rows;
}

export function addPolicyArea(handle: Handle, id: string, x: number | null, y: number | null, clock: Clock = systemClock): PolicyAreaNode {
  if (!isIndicatorId(id)) throw new AppError('invalid_input', `Unknown policy area “${id}”. Choose one from the ICC Index list.`);
  const now = clock.now().toISOString();
  handle.sqlite
    .prepare('INSERT INTO map_policy_areas (indicator_id, x, y, created_at, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (indicator_id) DO UPDATE SET x = excluded.x, y = excluded.y, updated_at = excluded.updated_at')
    .run(id, x, y, now, now);
  return { id, x, y };
}

export function removePolicyArea(handle: Handle, id: string): void {
  handle.sqlite.prepare('DELETE FROM map_policy_areas WHERE indicator_id = ?').run(id);
}

/** Moves many nodes in one transaction (a drag of a selection, an automatic layout). */
export function movePositions(handle: Handle, update: PositionUpdate, clock: Clock = systemClock): { moved: number } {
  const now = clock.now().toISOString();
  const sh = handle.sqlite.prepare('UPDATE stakeholders SET x = ?, y = ? WHERE id = ?');
  const pa = handle.sqlite.prepare(
    'INSERT INTO map_policy_areas (indicator_id, x, y, created_at, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (indicator_id) DO UPDATE SET x = excluded.x, y = excluded.y, updated_at = excluded.updated_at',
  );
  return handle.sqlite.transaction(() => {
    let moved = 0;
    // Positions are layout, not content: updated_at of the record stays, so "last edited" means edited.
    for (const p of update.stakeholders ?? []) moved += sh.run(p.x, p.y, p.id).changes;
    for (const p of update.policyAreas ?? []) {
      if (!isIndicatorId(p.id)) continue;
      moved += pa.run(p.id, p.x, p.y, now, now).changes;
    }
    return { moved };
  })();
}

// ---- snapshots ----

export function listSnapshots(handle: Handle): MapSnapshot[] {
  return (
    handle.sqlite
      .prepare(
        `SELECT s.id, s.name, s.taken_at AS takenAt,
           (SELECT count(*) FROM map_snapshot_stakeholders x WHERE x.snapshot_id = s.id) AS stakeholderCount,
           (SELECT count(*) FROM map_snapshot_relations r WHERE r.snapshot_id = s.id) AS relationCount
         FROM map_snapshots s ORDER BY s.taken_at DESC, s.id`,
      )
      .all() as MapSnapshot[]
  );
}

export function createSnapshot(handle: Handle, name: string, clock: Clock = systemClock): MapSnapshot {
  const clean = z.string().trim().min(1).max(200).safeParse(name);
  if (!clean.success) throw new AppError('invalid_input', 'Give the snapshot a name, e.g. “Before the workshop”.', { name: 'Required, at most 200 characters.' });
  const id = randomUUID();
  const now = clock.now().toISOString();
  handle.sqlite.transaction(() => {
    handle.sqlite.prepare('INSERT INTO map_snapshots (id, name, taken_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, clean.data, now, now, now);
    handle.sqlite
      .prepare(
        `INSERT INTO map_snapshot_stakeholders (snapshot_id, stakeholder_id, category, level, influence, interest, attitude, x, y)
         SELECT ?, id, category, level, influence, interest, attitude, x, y FROM stakeholders`,
      )
      .run(id);
    handle.sqlite
      .prepare(
        `INSERT INTO map_snapshot_relations (snapshot_id, relation_id, source_id, target_id, type, label, strength)
         SELECT ?, id, source_id, target_id, type, label, strength FROM stakeholder_relations`,
      )
      .run(id);
  })();
  const made = listSnapshots(handle).find((s) => s.id === id);
  if (!made) throw notFound('This snapshot');
  return made;
}

export function deleteSnapshot(handle: Handle, id: string): void {
  if (handle.sqlite.prepare('DELETE FROM map_snapshots WHERE id = ?').run(id).changes === 0) throw notFound('This snapshot');
}

interface SnapRow { stakeholder_id: string; influence: number; interest: number; attitude: Attitude }
interface SnapRel { relation_id: string; source_id: string; target_id: string; type: RelationType; label: string }

/** 'current' compares against the live map. */
function snapshotContent(handle: Handle, id: string): { people: SnapRow[]; relations: SnapRel[]; name: string } {
  if (id === 'current') {
    return {
      name: 'current',
      people: listStakeholders(handle).map((s) => ({ stakeholder_id: s.id, influence: s.influence, interest: s.interest, attitude: s.attitude })),
      relations: listRelations(handle).map((r) => ({ relation_id: r.id, source_id: r.sourceId, target_id: r.targetId, type: r.type, label: r.label })),
    };
  }
  const snap = handle.sqlite.prepare('SELECT name FROM map_snapshots WHERE id = ?').get(id) as { name: string } | undefined;
  if (!snap) throw notFound('This snapshot');
  return {
    name: snap.name,
    people: handle.sqlite.prepare('SELECT stakeholder_id, influence, interest, attitude FROM map_snapshot_stakeholders WHERE snapshot_id = ?').all(id) as SnapRow[],
    relations: handle.sqlite.prepare('SELECT relation_id, source_id, target_id, type, label FROM map_snapshot_relations WHERE snapshot_id = ?').all(id) as SnapRel[],
  };
}

/** Who moved in the power–interest grid, who changed attitude, which relations appeared or disappeared. */
export function compareSnapshots(handle: Handle, fromId: string, toId: string): SnapshotComparison {
  const a = snapshotContent(handle, fromId);
  const b = snapshotContent(handle, toId);
  const names = new Map(listStakeholders(handle).map((s) => [s.id, s.name]));
  const before = new Map(a.people.map((p) => [p.stakeholder_id, p]));
  const after = new Map(b.people.map((p) => [p.stakeholder_id, p]));
  const moved: SnapshotComparison['moved'] = [];
  for (const [id, p] of after) {
    const q = before.get(id);
    if (!q) continue;
    if (q.influence !== p.influence || q.interest !== p.interest || q.attitude !== p.attitude) {
      moved.push({
        stakeholderId: id,
        name: names.get(id) ?? id,
        from: { influence: q.influence, interest: q.interest, attitude: q.attitude, quadrant: quadrantOf(q.influence, q.interest) },
        to: { influence: p.influence, interest: p.interest, attitude: p.attitude, quadrant: quadrantOf(p.influence, p.interest) },
      });
    }
  }
  const relKey = (r: SnapRel) => `${r.source_id}|${r.target_id}|${r.type}`;
  const describe = (r: SnapRel) => ({ relationId: r.relation_id, sourceName: names.get(r.source_id) ?? r.source_id, targetName: names.get(r.target_id) ?? r.target_id, type: r.type, label: r.label });
  const aKeys = new Set(a.relations.map(relKey));
  const bKeys = new Set(b.relations.map(relKey));
  return {
    from: { id: fromId, name: a.name },
    to: { id: toId, name: b.name },
    moved: moved.sort((x, y) => x.name.localeCompare(y.name)),
    added: [...after.keys()].filter((id) => !before.has(id)).map((id) => ({ stakeholderId: id, name: names.get(id) ?? id })),
    removed: [...before.keys()].filter((id) => !after.has(id)).map((id) => ({ stakeholderId: id, name: names.get(id) ?? id })),
    relationsAppeared: b.relations.filter((r) => !aKeys.has(relKey(r))).map(describe),
    relationsDisappeared: a.relations.filter((r) => !bKeys.has(relKey(r))).map(describe),
  };
}
