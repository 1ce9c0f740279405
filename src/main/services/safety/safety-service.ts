import { join } from 'node:path';
import type { SettingsStore } from '../settings';
import type { VisitHandle, VisitLibrary, VisitLibraryHooks } from '../visit-library';
import type { SqliteHandle } from '../../db/connection';
import type { Clock } from '../../util/clock';
import { AppError } from '../../util/errors';
import type { SnapshotInfo, SnapshotListing, SnapshotReason } from '../../../shared/domain/safety';
import { eraseCheckpoint } from './erase';
import { SnapshotFiles } from './snapshots';
import { WriterLocks } from './writer-lock';

interface Tracked {
  /** total_changes() when the last snapshot was taken (or the visit opened). */
  changesAtSnapshot: number;
  lastSnapshotAt: number;
}

const byLibrary = new WeakMap<VisitLibrary, SafetyService>();

/** The safety service of a library (set up by createApi); undefined for bare libraries in tests. */
export const safetyOf = (library: VisitLibrary): SafetyService | undefined => byLibrary.get(library);

const describe = (error: unknown): string => {
  if (error instanceof AppError) return error.message;
  const code = (error as { code?: string }).code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'The disk holding the snapshots is full, so no new snapshot could be made. Free some space; your visit keeps working.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_CANTOPEN') return 'The snapshot folder cannot be written to. Choose another folder in the snapshot settings; your visit keeps working.';
  return `The last snapshot failed (${error instanceof Error ? error.message : String(error)}). Your visit keeps working.`;
};

/**
 * Keeps visits safe while they are open: writer locks, snapshots (timer, close, before migrations and imports)
 * with retention, and the warnings the screens show. Its hooks are given to the VisitLibrary.
 */
export class SafetyService {
  readonly locks: WriterLocks;
  readonly files: SnapshotFiles;
  private library: VisitLibrary | undefined;
  private readonly tracked = new Map<string, Tracked>();
  private readonly warnings = new Map<string, string>();
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Set while a restore replaces a file, so closing it does not snapshot the state being replaced twice. */
  private readonly quietClose = new Set<string>();

  constructor(
    private readonly dataDir: string,
    private readonly settings: SettingsStore,
    private readonly clock: Clock,
  ) {
    this.locks = new WriterLocks(() => clock.now().getTime());
    this.files = new SnapshotFiles(() => this.snapshotRoot());
  }

  snapshotRoot(): { path: string; custom: boolean } {
    const folder = this.settings.get().snapshots.folder;
    return folder ? { path: folder, custom: true } : { path: join(this.dataDir, 'snapshots'), custom: false };
  }

  readonly hooks: VisitLibraryHooks = {
    beforeOpen: (path) => this.locks.acquire(path),
    afterOpen: (handle) => this.tracked.set(handle.id, { changesAtSnapshot: totalChanges(handle.sqlite), lastSnapshotAt: this.clock.now().getTime() }),
    beforeMigrate: (_path, visitId, sqlite) => void this.trySnapshot(sqlite, visitId, 'before-migration'),
    beforeClose: (handle) => this.onClose(handle),
    afterClose: (_visitId, path) => this.locks.release(path),
  };

  /** Starts the heartbeat and interval timer; unref'd so it never keeps a command-line run alive. */
  attach(library: VisitLibrary, tickMs = 15_000): void {
    this.library = library;
    byLibrary.set(library, this);
    if (tickMs > 0) {
      this.timer = setInterval(() => this.tick(), tickMs);
      this.timer.unref();
    }
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.locks.releaseAll();
  }

  private get lib(): VisitLibrary {
    if (!this.library) throw new Error('SafetyService used before attach()');
    return this.library;
  }

  /** Heartbeat, then a snapshot of each open visit that changed and whose last one is older than the interval. */
  tick(): void {
    this.locks.heartbeat();
    const intervalMs = this.settings.get().snapshots.intervalMinutes * 60_000;
    const now = this.clock.now().getTime();
    for (const [visitId, t] of this.tracked) {
      if (!this.lib.isOpen(visitId) || now - t.lastSnapshotAt < intervalMs) continue;
      const { sqlite } = this.lib.get(visitId);
      if (totalChanges(sqlite) !== t.changesAtSnapshot) this.trySnapshot(sqlite, visitId, 'interval');
    }
  }

  /** A snapshot for other areas (before an import into a visit); never throws, a failure becomes a warning. */
  snapshot(visitId: string, reason: SnapshotReason): SnapshotInfo | null {
    try {
      return this.trySnapshot(this.lib.get(visitId).sqlite, visitId, reason);
    } catch (error) {
      this.warnings.set(visitId, describe(error));
      return null;
    }
  }

  /** The user's "Take a snapshot now": errors reach the screen. */
  snapshotNow(visitId: string): SnapshotInfo {
    const { sqlite } = this.lib.get(visitId);
    const info = this.trySnapshot(sqlite, visitId, 'manual');
    if (!info) throw new AppError('not_writable', this.warnings.get(visitId) ?? 'The snapshot could not be made.');
    return info;
  }

  list(visitId: string): SnapshotListing {
    this.lib.pathFor(visitId);
    let snapshots: SnapshotInfo[] = [];
    let warning = this.warnings.get(visitId) ?? null;
    try {
      snapshots = this.files.list(visitId);
    } catch (error) {
      warning = describe(error);
    }
    return { snapshots, folder: this.files.folderFor(visitId), warning };
  }

  warningFor(visitId: string): string | null {
    return this.warnings.get(visitId) ?? null;
  }

  allWarnings(): { visitId: string; message: string }[] {
    return [...this.warnings].map(([visitId, message]) => ({ visitId, message }));
  }

  markQuietClose(visitId: string, quiet: boolean): void {
    if (quiet) this.quietClose.add(visitId);
    else this.quietClose.delete(visitId);
  }

  private onClose(handle: VisitHandle): void {
    const t = this.tracked.get(handle.id);
    this.tracked.delete(handle.id);
    if (this.quietClose.has(handle.id)) return;
    const changed = !t || totalChanges(handle.sqlite) !== t.changesAtSnapshot;
    let hasAny = true;
    try {
      hasAny = this.files.list(handle.id).length > 0;
    } catch {
      /* reported by trySnapshot below */
    }
    if (changed) {
      // Safety net for erasure: whatever was deleted in this session leaves the search indexes before the file
      // is closed and before the closing snapshot copies them (see erase.ts).
      try {
        eraseCheckpoint(handle.sqlite);
      } catch {
        /* a full disk: the deleted rows are already gone, only index leftovers wait for the next close */
      }
    }
    if (changed || !hasAny) this.trySnapshot(handle.sqlite, handle.id, 'close');
  }

  private trySnapshot(sqlite: SqliteHandle, visitId: string, reason: SnapshotReason): SnapshotInfo | null {
    const now = this.clock.now();
    try {
      const info = this.files.take(sqlite, visitId, reason, now);
      this.warnings.delete(visitId);
      const t = this.tracked.get(visitId);
      if (t) {
        t.changesAtSnapshot = totalChanges(sqlite);
        t.lastSnapshotAt = now.getTime();
      }
      const { keepAllHours, keepDailyDays } = this.settings.get().snapshots;
      this.files.prune(visitId, { keepAllHours, keepDailyDays }, now);
      return info;
    } catch (error) {
      this.warnings.set(visitId, describe(error));
      return null;
    }
  }
}

export const totalChanges = (sqlite: SqliteHandle): number => (sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
