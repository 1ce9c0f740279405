import Database from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import type { VisitDatabase } from './schema';

export type SqliteHandle = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Create the file when it does not exist (only for new visits). */
  create?: boolean;
  /** Passphrase of an encrypted visit; applied before anything else reads the file. */
  passphrase?: string;
}

/**
 * Opens a SQLite file with the settings every visit file relies on:
 * WAL (readers never block the writer), synchronous=FULL (a committed write survives power loss),
 * foreign keys on, secure_delete (erased personal data is overwritten, not left in free pages).
 */
export function openSqlite(path: string, options: OpenOptions = {}): SqliteHandle {
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: !options.create,
    timeout: 5000,
    // In the Electron app the driver is a separate build for Electron's ABI (see scripts/start.mjs).
    nativeBinding: process.env.ICC_SQLITE_NATIVE_BINDING || undefined,
  });
  try {
    if (options.passphrase !== undefined) {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma(`legacy=4`);
      db.key(Buffer.from(options.passphrase, 'utf8'));
    }
    // Reading the schema fails fast with SQLITE_NOTADB for a non-SQLite or wrongly keyed file.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    // 16 MB page cache (SQLite's default is 2 MB): search and autosave touch the FTS index often, and in an
    // encrypted visit every page read from disk must also be decrypted.
    db.pragma('cache_size = -16384');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function kyselyFor(sqlite: SqliteHandle): Kysely<VisitDatabase> {
  return new Kysely<VisitDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
}
