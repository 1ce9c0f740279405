/**
 * The map's local copy of the visit data with undo/redo. Every edit is an Op: applied locally at once (so
 * the canvas never waits), then persisted in order; a failed save shows the message and reloads from the file.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { MapData } from '../../../../shared/domain/map';
import { nameKey, type Relation, type Stakeholder } from '../../../../shared/domain/stakeholders';
import { call, useApiQuery, useTransport } from '../../api/api-context';
import { notifyError } from '../../app/notify';
import { apply, emptyHistory, invert, record, type History, type Op } from './ops';

const toInput = ({ id, name, organisation, category, level, influence, interest, attitude, policyAreas, contactPerson, contactDetails, notes, tags, x, y }: Stakeholder) => ({
  id, name, organisation, category, level, influence, interest, attitude, policyAreas, contactPerson, contactDetails, notes, tags, x, y,
});
const relInput = ({ id, sourceId, targetId, type, label, strength }: Relation) => ({ id, sourceId, targetId, type, label, strength });

/** Keeps `duplicateOf` true after local edits, replacing only records whose flag changed (memoised nodes stay). */
export function refreshDuplicates(list: Stakeholder[]): Stakeholder[] {
  const byKey = new Map<string, string[]>();
  for (const s of list) {
    const k = nameKey(s.name);
    byKey.set(k, [...(byKey.get(k) ?? []), s.id]);
  }
  return list.map((s) => {
    const dup = byKey.get(nameKey(s.name))!.filter((id) => id !== s.id);
    return dup.length === s.duplicateOf.length && dup.every((d, i) => d === s.duplicateOf[i]) ? s : { ...s, duplicateOf: dup };
  });
}

export interface MapStore {
  data: MapData | null;
  error: Error | null;
  run(op: Op): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** Resolves when every pending save has reached the file. */
  flushed(): Promise<void>;
  reload(): void;
  setLocal(update: (d: MapData) => MapData): void;
}

export function useMapStore(visitId: string): MapStore {
  const transport = useTransport();
  const client = useQueryClient();
  const query = useApiQuery('map.load', { visitId }, { refetchOnWindowFocus: false, staleTime: Infinity });
  const [data, setData] = useState<MapData | null>(null);
  const ref = useRef<MapData | null>(null);
  // A ref, not state: undo/redo must run their side effect exactly once (state updaters may run twice).
  const historyRef = useRef<History>(emptyHistory);
  const [, bump] = useState(0);
  const setHistory = useCallback((h: History) => {
    historyRef.current = h;
    bump((n) => n + 1);
  }, []);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (query.data) {
      ref.current = query.data;
      setData(query.data);
    }
  }, [query.data]);

  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['map.load'] }), [client]);

  const persist = useCallback(
    async function persist(op: Op): Promise<void> {
      switch (op.kind) {
        case 'addStakeholders':
          await call(transport, 'map.restore', { visitId, stakeholders: op.stakeholders.map(toInput), relations: op.relations.map(relInput) });
          break;
        case 'delete':
          if (op.relationIds.length) await call(transport, 'relations.delete', { visitId, ids: op.relationIds });
          if (op.stakeholderIds.length) await call(transport, 'stakeholders.delete', { visitId, ids: op.stakeholderIds });
          break;
        case 'updateStakeholder':
          await call(transport, 'stakeholders.update', { visitId, id: op.id, patch: op.patch });
          break;
        case 'updateRelation':
          await call(transport, 'relations.update', { visitId, id: op.id, patch: op.patch });
          break;
        case 'move':
          await call(transport, 'map.movePositions', { visitId, positions: { stakeholders: op.stakeholders, policyAreas: op.policyAreas } });
          break;
        case 'batch':
          for (const inner of op.ops) await persist(inner);
          break;
      }
    },
    [transport, visitId],
  );

  const commit = useCallback(
    (op: Op) => {
      const cur = ref.current;
      if (!cur) return;
      const next = apply(cur, op);
      ref.current = { ...next, stakeholders: refreshDuplicates(next.stakeholders) };
      setData(ref.current);
      queue.current = queue.current
        .then(() => persist(op))
        .catch((error: unknown) => {
          notifyError(error);
          reload();
        });
    },
    [persist, reload],
  );

  const run = useCallback(
    (op: Op) => {
      const cur = ref.current;
      if (!cur) return;
      const inverse = invert(cur, op);
      commit(op);
      setHistory(record(historyRef.current, op, inverse));
    },
    [commit, setHistory],
  );

  const undo = useCallback(() => {
    const h = historyRef.current;
    const last = h.past.at(-1);
    if (!last) return;
    commit(last.inverse);
    setHistory({ past: h.past.slice(0, -1), future: [...h.future, last] });
  }, [commit, setHistory]);

  const redo = useCallback(() => {
    const h = historyRef.current;
    const next = h.future.at(-1);
    if (!next) return;
    commit(next.op);
    setHistory({ past: [...h.past, next], future: h.future.slice(0, -1) });
  }, [commit, setHistory]);

  const setLocal = useCallback((update: (d: MapData) => MapData) => {
    if (!ref.current) return;
    ref.current = update(ref.current);
    setData(ref.current);
  }, []);

  const canUndo = historyRef.current.past.length > 0;
  const canRedo = historyRef.current.future.length > 0;
  const flushed = useCallback(() => queue.current, []);
  // One object while nothing in it changes, so a memoised canvas skips renders caused by other state
  // (a selection, a text field) of the page around it.
  return useMemo(
    () => ({ data, error: query.error, run, undo, redo, canUndo, canRedo, flushed, reload, setLocal }),
    [data, query.error, run, undo, redo, canUndo, canRedo, flushed, reload, setLocal],
  );
}
