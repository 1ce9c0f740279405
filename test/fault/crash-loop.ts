/**
 * The write loop of the crash-test writers. Each transaction inserts 1–20 rows and updates a counter row, so a
 * half-applied transaction would show; "ack <seq>" is printed only after COMMIT returned.
 */
import { writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { SqliteHandle } from '../../src/main/db/connection';

export async function waitForGo(): Promise<void> {
  // The test starts writers ahead of time (loading modules is the slow part); each waits for "go" on stdin.
  writeSync(1, 'loaded\n');
  await new Promise((resolveGo) => process.stdin.once('data', resolveGo));
}

export function writeForever(sqlite: SqliteHandle): never {
  // One transaction: run statement by statement, a kill between creating the counter table and inserting its
  // row left a table without a row, which the test then read as a lost write.
  sqlite.exec(`BEGIN IMMEDIATE;
    CREATE TABLE IF NOT EXISTS crash_rows (seq INTEGER NOT NULL, n INTEGER NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (seq, n)) STRICT;
    CREATE TABLE IF NOT EXISTS crash_counter (id INTEGER PRIMARY KEY, rows INTEGER NOT NULL, last_seq INTEGER NOT NULL) STRICT;
    INSERT OR IGNORE INTO crash_counter (id, rows, last_seq) VALUES (1, 0, 0);
    COMMIT;`);
  const insert = sqlite.prepare('INSERT INTO crash_rows (seq, n, payload) VALUES (?, ?, ?)');
  const bump = sqlite.prepare('UPDATE crash_counter SET rows = rows + ?, last_seq = ? WHERE id = 1');
  let seq = (sqlite.prepare('SELECT last_seq FROM crash_counter WHERE id = 1').get() as { last_seq: number }).last_seq;
  const write = sqlite.transaction((s: number, count: number) => {
    for (let n = 0; n < count; n++) insert.run(s, n, randomBytes(64 + Math.floor(Math.random() * 1000)));
    bump.run(count, s);
  });
  writeSync(1, 'ready\n');
  for (;;) {
    seq++;
    write(seq, 1 + Math.floor(Math.random() * 20));
    writeSync(1, `ack ${seq}\n`);
  }
}
