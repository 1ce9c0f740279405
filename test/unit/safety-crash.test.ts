import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { createApi } from '../../src/main/api/create-api';
import { openSqlite } from '../../src/main/db/connection';
import { LOCK_SUFFIX } from '../../src/main/services/safety/writer-lock';

const ROOT = resolve(import.meta.dirname, '../..');
const KILLS = Number(process.env.CRASH_KILLS ?? 200);

interface Writer {
  loaded: Promise<void>;
  /** Lets the writer open the visit and write, kills it at a random moment, resolves the last acknowledged seq. */
  run(waitForAck: boolean): Promise<number>;
}

/** Starts a writer that loads its modules and then waits; several are warmed up in parallel. */
function startWriter(child: string, args: string[]): Writer {
  const proc = spawn(process.execPath, [child, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let lastAck = 0;
  let onAck: (() => void) | undefined;
  let markLoaded: () => void = () => {};
  const loaded = new Promise<void>((r) => (markLoaded = r));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => proc.on('exit', (code, signal) => r({ code, signal })));
  proc.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const lines = out.split('\n');
    out = lines.pop()!;
    for (const line of lines) {
      if (line === 'loaded') markLoaded();
      const m = /^ack (\d+)$/.exec(line);
      if (m) {
        lastAck = Number(m[1]);
        onAck?.();
      }
    }
  });
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return {
    loaded,
    async run(waitForAck) {
      const kill = () => proc.kill('SIGKILL');
      if (waitForAck) {
        let armed = false;
        onAck = () => {
          if (armed) return;
          armed = true;
          setTimeout(kill, Math.random() * 40);
        };
      } else {
        // Some kills land while the visit is being opened, checked and locked.
        setTimeout(kill, Math.random() * 30);
      }
      const guard = setTimeout(kill, 15_000);
      proc.stdin.write('go\n');
      const { code, signal } = await exited;
      clearTimeout(guard);
      if (signal !== 'SIGKILL') throw new Error(`writer exited by itself (${code}): ${err}`);
      return lastAck;
    },
  };
}

describe('crash safety: a writer process killed at random moments', () => {
  // A killed process loses nothing that write() handed to the kernel, so fsync speed does not matter to this
  // test: run it in memory (tmpfs) when available, which keeps 200 runs well under a minute. Power loss is a
  // different failure, covered by synchronous=FULL.
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'icc-crash-'));
  const cache = join(ROOT, 'node_modules/.cache/icc-safety');
  const child = join(cache, 'crash-writer.mjs');
  const light = join(cache, 'crash-writer-light.mjs');
  let visitId = '';

  beforeAll(async () => {
    mkdirSync(cache, { recursive: true });
    // Bundled once, so each of the 200 runs starts in plain Node (the real modules, no test runner).
    const common = { bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' } as const;
    await build({ ...common, entryPoints: [join(ROOT, 'test/fault/crash-writer.ts')], outfile: child });
    // The light writer never builds queries: a stub for kysely halves its start-up (openSqlite itself is unchanged).
    await build({ ...common, entryPoints: [join(ROOT, 'test/fault/crash-writer-light.ts')], outfile: light, alias: { kysely: join(ROOT, 'test/fault/kysely-stub.ts') } });
    const api = createApi({ dataDir: dir, transport: 'browser', appVersion: 'test', safetyTickMs: 0 });
    visitId = api.ctx.library.create({ title: 'Crash', city: 'Lindenhaven', country: '', population: null, foreignBornShare: null, startDate: null, endDate: null, experts: [], workingLanguage: 'en', notes: '' }).id;
    api.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses no acknowledged write and keeps the file intact over ${KILLS} kills`, async () => {
    const path = join(dir, 'visits', `${visitId}.visit.sqlite`);
    let acknowledged = 0;
    let killsAfterWrites = 0;
    // Every 10th run is the full library writer, killed during start-up; the others are light writers killed
    // while committing. Writers are started ahead (three light, one full) because loading Node modules is the slow part.
    const pools = { light: [] as Writer[], full: [] as Writer[] };
    const refill = () => {
      while (pools.light.length < 3) pools.light.push(startWriter(light, [path]));
      while (pools.full.length < 1) pools.full.push(startWriter(child, [dir, visitId]));
    };
    refill();
    const started = Date.now();
    for (let i = 0; i < KILLS; i++) {
      const waitForAck = i % 10 !== 0;
      const writer = (waitForAck ? pools.light : pools.full).shift()!;
      refill();
      const t0 = Date.now();
      await writer.loaded;
      const t1 = Date.now();
      const lastAck = await writer.run(waitForAck);
      const t2 = Date.now();
      if (process.env.CRASH_DEBUG) console.log(`wait load ${t1 - t0} ms, run ${t2 - t1} ms, ack ${lastAck}`);
      if (lastAck > 0) killsAfterWrites++;
      acknowledged = Math.max(acknowledged, lastAck);
      // Every kill leaves a stale writer lock behind: the next writer only runs if it takes it over.
      if (lastAck > 0) expect(existsSync(path + LOCK_SUFFIX)).toBe(true);
      const db = openSqlite(path);
      try {
        expect(db.pragma('integrity_check', { simple: true }), `run ${i}`).toBe('ok');
        const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'crash_counter'`).get();
        if (!hasTable) continue;
        const counter = db.prepare('SELECT rows, last_seq FROM crash_counter WHERE id = 1').get() as { rows: number; last_seq: number };
        const stored = db.prepare('SELECT count(*) AS n, coalesce(max(seq), 0) AS maxSeq FROM crash_rows').get() as { n: number; maxSeq: number };
        expect(counter.last_seq, `run ${i}: an acknowledged write was lost`).toBeGreaterThanOrEqual(acknowledged);
        expect(stored.n, `run ${i}: a transaction was applied in part`).toBe(counter.rows);
        expect(stored.maxSeq).toBe(counter.last_seq);
        acknowledged = counter.last_seq;
      } finally {
        db.close();
      }
    }
    // The writers started ahead are killed too (and waited for) before the folder is removed.
    await Promise.all([...pools.light, ...pools.full].map((w) => w.run(false).catch(() => 0)));
    const seconds = (Date.now() - started) / 1000;
    console.log(`${KILLS} kills in ${seconds.toFixed(1)} s (${((seconds * 1000) / KILLS).toFixed(0)} ms per kill), ${acknowledged} transactions acknowledged, none lost`);
    expect(killsAfterWrites).toBeGreaterThan(KILLS * 0.8);
    expect(acknowledged).toBeGreaterThan(KILLS);
  }, 600_000); // the margin is for machines shared with other jobs (see the timing line it prints)
});
