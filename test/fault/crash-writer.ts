/**
 * The writer the crash test kills: a real process that opens a visit through the app's library and safety
 * service (writer lock, WAL + synchronous=FULL from openSqlite) and commits transactions in a loop. After each COMMIT
 * returns it prints "ack <seq>": the parent counts a write as acknowledged only once it has read that line.
 * Each transaction inserts 1–20 rows and updates a counter row, so a half-applied transaction would show.
 */
import { writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { VisitLibrary } from '../../src/main/services/visit-library';
import { SettingsStore } from '../../src/main/services/settings';
import { SafetyService } from '../../src/main/services/safety/safety-service';
import { systemClock } from '../../src/main/util/clock';

const [dataDir, visitId] = process.argv.slice(2) as [string, string];
// The test starts writers ahead of time (loading modules is the slow part); each waits for "go" on stdin.
writeSync(1, 'loaded\n');
await new Promise((resolveGo) => process.stdin.once('data', resolveGo));

// The library and safety service exactly as createApi wires them (without loading every API handler,
// which would make each of the 200 starts slow).
const safety = new SafetyService(dataDir, new SettingsStore(dataDir), systemClock);
const library = new VisitLibrary(dataDir, systemClock, safety.hooks);
safety.attach(library);
const { sqlite } = library.get(visitId);
sqlite.exec(`CREATE TABLE IF NOT EXISTS crash_rows (seq INTEGER NOT NULL, n INTEGER NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (seq, n)) STRICT;
  CREATE TABLE IF NOT EXISTS crash_counter (id INTEGER PRIMARY KEY, rows INTEGER NOT NULL, last_seq INTEGER NOT NULL) STRICT;
  INSERT OR IGNORE INTO crash_counter (id, rows, last_seq) VALUES (1, 0, 0);`);
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
