import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
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
  /** Called with the file path before a migration changes an existing file (snapshots hook in here). */
  beforeMigrate?(path: string, visitId: string): void;
  /** Called after a visit was opened for writing (locks, snapshot timers hook in here). */
  afterOpen?(handle: VisitHandle): void;
  /** Called before a visit is closed or deleted. */
  beforeClose?(handle: VisitHandle): void;
}

/**
 * The library folder: one SQLite file per visit under <dataDir>/visits. Keeps open handles so each
 * visit is opened, checked and migrated once per process.
 */
export class VisitLibrary {
  readonly visitsDir: string;
  private readonly open = new Map<string, VisitHandle>();

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
    const sqlite = openSqlite(path, { create: true });
    try {
      migrate(sqlite);
      const now = this.clock.now().toISOString();
      sqlite
        .prepare('INSERT INTO visit_profile (id, visit_id, profile_json, is_demo, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)')
        .run(id, JSON.stringify(visitProfileSchema.parse(profile)), options.isDemo ? 1 : 0, now, now);
    } catch (error) {
      sqlite.close();
      removeVisitFiles(path);
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
    let sqlite: SqliteHandle;
    try {
      sqlite = openSqlite(path);
    } catch (error) {
      throw describeOpenError(basename(path), error);
    }
    try {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new AppError('file_unreadable', `The visit file “${basename(path)}” is damaged (${String(check)}). Restore it from a snapshot in Versions.`);
      if (pendingMigrations(sqlite).length > 0) {
        this.hooks.beforeMigrate?.(path, visitId);
        migrate(sqlite);
      }
    } catch (error) {
      sqlite.close();
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
    } finally {
      handle.sqlite.close();
    }
  }

  delete(visitId: string): void {
    const path = this.pathFor(visitId);
    if (!existsSync(path)) throw notFound('This visit');
    this.close(visitId);
    removeVisitFiles(path);
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
    this.hooks.afterOpen?.(handle);
    return handle;
  }
}

export function removeVisitFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
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
