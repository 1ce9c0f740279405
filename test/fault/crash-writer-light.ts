/**
 * Crash-test writer, "light" flavour: the same writer lock and the same openSqlite settings (WAL,
 * synchronous=FULL, foreign keys, secure_delete) as the app, without loading the whole library (zod and the
 * migrations), so that 200 processes can start in well under two minutes on two cores.
 */
import { openSqlite } from '../../src/main/db/connection';
import { WriterLocks } from '../../src/main/services/safety/writer-lock';
import { waitForGo, writeForever } from './crash-loop';

const [path] = process.argv.slice(2) as [string];
await waitForGo();
new WriterLocks().acquire(path);
writeForever(openSqlite(path));
