import { existsSync, rmSync, writeFileSync } from 'node:fs';
import type { SqliteHandle } from '../../db/connection';
import { ENCRYPTED_MARKER_SUFFIX } from '../visit-library';

/**
 * Encrypts, re-keys or decrypts an open visit in place (SQLCipher v4 format through SQLite3 Multiple Ciphers).
 * Re-keying is not possible in WAL mode, so the file is checkpointed into a single rollback-journal file first
 * and put back into WAL afterwards; the rekey itself runs in one transaction, so a crash leaves either key.
 */
export function changeKey(sqlite: SqliteHandle, path: string, next: string | null): void {
  // The marker goes first and leaves last: the library only trusts it while the header is not plain SQLite,
  // so a crash at any point leaves a file that opens the right way.
  if (next !== null && !existsSync(path + ENCRYPTED_MARKER_SUFFIX)) writeFileSync(path + ENCRYPTED_MARKER_SUFFIX, 'This visit file is encrypted (SQLCipher 4).\n');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
  try {
    if (next !== null) {
      sqlite.pragma(`cipher = 'sqlcipher'`);
      sqlite.pragma('legacy = 4');
    }
    sqlite.rekey(Buffer.from(next ?? '', 'utf8'));
  } finally {
    sqlite.pragma('journal_mode = WAL');
  }
  if (next === null) rmSync(path + ENCRYPTED_MARKER_SUFFIX, { force: true });
}
