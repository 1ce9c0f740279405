#!/usr/bin/env node
/**
 * `npm run bench`: runs every test/bench/*.bench.ts (after `npm run build`, which the npm script does)
 * one after the other, each printing its own markdown table; `npm run bench -- map` runs the ones whose
 * name contains "map".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
const benches = readdirSync(join(root, 'test/bench'))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n## ${file}\n`);
  const r = spawnSync('npx', ['tsx', join('test/bench', file)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed += 1;
    console.log(`(${file} failed with exit code ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
