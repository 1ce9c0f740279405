/**
 * Safety benchmarks: snapshot time of a 100 MB visit (target ≤ 2 s), export and import of that visit as an
 * .iccvisit, and the cost of encryption at rest on inserts and full-text search (target ≤ 1.5x).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, type Api } from '../../src/main/api/create-api';
import { openSqlite, type SqliteHandle } from '../../src/main/db/connection';
import { safetyOf } from '../../src/main/services/safety/safety-service';
import { exportVisit, importVisit } from '../../src/main/services/safety/iccvisit';
import { median, ms, ratio, table } from './stats';

const TARGET_BYTES = 100 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'icc-bench-safety-'));
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

// Note-like text from a vocabulary, so it compresses like real notes (not like zeros).
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const vocabulary = Array.from({ length: 5000 }, () => Array.from({ length: 3 + Math.floor(rand() * 8) }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join(''));
const sentence = (words: number) => Array.from({ length: words }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' ');

function fill(sqlite: SqliteHandle, bytes: number): number {
  sqlite.exec('CREATE TABLE IF NOT EXISTS bench_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = sqlite.prepare('INSERT INTO bench_notes (body) VALUES (?)');
  let rows = 0;
  const batch = sqlite.transaction(() => {
    for (let i = 0; i < 5000; i++) insert.run(sentence(300));
  });
  while (statSync(sqlite.name).size + (statSync(`${sqlite.name}-wal`, { throwIfNoEntry: false })?.size ?? 0) < bytes) {
    batch();
    rows += 5000;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  }
  return rows;
}

const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

function newApi(sub: string): Api {
  return createApi({ dataDir: join(dir, sub), transport: 'browser', appVersion: 'bench', safetyTickMs: 0 });
}
const profile = { title: 'Bench', city: 'Lindenhaven', country: 'NL', population: null, foreignBornShare: null, startDate: null, endDate: null, experts: [], workingLanguage: 'en' as const, notes: '' };

/** A plain and an encrypted file with the same FTS content; the bulk load is timed as the first measure. */
function cryptoDb(passphrase: string | undefined) {
  const path = join(dir, `crypto-${passphrase ? 'enc' : 'plain'}.sqlite`);
  const db = openSqlite(path, { create: true, passphrase });
  db.exec("CREATE VIRTUAL TABLE fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO fts (body) VALUES (?)');
  seed = 7;
  const bulk = time(() =>
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(sentence(120));
    })(),
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  // The page cache is the app's own (openSqlite), as users get it.
  const query = db.prepare("SELECT rowid, snippet(fts, 0, '[', ']', '…', 8) AS s FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20");
  return { db, insert, query, bulk, size: () => statSync(path).size };
}

/**
 * The machine is shared, so plain and encrypted runs alternate in small rounds and each figure is the median of
 * its rounds: a burst of load elsewhere then hits both sides alike.
 */
function cryptoComparison() {
  const sides = [cryptoDb(undefined), cryptoDb('bench passphrase')] as const;
  const single: [number[], number[]] = [[], []];
  const search: [number[], number[]] = [[], []];
  for (let round = 0; round < 8; round++) {
    sides.forEach((side, k) => {
      single[k]!.push(time(() => {
        for (let i = 0; i < 40; i++) side.insert.run(sentence(120));
      }) / 40);
      for (let i = 0; i < 40; i++) {
        const word = vocabulary[(round * 40 + i) * 13 % vocabulary.length]!;
        search[k]!.push(time(() => side.query.all(`${word}*`)));
      }
    });
  }
  const result = { bulk: [sides[0].bulk, sides[1].bulk], single: single.map(median), search: search.map(median), size: sides[0].size() };
  for (const side of sides) side.db.close();
  return result;
}

// 1. Snapshot, export and import of a 100 MB visit.
const api = newApi('lib');
const visit = api.ctx.library.create(profile);
const handle = api.ctx.library.get(visit.id);
const t0 = performance.now();
const rows = fill(handle.sqlite, TARGET_BYTES);
const fillMs = performance.now() - t0;
const size = statSync(handle.path).size;
const safety = safetyOf(api.ctx.library)!;
const snapshots: number[] = [];
for (let i = 0; i < 3; i++) snapshots.push(time(() => safety.snapshotNow(visit.id)));
const out = join(dir, 'bench.iccvisit');
const exports: number[] = [];
for (let i = 0; i < 2; i++) exports.push(time(() => exportVisit(api.ctx.library, visit.id, 'bench', out, new Date())));
const other = newApi('other');
const imports: number[] = [];
for (let i = 0; i < 2; i++) imports.push(time(() => importVisit(other.ctx.library, out)));

console.log(`Visit: ${mb(size)} (${rows} note rows, filled in ${ms(fillMs)}); .iccvisit: ${mb(statSync(out).size)}\n`);
console.log(
  table(
    ['Operation (100 MB visit)', 'median', 'runs', 'target'],
    [
      ['Snapshot (VACUUM INTO + fsync + retention)', ms(median(snapshots)), snapshots.length, `≤ 2000 ms ${median(snapshots) <= 2000 ? '✓' : '✗'}`],
      ['Export .iccvisit (copy, SHA-256, zip level 1)', ms(median(exports)), exports.length, '—'],
      ['Import .iccvisit (unzip with guards, SHA-256, integrity_check)', ms(median(imports)), imports.length, '—'],
    ],
  ),
);
api.close();
other.close();

// 2. Encryption overhead.
const c = cryptoComparison();
console.log('');
console.log(
  table(
    ['Encryption at rest (SQLCipher 4)', 'plain', 'encrypted', 'ratio', 'target'],
    [
      ['20,000 FTS inserts, one transaction', ms(c.bulk[0]!), ms(c.bulk[1]!), ratio(c.bulk[1]!, c.bulk[0]!), '≤ 1.5x'],
      ['Insert, one transaction each (autosave; median of 8 rounds × 40)', ms(c.single[0]!), ms(c.single[1]!), ratio(c.single[1]!, c.single[0]!), '≤ 1.5x'],
      [`FTS prefix search (median of 320; ${mb(c.size)} index, 16 MB page cache as in the app)`, ms(c.search[0]!), ms(c.search[1]!), ratio(c.search[1]!, c.search[0]!), '≤ 1.5x'],
    ],
  ),
);
rmSync(dir, { recursive: true, force: true });
