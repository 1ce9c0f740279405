import type { safetyContract } from '../../../shared/contract/safety';
import type { LibrarySafetyStatus } from '../../../shared/domain/safety';
import { AppError } from '../../util/errors';
import { detectCloudSync } from '../../services/safety/cloud-sync';
import { changeKey } from '../../services/safety/encryption';
import { exportVisit, importVisit } from '../../services/safety/iccvisit';
import { restoreSnapshot } from '../../services/safety/restore';
import { safetyOf, type SafetyService } from '../../services/safety/safety-service';
import { join } from 'node:path';
import { openSqlite } from '../../db/connection';
import { hasPlainSqliteHeader, VISIT_FILE_SUFFIX } from '../../services/visit-library';
import type { ApiContext } from '../context';
import type { HandlerGroup } from '../dispatcher';

const safety = (ctx: ApiContext): SafetyService => {
  const service = safetyOf(ctx.library);
  if (!service) throw new AppError('internal', 'Snapshots are not available in this session. Restart ICC Workbench.');
  return service;
};

/** The visit title inside a plain snapshot, so the user knows which deleted visit its versions belong to. */
function snapshotTitle(path: string): string | null {
  if (!hasPlainSqliteHeader(path)) return null;
  try {
    const db = openSqlite(path, { readonly: true });
    try {
      const row = db.prepare('SELECT profile_json FROM visit_profile WHERE id = 1').get() as { profile_json: string } | undefined;
      const title = row ? (JSON.parse(row.profile_json) as { title?: unknown }).title : null;
      return typeof title === 'string' ? title : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

const fileNameDate = (now: Date) => now.toISOString().slice(0, 10);
const safeTitle = (title: string) => title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 60) || 'visit';

function libraryStatus(ctx: ApiContext): LibrarySafetyStatus {
  const service = safety(ctx);
  const listing = ctx.library.list();
  const status: LibrarySafetyStatus = {
    cloudSync: detectCloudSync(ctx.dataDir, service.snapshotRoot().path),
    lockedVisits: [],
    recoverable: [],
    orphanSnapshots: [],
    snapshotWarnings: service.allWarnings(),
  };
  for (const u of listing.unreadable) {
    const visitId = u.fileName.slice(0, -VISIT_FILE_SUFFIX.length);
    if (ctx.library.isEncrypted(visitId) && !ctx.library.isUnlocked(visitId)) {
      status.lockedVisits.push({ visitId, fileName: u.fileName });
      continue;
    }
    const latest = service.files.list(visitId)[0];
    if (latest) status.recoverable.push({ visitId, fileName: u.fileName, problem: u.problem, latest });
  }
  const known = new Set([...listing.visits.map((v) => v.id), ...listing.unreadable.map((u) => u.fileName.slice(0, -VISIT_FILE_SUFFIX.length))]);
  for (const visitId of service.files.visitIds()) {
    if (known.has(visitId)) continue;
    const snapshots = service.files.list(visitId);
    if (snapshots.length) status.orphanSnapshots.push({ visitId, count: snapshots.length, sizeBytes: snapshots.reduce((n, s) => n + s.sizeBytes, 0), latest: snapshots[0]!, title: snapshotTitle(join(service.files.folderFor(visitId), `${snapshots[0]!.id}.sqlite`)) });
  }
  return status;
}

export const safetyHandlers: HandlerGroup<keyof typeof safetyContract> = {
  'snapshots.list': ({ visitId }, ctx) => safety(ctx).list(visitId),
  'snapshots.create': ({ visitId }, ctx) => safety(ctx).snapshotNow(visitId),
  'snapshots.restore': ({ visitId, snapshotId }, ctx) => restoreSnapshot(ctx.library, safety(ctx), visitId, snapshotId, ctx.clock.now()),
  'snapshots.deleteAll': ({ visitId }, ctx) => {
    ctx.library.pathFor(visitId);
    return { deleted: safety(ctx).files.removeAll(visitId) };
  },
  'visits.export': ({ visitId }, ctx) => {
    const summary = ctx.library.summary(visitId);
    const now = ctx.clock.now();
    const out = ctx.files.tempPath('.iccvisit');
    exportVisit(ctx.library, visitId, ctx.appVersion, out, now);
    return ctx.files.produced(out, `${safeTitle(summary.profile.title)} ${fileNameDate(now)}.iccvisit`, 'application/vnd.icc-workbench.visit+zip');
  },
  'visits.import': ({ fileToken, passphrase }, ctx) => importVisit(ctx.library, ctx.files.resolve(fileToken).path, { passphrase }),
  'visits.unlock': ({ visitId, passphrase }, ctx) => ctx.library.unlock(visitId, passphrase),
  'visits.setPassphrase': ({ visitId, next }, ctx) => {
    const { library } = ctx;
    const { path } = library.get(visitId);
    const wasEncrypted = library.isEncrypted(visitId);
    if (!wasEncrypted && next === null) throw new AppError('invalid_input', 'This visit is not encrypted.');
    // Snapshots are copies under the key of their time: keep one of the state before a re-key or decryption.
    if (wasEncrypted) safety(ctx).snapshot(visitId, 'manual');
    safety(ctx).markQuietClose(visitId, true);
    try {
      library.close(visitId);
    } finally {
      safety(ctx).markQuietClose(visitId, false);
    }
    changeKey(path, library.passphraseFor(visitId), next);
    library.rememberPassphrase(visitId, next);
    library.get(visitId);
    if (!wasEncrypted) {
      // Unencrypted older versions would leave the protected data readable on disk: replace them by an encrypted one.
      safety(ctx).files.removeAll(visitId);
      safety(ctx).snapshot(visitId, 'manual');
    }
    return { encrypted: next !== null, snapshotWarning: safety(ctx).warningFor(visitId) };
  },
  'safety.status': (_input, ctx) => libraryStatus(ctx),
  'safety.visitStatus': ({ visitId }, ctx) => {
    ctx.library.pathFor(visitId);
    return { encrypted: ctx.library.isEncrypted(visitId), snapshotWarning: safety(ctx).warningFor(visitId) };
  },
};
