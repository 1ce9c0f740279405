import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SqliteHandle } from '../../db/connection';
import { snapshotReasons, type SnapshotInfo, type SnapshotReason } from '../../../shared/domain/safety';
import { AppError } from '../../util/errors';

const NAME = /^(\d{8})T(\d{6})(\d{3})Z(?:-(\d+))?_([a-z-]+)\.sqlite$/;
const ID = /^\d{8}T\d{9}Z(?:-\d+)?_[a-z-]+$/;

export interface RetentionPolicy {
  keepAllHours: number;
  keepDailyDays: number;
}

/**
 * The snapshot files of every visit: `<root>/<visitId>/<UTC time>_<reason>.sqlite`. Each is a complete,
 * consistent SQLite copy made by VACUUM INTO (it reads one transaction's view, so writers are never seen
 * half-way), written under a temporary name and renamed, so a crash never leaves a half snapshot that
 * looks whole. An encrypted visit's snapshots stay encrypted with the same key.
 */
export class SnapshotFiles {
  constructor(
    /** Where snapshots live; read each time, because the user can move it in the settings. */
    private readonly root: () => { path: string; custom: boolean },
  ) {}

  folderFor(visitId: string): string {
    return join(this.root().path, visitId);
  }

  /** Makes the visit's folder; a custom root that vanished (an unplugged drive) is reported, not recreated. */
  private ensureFolder(visitId: string): string {
    const { path, custom } = this.root();
    if (custom && !existsSync(path)) {
      throw new AppError('not_writable', `The snapshot folder “${path}” is missing (is the drive connected?). Snapshots are paused; your visit keeps working.`);
    }
    const folder = join(path, visitId);
    mkdirSync(folder, { recursive: true });
    return folder;
  }

  take(sqlite: SqliteHandle, visitId: string, reason: SnapshotReason, at: Date): SnapshotInfo {
    const folder = this.ensureFolder(visitId);
    const base = stamp(at);
    let name = `${base}_${reason}.sqlite`;
    for (let n = 2; existsSync(join(folder, name)); n++) name = `${base}-${n}_${reason}.sqlite`;
    const tmp = join(folder, `.${name}.partial`);
    rmSync(tmp, { force: true });
    try {
      sqlite.prepare('VACUUM INTO ?').run(tmp);
      syncFile(tmp);
      renameSync(tmp, join(folder, name));
    } catch (error) {
      rmSync(tmp, { force: true });
      throw error;
    }
    return this.info(visitId, name)!;
  }

  /** Newest first. A missing folder simply means no snapshots. */
  list(visitId: string): SnapshotInfo[] {
    const folder = this.folderFor(visitId);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .map((name) => this.info(visitId, name))
      .filter((s): s is SnapshotInfo => s !== null)
      .sort((a, b) => b.id.localeCompare(a.id));
  }

  pathOf(visitId: string, snapshotId: string): string {
    if (!ID.test(snapshotId)) throw new AppError('invalid_input', 'This is not a snapshot of this app.');
    const path = join(this.folderFor(visitId), `${snapshotId}.sqlite`);
    if (!existsSync(path)) throw new AppError('not_found', 'This snapshot no longer exists. Reload the list of versions.');
    return path;
  }

  /** Applies the retention policy: everything recent, then the newest snapshot of each day; always the newest. */
  prune(visitId: string, policy: RetentionPolicy, now: Date): number {
    const all = this.list(visitId);
    const keepAllSince = now.getTime() - policy.keepAllHours * 3_600_000;
    const keepDailySince = now.getTime() - policy.keepDailyDays * 86_400_000;
    const daysSeen = new Set<string>();
    let removed = 0;
    all.forEach((s, index) => {
      const time = Date.parse(s.createdAt);
      const day = s.createdAt.slice(0, 10);
      let keep = index === 0 || time >= keepAllSince;
      if (!keep && time >= keepDailySince && !daysSeen.has(day)) keep = true;
      if (time < keepAllSince) daysSeen.add(day);
      if (!keep) {
        rmSync(join(this.folderFor(visitId), `${s.id}.sqlite`), { force: true });
        removed++;
      }
    });
    return removed;
  }

  removeAll(visitId: string): number {
    const count = this.list(visitId).length;
    rmSync(this.folderFor(visitId), { recursive: true, force: true });
    return count;
  }

  /** Visit ids that have a snapshot folder. */
  visitIds(): string[] {
    const { path } = this.root();
    if (!existsSync(path)) return [];
    return readdirSync(path, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  }

  private info(visitId: string, name: string): SnapshotInfo | null {
    const m = NAME.exec(name);
    if (!m) return null;
    const reason = m[5] as SnapshotReason;
    if (!snapshotReasons.includes(reason)) return null;
    const [d, t, ms] = [m[1]!, m[2]!, m[3]!];
    const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`;
    let sizeBytes: number;
    try {
      sizeBytes = statSync(join(this.folderFor(visitId), name)).size;
    } catch {
      return null;
    }
    return { id: name.slice(0, -'.sqlite'.length), visitId, createdAt, reason, sizeBytes };
  }
}

const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace('.', '');

/** VACUUM INTO leaves the copy to the OS cache; a snapshot is only worth something once it is on the disk. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
