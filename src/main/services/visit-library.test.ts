import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VisitLibrary } from './visit-library';
import { openSqlite } from '../db/connection';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { fixedClock, useTempDir } from '../../../test/support/temp';

const profile = (city: string) => ({
  title: `Visit ${city}`,
  city,
  country: '',
  population: null,
  foreignBornShare: null,
  startDate: null,
  endDate: null,
  experts: [],
  workingLanguage: 'en' as const,
  notes: '',
});

describe('visit library', () => {
  const tempDir = useTempDir();

  it('creates one file per visit and finds it again from a new process-like instance', () => {
    const dir = tempDir();
    const lib = new VisitLibrary(dir, fixedClock());
    const created = lib.create(profile('Lisboa'));
    lib.closeAll();
    const again = new VisitLibrary(dir, fixedClock());
    const listing = again.list();
    expect(listing.visits.map((v) => v.profile.city)).toEqual(['Lisboa']);
    expect(listing.visits[0]!.id).toBe(created.id);
    expect(readdirSync(again.visitsDir)).toContain(`${created.id}.visit.sqlite`);
    again.closeAll();
  });

  it('stores names in any script unchanged', () => {
    const lib = new VisitLibrary(tempDir(), fixedClock());
    const names = ['Київ', 'Θεσσαλονίκη', 'الدار البيضاء', '안산시', 'Zürich', '🇪🇺 Strasbourg'];
    const ids = names.map((n) => lib.create({ ...profile(n), experts: [{ name: `${n} expert`, role: '' }] }).id);
    lib.closeAll();
    const listed = new Map(lib.list().visits.map((v) => [v.id, v.profile]));
    names.forEach((n, i) => {
      expect(listed.get(ids[i]!)!.city).toBe(n);
      expect(listed.get(ids[i]!)!.experts[0]!.name).toBe(`${n} expert`);
    });
    lib.closeAll();
  });

  it('updates the profile and deletes the file with its WAL', () => {
    const lib = new VisitLibrary(tempDir(), fixedClock());
    const v = lib.create(profile('Oslo'));
    expect(lib.updateProfile(v.id, { ...v.profile, population: 709_000 }).profile.population).toBe(709_000);
    const path = lib.pathFor(v.id);
    lib.delete(v.id);
    for (const suffix of ['', '-wal', '-shm']) expect(existsSync(path + suffix)).toBe(false);
    expect(lib.list().visits).toEqual([]);
  });

  it('lists unreadable files by name, keeps working, and leaves them untouched', () => {
    const lib = new VisitLibrary(tempDir(), fixedClock());
    lib.create(profile('Bergen'));
    const junk = join(lib.visitsDir, 'junk.visit.sqlite');
    writeFileSync(junk, 'not a database at all'.repeat(100));
    const future = join(lib.visitsDir, 'future.visit.sqlite');
    const db = openSqlite(future, { create: true });
    migrate(db, [...migrations, { id: '9999_future', up: () => {} }]);
    db.close();
    const listing = lib.list();
    expect(listing.visits.map((v) => v.profile.city)).toEqual(['Bergen']);
    expect(listing.unreadable.map((u) => u.fileName).sort()).toEqual(['future.visit.sqlite', 'junk.visit.sqlite']);
    expect(listing.unreadable.find((u) => u.fileName === 'junk.visit.sqlite')!.problem).toMatch(/junk\.visit\.sqlite/);
    expect(listing.unreadable.find((u) => u.fileName === 'future.visit.sqlite')!.problem).toMatch(/newer version/);
    lib.closeAll();
  });

  it('rejects ids that could escape the folder', () => {
    const lib = new VisitLibrary(tempDir(), fixedClock());
    expect(() => lib.pathFor('../../etc/passwd')).toThrow(/not a valid visit id/);
  });
});
