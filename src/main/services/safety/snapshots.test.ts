import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '../../db/connection';
import type { SnapshotInfo, SnapshotListing } from '../../../shared/domain/safety';
import { useTempDir } from '../../../../test/support/temp';
import { call, callError, rowCount, testApi, visitWithRows } from './test-helpers';
import { safetyOf } from './safety-service';

describe('snapshots', () => {
  const tempDir = useTempDir('icc-safety-');

  it('snapshots on close, at most every interval while changing, and outside the library folder', async () => {
    const dir = tempDir();
    const api = testApi(dir);
    const v = visitWithRows(api, 'Lindenhaven', 10);
    const safety = safetyOf(api.ctx.library)!;
    safety.tick();
    expect((await call<SnapshotListing>(api, 'snapshots.list', { visitId: v.id })).snapshots).toHaveLength(0);
    api.clock.advance(11 * 60_000);
    safety.tick();
    const afterTick = await call<SnapshotListing>(api, 'snapshots.list', { visitId: v.id });
    expect(afterTick.snapshots.map((s) => s.reason)).toEqual(['interval']);
    expect(afterTick.folder).toBe(join(dir, 'snapshots', v.id));
    // Unchanged since: no new snapshot, however much time passes.
    api.clock.advance(30 * 60_000);
    safety.tick();
    expect((await call<SnapshotListing>(api, 'snapshots.list', { visitId: v.id })).snapshots).toHaveLength(1);
    api.ctx.library.get(v.id).sqlite.prepare("INSERT INTO test_rows (body) VALUES ('more')").run();
    api.clock.advance(60_000);
    api.ctx.library.close(v.id);
    const listing = await call<SnapshotListing>(api, 'snapshots.list', { visitId: v.id });
    expect(listing.snapshots.map((s) => s.reason)).toEqual(['close', 'interval']);
    expect(listing.snapshots[0]!.sizeBytes).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'visits')).some((f) => f.includes('close'))).toBe(false);
    api.close();
  });

  it('restores a snapshot after snapshotting the current state, so the restore can be undone (restore drill)', async () => {
    const api = testApi(tempDir());
    const v = visitWithRows(api, 'Delft', 50);
    const first = await call<SnapshotInfo>(api, 'snapshots.create', { visitId: v.id });
    const { sqlite } = api.ctx.library.get(v.id);
    sqlite.prepare('DELETE FROM test_rows WHERE id > 10').run();
    expect(rowCount(api, v.id)).toBe(10);
    api.clock.advance(1000);
    const result = await call<{ restored: SnapshotInfo; undo: SnapshotInfo }>(api, 'snapshots.restore', { visitId: v.id, snapshotId: first.id });
    expect(result.restored.id).toBe(first.id);
    expect(result.undo.reason).toBe('before-restore');
    expect(rowCount(api, v.id)).toBe(50);
    expect(api.ctx.library.get(v.id).sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    api.clock.advance(1000);
    await call(api, 'snapshots.restore', { visitId: v.id, snapshotId: result.undo.id });
    expect(rowCount(api, v.id)).toBe(10);
    api.close();
  });

  it('keeps everything of the last day and one a day for 30 days', async () => {
    const api = testApi(tempDir());
    const v = visitWithRows(api, 'Gouda', 1);
    const safety = safetyOf(api.ctx.library)!;
    // 40 days, 3 snapshots a day.
    for (let day = 0; day < 40; day++) {
      for (let k = 0; k < 3; k++) {
        api.ctx.library.get(v.id).sqlite.prepare("INSERT INTO test_rows (body) VALUES ('x')").run();
        expect(safety.snapshot(v.id, 'manual')).not.toBeNull();
        api.clock.advance(8 * 3_600_000);
      }
    }
    const snapshots = safety.files.list(v.id);
    const now = api.clock.now().getTime();
    const recent = snapshots.filter((s) => now - Date.parse(s.createdAt) <= 24 * 3_600_000);
    const older = snapshots.filter((s) => now - Date.parse(s.createdAt) > 24 * 3_600_000);
    expect(recent.length).toBe(3);
    expect(new Set(older.map((s) => s.createdAt.slice(0, 10))).size).toBe(older.length);
    expect(older.every((s) => now - Date.parse(s.createdAt) <= 31 * 86_400_000)).toBe(true);
    expect(older.length).toBeGreaterThanOrEqual(29);
    api.close();
  });

  it('warns visibly when the snapshot folder disappears, and the visit keeps working', async () => {
    const dir = tempDir();
    const api = testApi(dir);
    const custom = join(dir, 'usb-drive');
    writeFileSync(join(dir, 'placeholder'), '');
    await call(api, 'settings.update', { snapshots: { folder: custom } });
    const v = visitWithRows(api, 'Leiden', 3);
    const error = await callError(api, 'snapshots.create', { visitId: v.id });
    expect(error.message).toMatch(/snapshot folder .* is missing/);
    api.ctx.library.get(v.id).sqlite.prepare("INSERT INTO test_rows (body) VALUES ('still works')").run();
    expect(rowCount(api, v.id)).toBe(4);
    const listing = await call<SnapshotListing>(api, 'snapshots.list', { visitId: v.id });
    expect(listing.warning).toMatch(/missing/);
    const status = await call<{ snapshotWarnings: unknown[] }>(api, 'safety.status', {});
    expect(status.snapshotWarnings).toHaveLength(1);
    expect(existsSync(custom)).toBe(false);
    api.close();
  });

  it('offers the latest snapshot when a visit file is damaged, and restoring it recovers the visit', async () => {
    const dir = tempDir();
    const api = testApi(dir);
    const v = visitWithRows(api, 'Utrecht', 20);
    await call(api, 'snapshots.create', { visitId: v.id });
    api.ctx.library.close(v.id);
    const path = api.ctx.library.pathFor(v.id);
    // Damage page 2 onwards (the schema stays readable, the data does not).
    const db = openSqlite(path);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize * 2, 0xab), 0, pageSize * 2, pageSize);
    closeSync(fd);
    const status = await call<{ recoverable: { visitId: string; latest: SnapshotInfo }[] }>(api, 'safety.status', {});
    expect(status.recoverable.map((r) => r.visitId)).toEqual([v.id]);
    await call(api, 'snapshots.restore', { visitId: v.id, snapshotId: status.recoverable[0]!.latest.id });
    expect(rowCount(api, v.id)).toBe(20);
    // The damaged file was kept as a raw copy next to the snapshots.
    expect(safetyOf(api.ctx.library)!.files.list(v.id).some((s) => s.reason === 'before-restore')).toBe(true);
    api.close();
  });

  it('lists leftover snapshots of a deleted visit and removes them only when confirmed', async () => {
    const api = testApi(tempDir());
    const v = visitWithRows(api, 'Zwolle', 2);
    await call(api, 'snapshots.create', { visitId: v.id });
    await call(api, 'visits.delete', { visitId: v.id, confirmTitle: 'Visit Zwolle' });
    const status = await call<{ orphanSnapshots: { visitId: string; count: number; latest: SnapshotInfo }[] }>(api, 'safety.status', {});
    expect(status.orphanSnapshots).toEqual([expect.objectContaining({ visitId: v.id, count: 1, title: 'Visit Zwolle' })]);
    expect((await callError(api, 'snapshots.deleteAll', { visitId: v.id })).code).toBe('invalid_input');
    // A deleted visit can be brought back from its latest snapshot.
    await call(api, 'snapshots.restore', { visitId: v.id, snapshotId: status.orphanSnapshots[0]!.latest.id });
    expect(rowCount(api, v.id)).toBe(2);
    api.ctx.library.delete(v.id);
    expect(await call(api, 'snapshots.deleteAll', { visitId: v.id, confirm: true })).toEqual({ deleted: 1 });
    expect((await call<{ orphanSnapshots: unknown[] }>(api, 'safety.status', {})).orphanSnapshots).toEqual([]);
    rmSync(api.ctx.dataDir, { recursive: true, force: true });
    api.close();
  });
});
