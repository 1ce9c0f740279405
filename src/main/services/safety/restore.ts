import { copyFileSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openSqlite } from '../../db/connection';
import { APPLICATION_ID, pendingMigrations } from '../../db/migrate';
import { AppError } from '../../util/errors';
import type { SnapshotInfo } from '../../../shared/domain/safety';
import type { VisitSummary } from '../../../shared/domain/visit';
import { ENCRYPTED_MARKER_SUFFIX, hasPlainSqliteHeader, type VisitLibrary } from '../visit-library';
import type { SafetyService } from './safety-service';
import { syncFile } from './snapshots';

export interface RestoreResult {
  restored: SnapshotInfo;
  /** The state just before the restore, so the restore itself can be undone; null if the file was unreadable. */
  undo: SnapshotInfo | null;
  visit: VisitSummary;
}

/**
 * Puts a snapshot back as the visit file. The snapshot is checked on a copy first (integrity, application id,
 * schema); then the current state is snapshotted ('before-restore'), the visit closed, the copy renamed over the
 * file and the visit reopened. A damaged current file is kept as a raw copy instead of a snapshot.
 */
export function restoreSnapshot(library: VisitLibrary, safety: SafetyService, visitId: string, snapshotId: string, now: Date): RestoreResult {
  const source = safety.files.pathOf(visitId, snapshotId);
  const restored = safety.files.list(visitId).find((s) => s.id === snapshotId)!;
  const path = library.pathFor(visitId);
  const tmp = join(library.visitsDir, `.restore-${randomBytes(6).toString('hex')}.partial`);
  const cleanup = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(tmp + suffix, { force: true });
  };
  try {
    copyFileSync(source, tmp);
    const plain = hasPlainSqliteHeader(tmp);
    const passphrase = plain ? undefined : library.passphraseFor(visitId);
    if (!plain && passphrase === undefined) {
      throw new AppError('locked', 'This version is encrypted. Unlock the visit with its passphrase first, then restore it.');
    }
    let check: unknown;
    try {
      const db = openSqlite(tmp, { passphrase });
      try {
        check = db.pragma('integrity_check', { simple: true });
        if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) check = 'not an ICC Workbench visit';
        pendingMigrations(db);
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
        throw new AppError('wrong_passphrase', 'This version was saved under another passphrase (or is damaged), so it cannot be restored with the current one.');
      }
      check = error instanceof Error ? error.message : String(error);
    }
    if (check !== 'ok') throw new AppError('file_unreadable', `This version is damaged (${String(check)}) and cannot be restored. Choose an older one.`);
    syncFile(tmp);

    let undo: SnapshotInfo | null = null;
    if (existsSync(path)) {
      try {
        undo = safety.files.take(library.get(visitId).sqlite, visitId, 'before-restore', now);
      } catch (error) {
        // Another process holds the visit: it must not be replaced under its feet.
        if (error instanceof AppError && error.code === 'locked') throw error;
        const raw = join(safety.files.folderFor(visitId), `${now.toISOString().replace(/[-:]/g, '').replace('.', '')}_before-restore.sqlite`);
        if (!existsSync(raw)) copyFileSync(path, raw);
      }
    }
    safety.markQuietClose(visitId, true);
    try {
      library.close(visitId);
    } finally {
      safety.markQuietClose(visitId, false);
    }
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
    if (plain) rmSync(path + ENCRYPTED_MARKER_SUFFIX, { force: true });
    else writeFileSync(path + ENCRYPTED_MARKER_SUFFIX, 'This visit file is encrypted (SQLCipher 4).\n');
    renameSync(tmp, path);
    return { restored, undo, visit: library.summary(visitId) };
  } finally {
    cleanup();
  }
}
