import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { openSqlite, type SqliteHandle } from '../../db/connection';
import { APPLICATION_ID, pendingMigrations } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { writeFileAtomic } from '../../util/atomic-file';
import { AppError } from '../../util/errors';
import type { IccVisitManifest, ImportedVisit } from '../../../shared/domain/safety';
import { ENCRYPTED_MARKER_SUFFIX, type VisitLibrary } from '../visit-library';
import { ICCVISIT_LIMITS, readZipSafely, writeZip } from './zip-guard';
import { syncFile } from './snapshots';

export const ICCVISIT_EXTENSION = 'iccvisit';
const DB_ENTRY = 'visit.sqlite';
const MANIFEST_ENTRY = 'manifest.json';
/** Bigger files are refused before being read into memory. */
export const MAX_ICCVISIT_BYTES = ICCVISIT_LIMITS.maxTotalBytes;

const manifestSchema = z.object({
  format: z.literal('iccvisit'),
  formatVersion: z.number().int(),
  appVersion: z.string().max(100),
  schema: z.array(z.string().max(200)).max(10_000),
  exportedAt: z.string().max(100),
  encrypted: z.boolean(),
  title: z.string().max(1000).nullable(),
  database: z.object({ name: z.literal(DB_ENTRY), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const refuse = (message: string) => new AppError('unsupported_file', message);

const appliedIds = (sqlite: SqliteHandle): string[] =>
  (sqlite.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as { id: string }[]).map((r) => r.id);

/**
 * Writes one .iccvisit file: a zip holding manifest.json and a consistent copy of the visit file (VACUUM INTO,
 * so attachments stored in the visit travel with it). An encrypted visit's copy stays encrypted with its key.
 */
export function exportVisit(library: VisitLibrary, visitId: string, appVersion: string, outPath: string, now: Date): IccVisitManifest {
  const handle = library.get(visitId);
  const encrypted = library.isEncrypted(visitId);
  const copy = join(library.visitsDir, `.export-${randomBytes(6).toString('hex')}.partial`);
  let bytes: Buffer;
  try {
    handle.sqlite.prepare('VACUUM INTO ?').run(copy);
    bytes = readFileSync(copy);
  } finally {
    rmSync(copy, { force: true });
  }
  const manifest: IccVisitManifest = {
    format: 'iccvisit',
    formatVersion: 1,
    appVersion,
    schema: appliedIds(handle.sqlite),
    exportedAt: now.toISOString(),
    encrypted,
    title: encrypted ? null : library.summary(visitId).profile.title,
    database: { name: DB_ENTRY, size: bytes.length, sha256: sha256(bytes) },
  };
  // Encrypted pages do not compress; level 1 is fast and already shrinks a plain SQLite file by half or more.
  const zip = writeZip([
    { name: MANIFEST_ENTRY, data: Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), level: 6 },
    { name: DB_ENTRY, data: bytes, level: encrypted ? 0 : 1 },
  ]);
  writeFileAtomic(outPath, zip);
  return manifest;
}

/** Reads and checks everything that can be checked without writing: the container, manifest and checksum. */
export function readIccVisit(filePath: string): { manifest: IccVisitManifest; database: Uint8Array } {
  if (statSync(filePath).size > MAX_ICCVISIT_BYTES) {
    throw new AppError('file_too_large', `This file is larger than ${MAX_ICCVISIT_BYTES / 1024 ** 2} MB, more than a visit file can be. Nothing was written.`);
  }
  const data = readFileSync(filePath);
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
    throw refuse('This is not an .iccvisit file (it is not a zip container). Choose a file made with “Export visit”. Nothing was written.');
  }
  const entries = readZipSafely(data, [MANIFEST_ENTRY, DB_ENTRY]);
  const rawManifest = entries.get(MANIFEST_ENTRY);
  const database = entries.get(DB_ENTRY);
  if (!rawManifest || !database) throw refuse('This .iccvisit file is incomplete: its manifest or its visit data is missing. Nothing was written.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(rawManifest).toString('utf8'));
  } catch {
    throw refuse('The manifest of this .iccvisit file cannot be read. Nothing was written.');
  }
  const version = (parsed as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > 1) {
    throw new AppError('file_too_new', 'This .iccvisit file was made by a newer version of ICC Workbench. Update the app to import it. Nothing was written.');
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success || manifest.data.formatVersion !== 1) throw refuse('The manifest of this .iccvisit file is not valid. Nothing was written.');
  const known = new Set(migrations.map((m) => m.id));
  const unknown = manifest.data.schema.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      'file_too_new',
      `This visit was exported by a newer version of ICC Workbench (${manifest.data.appVersion}; schema step ${unknown.sort().at(-1)}). Update the app to import it. Nothing was written.`,
    );
  }
  if (database.length !== manifest.data.database.size || sha256(database) !== manifest.data.database.sha256) {
    throw refuse('This .iccvisit file has been changed or damaged since it was exported (its checksum does not match). It was refused; nothing was written.');
  }
  return { manifest: manifest.data as IccVisitManifest, database };
}

/**
 * Adds an .iccvisit file as a NEW visit (new id): never replaces an existing one. The database is written under
 * a temporary name, opened and checked (integrity, application id, schema), and only then renamed into the library.
 */
export function importVisit(library: VisitLibrary, filePath: string, options: { passphrase?: string } = {}): ImportedVisit {
  const { manifest, database } = readIccVisit(filePath);
  if (manifest.encrypted && !options.passphrase) {
    throw new AppError('wrong_passphrase', 'This visit file is encrypted. Enter its passphrase to import it.');
  }
  const existingTitles = new Set(library.list().visits.map((v) => v.profile.title));
  const visitId = randomUUID();
  const finalPath = library.pathFor(visitId);
  const tmp = join(library.visitsDir, `.import-${randomBytes(6).toString('hex')}.partial`);
  const cleanup = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(tmp + suffix, { force: true });
  };
  try {
    writeFileSync(tmp, database, { mode: 0o600 });
    syncFile(tmp);
    let sqlite: SqliteHandle;
    try {
      sqlite = openSqlite(tmp, { passphrase: manifest.encrypted ? options.passphrase : undefined });
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
        throw manifest.encrypted
          ? new AppError('wrong_passphrase', 'This passphrase does not open the visit in this file. Check it and try again. Nothing was written.')
          : refuse('The visit data in this .iccvisit file is not a SQLite database. Nothing was written.');
      }
      throw error;
    }
    try {
      const check = sqlite.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw refuse(`The visit in this .iccvisit file is damaged (${String(check)}). Nothing was written.`);
      if ((sqlite.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
        throw refuse('The database in this file was not made by ICC Workbench. Nothing was written.');
      }
      pendingMigrations(sqlite);
      const hasProfile = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'visit_profile'`).get();
      if (!hasProfile) throw refuse('This file holds no visit (its city profile is missing). Nothing was written.');
      sqlite.prepare('UPDATE visit_profile SET visit_id = ? WHERE id = 1').run(visitId);
      distinguishTitle(sqlite, existingTitles);
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
    if (existsSync(finalPath)) throw new AppError('conflict', 'A visit with this id already exists. Try the import again.');
    if (manifest.encrypted) writeFileSync(finalPath + ENCRYPTED_MARKER_SUFFIX, 'This visit file is encrypted (SQLCipher 4).\n');
    renameSync(tmp, finalPath);
  } catch (error) {
    cleanup();
    rmSync(finalPath + ENCRYPTED_MARKER_SUFFIX, { force: true });
    throw error;
  }
  cleanup();
  if (manifest.encrypted) library.rememberPassphrase(visitId, options.passphrase!);
  return { visitId, title: library.summary(visitId).profile.title, encrypted: manifest.encrypted };
}

/** A second copy of a visit gets "(2)", "(3)"… so the list never shows two visits that cannot be told apart. */
function distinguishTitle(sqlite: SqliteHandle, existing: Set<string>): void {
  const row = sqlite.prepare('SELECT profile_json FROM visit_profile WHERE id = 1').get() as { profile_json: string } | undefined;
  if (!row) return;
  const profile = JSON.parse(row.profile_json) as { title?: unknown };
  if (typeof profile.title !== 'string' || !existing.has(profile.title)) return;
  let n = 2;
  while (existing.has(`${profile.title} (${n})`)) n++;
  profile.title = `${profile.title.slice(0, 190)} (${n})`;
  sqlite.prepare('UPDATE visit_profile SET profile_json = ? WHERE id = 1').run(JSON.stringify(profile));
}
