import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../util/errors';

export const LOCK_SUFFIX = '.lock';
/** A lock whose heartbeat is older than this is stale (its writer crashed or lost the disk). */
export const STALE_AFTER_MS = 60_000;

interface LockContent {
  pid: number;
  host: string;
  owner: string;
  heartbeatAt: number;
}

/**
 * One writer at a time across processes: a lock file next to the visit holds the writer's pid, host and a
 * heartbeat. SQLite's own locks only guard single transactions; two app instances writing in turn would still
 * overwrite each other's work (and snapshots would race), so a second process is refused with a clear message.
 * A lock is stale when its process is gone (same host) or its heartbeat stopped (another host, e.g. a share).
 */
export class WriterLocks {
  /** Distinguishes two libraries in one process (a second window on the same visit is refused too). */
  readonly owner = `${process.pid}-${randomBytes(6).toString('hex')}`;
  private readonly held = new Set<string>();

  constructor(private readonly now: () => number = Date.now) {}

  acquire(visitPath: string): void {
    const lockPath = visitPath + LOCK_SUFFIX;
    if (this.held.has(lockPath)) return;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(lockPath, 'wx', 0o600);
        try {
          writeSync(fd, JSON.stringify(this.content()));
        } finally {
          closeSync(fd);
        }
        this.held.add(lockPath);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
      }
      const existing = readLock(lockPath);
      if (existing && !this.isStale(existing)) {
        const where = existing.host === hostname() ? `process ${existing.pid}` : `the computer “${existing.host}”`;
        throw new AppError(
          'locked',
          `“${basename(visitPath)}” is open in another ICC Workbench window or program (${where}). Close it there, then try again; only one may change a visit at a time.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
    throw new AppError('locked', `“${basename(visitPath)}” is being opened by another program right now. Try again in a moment.`);
  }

  release(visitPath: string): void {
    const lockPath = visitPath + LOCK_SUFFIX;
    if (!this.held.delete(lockPath)) return;
    const existing = readLock(lockPath);
    if (!existing || existing.owner === this.owner) rmSync(lockPath, { force: true });
  }

  /** Refreshes every held lock; called by the safety timer. A failure (disk gone) is left to the next beat. */
  heartbeat(): void {
    for (const lockPath of this.held) {
      try {
        writeFileSync(lockPath, JSON.stringify(this.content()));
      } catch {
        /* the visit itself reports a missing disk when it next writes */
      }
    }
  }

  releaseAll(): void {
    for (const lockPath of [...this.held]) this.release(lockPath.slice(0, -LOCK_SUFFIX.length));
  }

  private content(): LockContent {
    return { pid: process.pid, host: hostname(), owner: this.owner, heartbeatAt: this.now() };
  }

  private isStale(lock: LockContent): boolean {
    if (lock.owner === this.owner) return true;
    // On this computer a vanished process frees the lock at once; a reused pid is caught by the heartbeat.
    if (lock.host === hostname() && !processAlive(lock.pid)) return true;
    return this.now() - lock.heartbeatAt > STALE_AFTER_MS;
  }
}

function readLock(lockPath: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockContent>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, owner: String(parsed.owner ?? ''), heartbeatAt: Number(parsed.heartbeatAt ?? 0) };
  } catch {
    // Half-written or unreadable: its writer died while creating it.
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
