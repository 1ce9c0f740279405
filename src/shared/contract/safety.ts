import { z } from 'zod';
import { fileTokenSchema, idSchema, visitIdInput, type ProducedFile } from './common';
import { method } from './define';
import type { ImportedVisit, LibrarySafetyStatus, SnapshotInfo, SnapshotListing, VisitSafetyStatus } from '../domain/safety';
import type { VisitSummary } from '../domain/visit';

const snapshotIdSchema = z.string().regex(/^\d{8}T\d{9}Z(?:-\d+)?_[a-z-]+$/, 'Not a snapshot of this app.');
/** Passphrases: long enough to resist guessing offline, any characters. */
export const passphraseSchema = z.string().min(8, 'Use at least 8 characters.').max(1024);

export const safetyContract = {
  'snapshots.list': method(visitIdInput)<SnapshotListing>(),
  'snapshots.create': method(visitIdInput)<SnapshotInfo>(),
  /** Snapshots the current state first ('before-restore'), so a restore can be undone. */
  'snapshots.restore': method(z.object({ visitId: idSchema, snapshotId: snapshotIdSchema }))<{ restored: SnapshotInfo; undo: SnapshotInfo | null; visit: VisitSummary }>(),
  /** Also works for a deleted visit's leftover snapshots; the UI asks for confirmation. */
  'snapshots.deleteAll': method(z.object({ visitId: idSchema, confirm: z.literal(true) }))<{ deleted: number }>(),
  'visits.export': method(visitIdInput)<ProducedFile>(),
  'visits.import': method(z.object({ fileToken: fileTokenSchema, passphrase: z.string().max(1024).optional() }))<ImportedVisit>(),
  'visits.unlock': method(z.object({ visitId: idSchema, passphrase: z.string().min(1, 'Enter the passphrase.').max(1024) }))<VisitSummary>(),
  /** next = null removes the encryption. */
  'visits.setPassphrase': method(z.object({ visitId: idSchema, next: passphraseSchema.nullable() }))<VisitSafetyStatus>(),
  'safety.status': method(z.object({}))<LibrarySafetyStatus>(),
  'safety.visitStatus': method(visitIdInput)<VisitSafetyStatus>(),
};
