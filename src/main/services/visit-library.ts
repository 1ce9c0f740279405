import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { visitProfileSchema, type VisitLibraryListing, type VisitProfile, type VisitSummary } from '../../shared/domain/visit';
import { kyselyFor, openSqlite, type SqliteHandle } from '../db/connection';
import { migrate, pendingMigrations } from '../db/migrate';
import type { VisitDatabase } from '../db/schema';
import { AppError, notFound } from '../util/errors';
import type { Clock } from '../util/clock';
import { describeOpenError } from './visit-file-errors';

export const VISIT_FILE_SUFFIX = '.visit.sqlite';
const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** An open visit file: raw handle for synchronous transactions, Kysely for typed queries. */
export interface VisitHandle {
  id: string;
  path: string;
  sqlite: SqliteHandle;
  db: Kysely<VisitDatabase>;
}

export interface VisitLibraryHooks {
  /** Called before a visit file is opened for writing; throwing refuses the open (the writer lock hooks in here). */
  beforeOpen?(path: string, visitId: string): void;
  /** Called with the file path before a migration changes an existing file (snapshots hook in here). */
  beforeMigrate?(path: string, visitId: string, sqlite: SqliteHandle): void;
  /** Called after a visit was opened for writing (locks, snapshot timers hook in here). */
  afterOpen?(handle: VisitHandle): void;
  /** Called before a visit is closed or deleted. */
  beforeClose?(handle: VisitHandle): void;
  /** Called once the file is closed (or failed to open after beforeOpen): the writer lock is released here. */
  afterClose?(visitId: string, path: string): void;
}

/** Marks a visit file as encrypted: its bytes alone cannot tell an encrypted file from a damaged one. */
export const ENCRYPTED_MARKER_SUFFIX = '.encrypted';

/**
 * The library folder: one SQLite file per visit under <dataDir>/visits. Keeps open handles so each
 * visit is opened, checked and migrated once per process.
 */
export class VisitLibrary {
  readonly visitsDir: string;
  private readonly open = new Map<string, VisitHandle>();
  /** Passphrases of unlocked encrypted visits, in memory for this process only. */
  private readonly passphrases = new Map<string, string>();

  constructor(
    readonly dataDir: string,
    private readonly clock: Clock,
    private readonly hooks: VisitLibraryHooks = {},
  ) {
    this.visitsDir = join(dataDir, 'visits');
    mkdirSync(this.visitsDir, { recursive: true });
  }

  pathFor(visitId: string): string {
    if (!ID_PATTERN.test(visitId)) throw new AppError('invalid_input', 'This is not a valid visit id.');
    return join(this.visitsDir, `${visitId}${VISIT_FILE_SUFFIX}`);
  }

  list(): VisitLibraryListing {
    const listing: VisitLibraryListing = { visits: [], unreadable: [], dataDir: this.dataDir };
    for (const fileName of readdirSync(this.visitsDir).sort()) {
      if (!fileName.endsWith(VISIT_FILE_SUFFIX)) continue;
      const id = fileName.slice(0, -VISIT_FILE_SUFFIX.length);
      try {
        listing.visits.push(this.summary(id));
      } catch (error) {
        listing.unreadable.push({ fileName, problem: error instanceof AppError ? error.message : String(error) });
      }
    }
    listing.visits.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return listing;
  }

  create(profile: VisitProfile, options: { isDemo?: boolean; id?: string } = {}): VisitSummary {
    const id = options.id ?? randomUUID();
    const path = this.pathFor(id);
    if (existsSync(path)) throw new AppError('conflict', 'A visit with this id already exists.');
    this.hooks.beforeOpen?.(path, id);
    let sqlite: SqliteHandle;
    try {
      sqlite = openSqlite(path, { create: true });
    } catch (error) {
      this.hooks.afterClose?.(id, path);
      throw error;
    }
    try {
      migrate(sqlite);
      const now = this.clock.now().toISOString();
      sqlite
        .prepare('INSERT INTO visit_profile (id, visit_id, profile_json, is_demo, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)')
        .run(id, JSON.stringify(visitProfileSchema.parse(profile)), options.isDemo ? 1 : 0, now, now);
    } catch (error) {
      sqlite.close();
      removeVisitFiles(path);
      this.hooks.afterClose?.(id, path);
      throw error;
    }
    this.register(id, path, sqlite);
    return this.summary(id);
  }

  /** Opens (once) for reading and writing, checking and migrating the file first. */
  get(visitId: string): VisitHandle {
    const cached = this.open.get(visitId);
    if (cached) return cached;
    const path = this.pathFor(visitId);
    if (!existsSync(path)) throw notFound('This visit');
    const passphrase = this.passphrases.get(visitId);
    if (this.isEncrypted(visitId) && passphrase === undefined) {
      throw new AppError('locked', `The visit file “${basename(path)}” is encrypted. Unlock it with its passphrase first.`);
    }
    this.hooks.beforeOpen?.(path, visitId);
    let sqlite: SqliteHandle;
    try {
      sqlite = openSqlite(path, { passphrase });
    } catch (error) {
      this.hooks.afterClose?.(visitId, path);
      throw describeOpenError(basename(path), error);
    }
    try {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new AppError('file_unreadable', `The visit file “${basename(path)}” is damaged (${String(check)}). Restore it from a snapshot in Versions.`);
      if (pendingMigrations(sqlite).length > 0) {
        this.hooks.beforeMigrate?.(path, visitId, sqlite);
        migrate(sqlite);
      }
    } catch (error) {
      sqlite.close();
      this.hooks.afterClose?.(visitId, path);
      throw describeOpenError(basename(path), error);
    }
    return this.register(visitId, path, sqlite);
  }

  summary(visitId: string): VisitSummary {
    const handle = this.get(visitId);
    const row = handle.sqlite.prepare('SELECT visit_id, profile_json, is_demo, created_at, updated_at FROM visit_profile WHERE id = 1').get() as
      | { visit_id: string; profile_json: string; is_demo: number; created_at: string; updated_at: string }
      | undefined;
    if (!row) throw new AppError('file_unreadable', `The visit file “${basename(handle.path)}” has no city profile. Restore it from a snapshot in Versions.`);
    const parsed = visitProfileSchema.safeParse(JSON.parse(row.profile_json));
    if (!parsed.success) throw new AppError('file_unreadable', `The city profile in “${basename(handle.path)}” could not be read.`);
    return {
      id: visitId,
      fileName: basename(handle.path),
      profile: parsed.data,
      createdAt: row.created_at,
      updatedAt: lastChange(handle.path, row.updated_at),
      sizeBytes: fileSize(handle.path),
      isDemo: row.is_demo === 1,
    };
  }

  updateProfile(visitId: string, profile: VisitProfile): VisitSummary {
    const { sqlite } = this.get(visitId);
    sqlite
      .prepare('UPDATE visit_profile SET profile_json = ?, updated_at = ? WHERE id = 1')
      .run(JSON.stringify(visitProfileSchema.parse(profile)), this.clock.now().toISOString());
    return this.summary(visitId);
  }

  close(visitId: string): void {
    const handle = this.open.get(visitId);
    if (!handle) return;
    this.hooks.beforeClose?.(handle);
    this.open.delete(visitId);
    // Checkpoint so the visit is one self-contained file when the app is not running.
    try {
      handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A full disk (or a reader elsewhere) can stop the checkpoint; the WAL is intact and is replayed on the next open.
    } finally {
      handle.sqlite.close();
      this.hooks.afterClose?.(visitId, handle.path);
    }
  }

  /** An encrypted visit is listed as unreadable and refuses to open until its passphrase is given. */
  isEncrypted(visitId: string): boolean {
    const path = this.pathFor(visitId);
    return existsSync(path + ENCRYPTED_MARKER_SUFFIX) && !hasPlainSqliteHeader(path);
  }

  isUnlocked(visitId: string): boolean {
    return this.passphrases.has(visitId);
  }

  /** Remembers (or forgets, with null) the passphrase this process uses to open an encrypted visit. */
  rememberPassphrase(visitId: string, passphrase: string | null): void {
    if (passphrase === null) this.passphrases.delete(visitId);
    else this.passphrases.set(visitId, passphrase);
  }

  /** Checks the passphrase on a read-only connection first: a wrong one gets a clear message and changes nothing. */
  unlock(visitId: string, passphrase: string): VisitSummary {
    const path = this.pathFor(visitId);
    if (!existsSync(path)) throw notFound('This visit');
    if (!this.isEncrypted(visitId)) throw new AppError('invalid_input', 'This visit is not encrypted, so it needs no passphrase.');
    if (this.open.has(visitId)) return this.summary(visitId);
    try {
      openSqlite(path, { passphrase, readonly: true }).close();
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
        throw new AppError('wrong_passphrase', `This passphrase does not open “${basename(path)}”. Check it (capitals count) and try again; the file was not changed.`);
      }
      throw describeOpenError(basename(path), error);
    }
    this.passphrases.set(visitId, passphrase);
    return this.summary(visitId);
  }

  passphraseFor(visitId: string): string | undefined {
    return this.passphrases.get(visitId);
  }

  delete(visitId: string): void {
    const path = this.pathFor(visitId);
    if (!existsSync(path)) throw notFound('This visit');
    this.close(visitId);
    removeVisitFiles(path);
    this.passphrases.delete(visitId);
  }

  closeAll(): void {
    for (const id of [...this.open.keys()]) this.close(id);
  }

  isOpen(visitId: string): boolean {
    return this.open.has(visitId);
  }

  private register(id: string, path: string, sqlite: SqliteHandle): VisitHandle {
    const handle: VisitHandle = { id, path, sqlite, db: kyselyFor(sqlite) };
    this.open.set(id, handle);
    try {
      this.hooks.afterOpen?.(handle);
    } catch (error) {
      this.open.delete(id);
      sqlite.close();
      this.hooks.afterClose?.(id, path);
      throw error;
    }
    return handle;
  }
}

export function removeVisitFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal', ENCRYPTED_MARKER_SUFFIX]) rmSync(`${path}${suffix}`, { force: true });
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Plain SQLite files start with a fixed header; encrypted ones start with random salt. */
export function hasPlainSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.equals(SQLITE_MAGIC);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const fileSize = (path: string): number => {
  let total = 0;
  for (const suffix of ['', '-wal']) if (existsSync(path + suffix)) total += statSync(path + suffix).size;
  return total;
};

/** Any edit touches the file or its WAL, so the newest modification time is the visit's last change. */
const lastChange = (path: string, recorded: string): string => {
  let newest = Date.parse(recorded) || 0;
  for (const suffix of ['', '-wal']) if (existsSync(path + suffix)) newest = Math.max(newest, statSync(path + suffix).mtimeMs);
  return new Date(newest).toISOString();
};
