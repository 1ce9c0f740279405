import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createApi } from '../create-api';
import { useTempDir } from '../../../../test/support/temp';

const onDisk = (path: string) =>
  ['', '-wal']
    .filter((s) => existsSync(path + s))
    .map((s) => readFileSync(path + s).toString('latin1').toLowerCase())
    .join('\n');

/** What the user does in the UI (delete through the API) erases at once, without waiting for the visit to close. */
describe('erasure through the API', () => {
  const tempDir = useTempDir('icc-erase-api-');

  it('a deleted stakeholder is gone from the file, the WAL and the search index right after the call', async () => {
    const api = createApi({ dataDir: tempDir(), transport: 'browser', appVersion: 't', safetyTickMs: 0 });
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const r = await api.dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as T;
    };
    const visit = await call<{ id: string }>('visits.create', { profile: { title: 'Erase', city: 'Lindenhaven' } });
    const visitId = visit.id;
    const person = await call<{ id: string }>('stakeholders.create', { visitId, stakeholder: { name: 'Ulrikka Vantongerloo', category: 'ngo_civil_society', contactDetails: 'ulrikka@vantongerloo.example' } });
    await call('stakeholders.create', { visitId, stakeholder: { name: 'Harbour Library', category: 'public_institution_other' } });
    const handle = api.ctx.library.get(visitId);
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(onDisk(handle.path)).toContain('vantongerloo');

    await call('stakeholders.delete', { visitId, ids: [person.id] });
    const after = onDisk(handle.path);
    expect(after).not.toContain('vantongerloo');
    expect(after).not.toContain('ulrikka');
    expect(after).toContain('harbour library');
    api.close();
  });
});
