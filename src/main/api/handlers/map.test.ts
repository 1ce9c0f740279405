import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createApi } from '../create-api';
import { useTempDir, fixedClock } from '../../../../test/support/temp';
import { mapCommands } from '../../cli/map';

describe('map API through the dispatcher', () => {
  const tempDir = useTempDir();
  const setup = async () => {
    const api = createApi({ dataDir: tempDir(), transport: 'browser', appVersion: 'test', clock: fixedClock(), safetyTickMs: 0 });
    const visit = await api.dispatch('visits.create', { profile: { title: 'T', city: 'Lindenhaven' } });
    if (!visit.ok) throw new Error(visit.error.message);
    return { api, visitId: (visit.value as { id: string }).id };
  };

  it('creates, restores with ids, loads and deletes; relations go with their stakeholder', async () => {
    const { api, visitId } = await setup();
    const a = await api.dispatch('stakeholders.create', { visitId, stakeholder: { id: 'a1', name: 'Police', category: 'police_safety' } });
    expect(a.ok).toBe(true);
    const restored = await api.dispatch('map.restore', {
      visitId,
      stakeholders: [{ id: 'b1', name: 'Police', category: 'police_safety', policyAreas: ['v2.mediation'] }],
      relations: [{ id: 'r1', sourceId: 'a1', targetId: 'b1', type: 'conflict' }],
    });
    expect(restored).toEqual({ ok: true, value: { stakeholders: 1, relations: 1 } });
    const load = await api.dispatch('map.load', { visitId });
    if (!load.ok) throw new Error(load.error.message);
    const data = load.value as { stakeholders: { id: string; duplicateOf: string[] }[]; relations: unknown[]; policyAreas: { id: string }[] };
    expect(data.stakeholders.find((s) => s.id === 'a1')?.duplicateOf).toEqual(['b1']);
    expect(data.policyAreas.map((p) => p.id)).toEqual(['v2.mediation']);
    expect(await api.dispatch('stakeholders.delete', { visitId, ids: ['a1'] })).toEqual({ ok: true, value: { deleted: 1 } });
    expect(await api.dispatch('relations.list', { visitId })).toEqual({ ok: true, value: [] });
    api.close();
  });

  it('rejects bad input with a message and field, and a restore that fails leaves nothing half-done', async () => {
    const { api, visitId } = await setup();
    const bad = await api.dispatch('stakeholders.create', { visitId, stakeholder: { name: 'X', category: 'business', influence: 0 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields).toHaveProperty(['stakeholder.influence']);
    const half = await api.dispatch('map.restore', {
      visitId,
      stakeholders: [{ id: 'ok1', name: 'Fine', category: 'business' }],
      relations: [{ id: 'r', sourceId: 'ok1', targetId: 'ghost', type: 'funding' }],
    });
    expect(half.ok).toBe(false);
    expect(await api.dispatch('stakeholders.list', { visitId })).toEqual({ ok: true, value: [] });
    api.close();
  });

  it('CLI: lists stakeholders and writes the figure', async () => {
    const { api, visitId } = await setup();
    await api.dispatch('stakeholders.create', { visitId, stakeholder: { name: 'Radio Haven FM', category: 'media', influence: 2, interest: 4 } });
    const out: string[] = [];
    const cmd = (w: string) => mapCommands.find((c) => c.words.join(' ') === w)!;
    const io = { positionals: [], api, print: (t: string) => out.push(t), printError: (t: string) => out.push(`E:${t}`) };
    expect(await cmd('stakeholders list').run({ ...io, values: { visit: visitId } })).toBe(0);
    expect(out.at(-1)).toContain('2/4');
    const file = join(tempDir(), 'map.svg');
    expect(await cmd('map figure').run({ ...io, values: { visit: visitId, out: file, anonymise: true } })).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Media 1');
    expect(await cmd('map figure').run({ ...io, values: { visit: visitId } })).toBe(2);
    api.close();
  });
});
