import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { openSqlite } from '../../db/connection';
import { ENCRYPTED_MARKER_SUFFIX } from '../visit-library';

/**
 * Encrypts, re-keys or decrypts a CLOSED visit file in place (SQLCipher v4 format through SQLite3 Multiple
 * Ciphers). It uses its own connection: re-keying is not possible in WAL mode, and a connection that has run
 * quick_check cannot checkpoint after decrypting (SQLITE_LOCKED), so the library's handle is closed first.
 * The file is put into rollback-journal mode for the rekey (one journaled transaction) and back into WAL.
 */
export function changeKey(path: string, current: string | undefined, next: string | null): void {
  // The marker goes first and leaves last: the library only trusts it while the header is not plain SQLite,
  // so a crash at any point leaves a file that opens the right way.
  if (next !== null && !existsSync(path + ENCRYPTED_MARKER_SUFFIX)) writeFileSync(path + ENCRYPTED_MARKER_SUFFIX, 'This visit file is encrypted (SQLCipher 4).\n');
  const sqlite = openSqlite(path, { passphrase: current });
  try {
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
  } finally {
    sqlite.close();
  }
  if (next === null) rmSync(path + ENCRYPTED_MARKER_SUFFIX, { force: true });
}
