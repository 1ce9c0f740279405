import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqlite } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { useTempDir, fixedClock } from '../../../../test/support/temp';
import { createStakeholder, deleteStakeholder, getStakeholder, listStakeholders, updateStakeholder } from '.';
import { AppError } from '../../util/errors';

describe('stakeholder records', () => {
  const tempDir = useTempDir();
  const open = () => {
    const sqlite = openSqlite(join(tempDir(), 'v.sqlite'), { create: true });
    migrate(sqlite);
    return { sqlite };
  };

  it('creates, reads, updates and deletes with defaults and a fixed clock', () => {
    const h = open();
    const s = createStakeholder(h, { name: '  Lindenhaven Police  ', category: 'police_safety', policyAreas: ['v2.mediation'] }, { clock: fixedClock() });
    expect(s).toMatchObject({ name: 'Lindenhaven Police', level: 'local', influence: 3, interest: 3, attitude: 'neutral', policyAreas: ['v2.mediation'], duplicateOf: [], createdAt: '2026-11-30T10:00:00.000Z' });
    const u = updateStakeholder(h, s.id, { influence: 5, attitude: 'champion' });
    expect(u).toMatchObject({ influence: 5, attitude: 'champion', name: 'Lindenhaven Police' });
    expect(getStakeholder(h, s.id).influence).toBe(5);
    deleteStakeholder(h, s.id);
    expect(listStakeholders(h)).toEqual([]);
    expect(() => getStakeholder(h, s.id)).toThrow(AppError);
  });

  it('flags duplicate names (case, accents, spacing) without merging', () => {
    const h = open();
    const a = createStakeholder(h, { name: 'Café Utopia', category: 'business' });
    const b = createStakeholder(h, { name: 'cafe  UTOPIA', category: 'business' });
    const list = listStakeholders(h);
    expect(list).toHaveLength(2);
    expect(list.find((s) => s.id === a.id)?.duplicateOf).toEqual([b.id]);
    expect(getStakeholder(h, b.id).duplicateOf).toEqual([a.id]);
  });

  it('keeps names in any script and markup as plain text', () => {
    const h = open();
    const rtl = createStakeholder(h, { name: 'جمعية الجالية المغربية', category: 'migrant_minority_org' });
    const html = createStakeholder(h, { name: '<img src=x onerror=alert(1)>', category: 'custom: informal group' });
    expect(getStakeholder(h, rtl.id).name).toBe('جمعية الجالية المغربية');
    expect(getStakeholder(h, html.id).name).toBe('<img src=x onerror=alert(1)>');
    expect(getStakeholder(h, html.id).category).toBe('custom: informal group');
  });

  it('rejects bad input with field messages and stores nothing', () => {
    const h = open();
    const attempt = (input: Parameters<typeof createStakeholder>[1]) => {
      try {
        createStakeholder(h, input);
      } catch (e) {
        return e as AppError;
      }
      throw new Error('expected a rejection');
    };
    expect(attempt({ name: ' ', category: 'business' }).fields).toHaveProperty('name');
    expect(attempt({ name: 'X', category: 'business', influence: 7 }).fields).toHaveProperty('influence');
    expect(attempt({ name: 'X', category: 'business', policyAreas: ['v9.nothing'] }).fields).toHaveProperty('policyAreas');
    expect(listStakeholders(h)).toEqual([]);
  });

  it('the table refuses out-of-range values even when written directly', () => {
    const h = open();
    expect(() =>
      h.sqlite.prepare(`INSERT INTO stakeholders (id, name, category, level, influence, interest, attitude, created_at, updated_at) VALUES ('a','A','x','local',9,1,'neutral','t','t')`).run(),
    ).toThrow(/CHECK/);
  });
});

describe('stakeholder patches', () => {
  const tempDir = useTempDir();
  it('change only the fields they name', () => {
    const sqlite = openSqlite(join(tempDir(), 'v.sqlite'), { create: true });
    migrate(sqlite);
    const h = { sqlite };
    const s = createStakeholder(h, { name: 'A', organisation: 'Org', category: 'media', level: 'national', attitude: 'opposed', policyAreas: ['v2.media_communication'], tags: ['x'], contactDetails: 'c', x: 5, y: 6 });
    const u = updateStakeholder(h, s.id, { influence: 5 });
    expect(u).toMatchObject({ organisation: 'Org', level: 'national', attitude: 'opposed', policyAreas: ['v2.media_communication'], tags: ['x'], contactDetails: 'c', x: 5, y: 6, influence: 5 });
  });
});
