/** Why a snapshot was taken; shown on the Versions screen. */
export const snapshotReasons = ['interval', 'close', 'before-migration', 'before-import', 'before-restore', 'manual'] as const;
export type SnapshotReason = (typeof snapshotReasons)[number];

/** One consistent copy of a visit file, kept outside the library folder. */
export interface SnapshotInfo {
  /** The file name without extension; doubles as a stable id. */
  id: string;
  visitId: string;
  createdAt: string;
  reason: SnapshotReason;
  sizeBytes: number;
}

export interface SnapshotListing {
  snapshots: SnapshotInfo[];
  folder: string;
  /** A visible problem with the snapshot folder (missing, full, not writable); the visit keeps working. */
  warning: string | null;
}

export interface CloudSyncWarning {
  service: 'OneDrive' | 'Dropbox' | 'iCloud Drive' | 'Google Drive' | 'a cloud-sync folder';
  path: string;
}

export interface LibrarySafetyStatus {
  cloudSync: CloudSyncWarning | null;
  /** Encrypted visits not yet unlocked in this session. */
  lockedVisits: { visitId: string; fileName: string }[];
  /** Visits that cannot be opened but have a snapshot to restore. */
  recoverable: { visitId: string; fileName: string; problem: string; latest: SnapshotInfo }[];
  /** Snapshots whose visit no longer exists: deleted only after the user confirms. */
  /** title: read from the latest snapshot (null when it is encrypted or unreadable). */
  orphanSnapshots: { visitId: string; count: number; sizeBytes: number; latest: SnapshotInfo; title: string | null }[];
  snapshotWarnings: { visitId: string; message: string }[];
}

export interface VisitSafetyStatus {
  encrypted: boolean;
  snapshotWarning: string | null;
}

/** What an .iccvisit file carries next to the SQLite copy (manifest.json). */
export interface IccVisitManifest {
  format: 'iccvisit';
  formatVersion: 1;
  appVersion: string;
  /** Ids of the migrations applied to the copy: the schema version. */
  schema: string[];
  exportedAt: string;
  encrypted: boolean;
  /** Omitted for encrypted visits, so the manifest does not leak what the file protects. */
  title: string | null;
  database: { name: 'visit.sqlite'; size: number; sha256: string };
}

export interface ImportedVisit {
  visitId: string;
  title: string | null;
  encrypted: boolean;
}
