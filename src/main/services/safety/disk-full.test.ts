import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SnapshotListing } from '../../../shared/domain/safety';
import { openSqlite } from '../../db/connection';
import { call, callError, rowCount, testApi, visitWithRows } from './test-helpers';

/**
 * A real full disk: a small tmpfs mounted for the test. Mounting needs root (CI runs as root in its
 * container); elsewhere the test fails with the reason instead of pretending, unless ICC_NO_MOUNT=1 is set
 * for a developer machine, where it is reported as not run.
 */
const isRoot = process.getuid?.() === 0;
const mounts: string[] = [];

function smallDisk(sizeKb: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'icc-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

afterEach(() => {
  while (mounts.length) {
    const dir = mounts.pop()!;
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe.runIf(isRoot || !process.env.ICC_NO_MOUNT)('a disk that fills up', () => {
  it('refuses the write that does not fit, keeps the last committed state, and the visit still opens', async () => {
    expect(isRoot, 'mounting a small tmpfs needs root (run in the CI container, or set ICC_NO_MOUNT=1 to skip locally)').toBe(true);
    const disk = smallDisk(1024);
    const api = testApi(join(disk, 'data'));
    const v = visitWithRows(api, 'Lindenhaven', 10);
    const { sqlite } = api.ctx.library.get(v.id);
    const insert = sqlite.prepare('INSERT INTO test_rows (body) VALUES (?)');
    const batch = sqlite.transaction((n: number) => {
      for (let i = 0; i < n; i++) insert.run(`${'x'.repeat(2000)} ${Math.random()}`);
    });
    let committed = 10;
    let failure: { code?: string } | undefined;
    for (let i = 0; i < 1000 && !failure; i++) {
      try {
        batch(20);
        committed += 20;
      } catch (error) {
        failure = error as { code?: string };
      }
    }
    expect(failure?.code).toMatch(/SQLITE_FULL|SQLITE_IOERR/);
    // Through the API the user gets a sentence, not a stack trace.
    for (let i = 0; i < 2000; i++) {
      try {
        insert.run(`${Math.random()}`);
        committed++;
      } catch {
        break;
      }
    }
    let viaApi = { code: '', message: '' };
    for (let i = 0; i < 50 && viaApi.code !== 'disk_full'; i++) {
      const result = (await api.dispatch('visits.updateProfile', { visitId: v.id, profile: { ...v.profile, notes: `${Math.random()}`.repeat(250) } })) as { ok: boolean; error?: { code: string; message: string } };
      if (!result.ok) viaApi = result.error!;
    }
    expect(viaApi.code).toBe('disk_full');
    expect(viaApi.message).toMatch(/disk is full.*earlier work is intact/);
    expect(rowCount(api, v.id)).toBe(committed);
    const path = api.ctx.library.pathFor(v.id);
    api.close();
    const db = openSqlite(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT count(*) AS n FROM test_rows').get() as { n: number }).n).toBe(committed);
    db.close();
  });

  it('warns when the snapshot folder is full, and the visit keeps working', async () => {
    const disk = smallDisk(256);
    const dir = mkdtempSync(join(tmpdir(), 'icc-full-data-'));
    try {
      const api = testApi(dir);
      mkdirSync(join(disk, 'snaps'));
      await call(api, 'settings.update', { snapshots: { folder: join(disk, 'snaps') } });
      const v = visitWithRows(api, 'Delft', 3000);
      const error = await callError(api, 'snapshots.create', { visitId: v.id });
      expect(error.message).toMatch(/disk holding the snapshots is full/);
      const listing = await call<SnapshotListing>(api, 'snapshots.list', { visitId: v.id });
      expect(listing.warning).toMatch(/full/);
      expect(listing.snapshots).toEqual([]);
      api.ctx.library.get(v.id).sqlite.prepare("INSERT INTO test_rows (body) VALUES ('still saving')").run();
      expect(rowCount(api, v.id)).toBe(3001);
      api.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
