import { describe, expect, it } from 'vitest';
import { createApi } from './create-api';
import { createDispatcher, type Handlers } from './dispatcher';
import { handlers } from './handlers';
import { AppError } from '../util/errors';
import { contract } from '../../shared/contract';
import { fixedClock, useTempDir } from '../../../test/support/temp';

describe('dispatcher', () => {
  const tempDir = useTempDir();
  const api = () => createApi({ dataDir: tempDir(), transport: 'browser', appVersion: 'test', clock: fixedClock() });

  it('has exactly one handler for every contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('answers an unknown method with an error result, not an exception', async () => {
    const { dispatch, close } = api();
    const result = await dispatch('visits.dropAllTables', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    close();
  });

  it('validates input with the contract schema and reports each field', async () => {
    const { dispatch, close } = api();
    const result = await dispatch('visits.create', { profile: { title: '', city: '', population: -5 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields).toMatchObject({ 'profile.title': 'Give the visit a name.', 'profile.city': 'Enter the city.', 'profile.population': 'Population cannot be negative.' });
    close();
  });

  it('turns thrown errors into results: AppError verbatim, anything else as a generic message', async () => {
    const { ctx } = api();
    const logged: unknown[] = [];
    const failing = {
      ...handlers,
      'visits.list': () => {
        throw new AppError('locked', 'In use elsewhere.');
      },
      'visits.get': () => {
        throw new TypeError('x is undefined');
      },
      'settings.get': () => {
        throw Object.assign(new Error('disk'), { code: 'ENOSPC' });
      },
    } as Handlers;
    const dispatch = createDispatcher(failing, ctx, { logError: (_m, e) => logged.push(e) });
    expect(await dispatch('visits.list', {})).toEqual({ ok: false, error: { code: 'locked', message: 'In use elsewhere.' } });
    const internal = await dispatch('visits.get', { visitId: 'abc' });
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('undefined');
    expect(logged).toHaveLength(1);
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'disk_full' } });
  });

  it('creates, renames and deletes a visit only with the exact title as confirmation', async () => {
    const { dispatch, close } = api();
    const created = await dispatch('visits.create', { profile: { title: 'Visit Lyon', city: 'Lyon' } });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    expect(await dispatch('visits.rename', { visitId: id, title: 'Visite Lyon' })).toMatchObject({ ok: true, value: { profile: { title: 'Visite Lyon' } } });
    expect(await dispatch('visits.delete', { visitId: id, confirmTitle: 'Visit Lyon' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('visits.delete', { visitId: id, confirmTitle: 'Visite Lyon' })).toEqual({ ok: true, value: { deleted: true } });
    expect(await dispatch('visits.get', { visitId: id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    close();
  });

  it('remembers settings across restarts', async () => {
    const dir = tempDir();
    const first = createApi({ dataDir: dir, transport: 'browser', appVersion: 't' });
    await first.dispatch('settings.update', { language: 'fr', colorScheme: 'dark' });
    first.close();
    const second = createApi({ dataDir: dir, transport: 'browser', appVersion: 't' });
    expect(await second.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { language: 'fr', colorScheme: 'dark' } });
    expect(await second.dispatch('settings.update', { language: 'de' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    second.close();
  });
});

describe('dispatcher in French', () => {
  const tempDir = useTempDir();
  it('answers validation, not-found and internal errors in the language the user chose', async () => {
    const { dispatch, close } = createApi({ dataDir: tempDir(), transport: 'browser', appVersion: 't' });
    await dispatch('settings.update', { language: 'fr' });
    const invalid = await dispatch('visits.create', { profile: { title: '', city: 'Lyon' } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'profile.title': 'Donnez un nom à la visite.' } } });
    expect((invalid as { error: { message: string } }).error.message).toMatch(/^Vérifiez la saisie/);
    const missing = await dispatch('visits.get', { visitId: 'nope' });
    expect((missing as { error: { message: string } }).error.message).toBe('Cette visite est introuvable. Rechargez la liste : l’élément a peut-être été supprimé.');
    close();
  });
});
