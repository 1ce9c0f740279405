#!/usr/bin/env node
/**
 * `npm test`: everything CI checks, in order — typecheck, lint, build, unit tests, end-to-end tests —
 * ending with one line `N passed, N failed, N skipped` over all tests (CI reads that line).
 * Steps that are not tests (typecheck, lint, build) stop the run when they fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'test-output');
mkdirSync(outDir, { recursive: true });
const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);

const run = (label, command, args) => {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  console.log(`=== ${label} ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
};

const totals = { passed: 0, failed: 0, skipped: 0 };
const count = (file) => {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0);
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return true;
};

let ok = true;
if (want('typecheck')) ok = run('typecheck', 'npm', ['run', '-s', 'typecheck']) && ok;
if (want('lint')) ok = run('lint', 'npm', ['run', '-s', 'lint']) && ok;
if (want('build') || want('e2e')) ok = run('build', 'npm', ['run', '-s', 'build']) && ok;

for (const [step, config] of [
  ['unit', 'vitest.config.ts'],
  ['e2e', 'vitest.e2e.config.ts'],
]) {
  if (!want(step)) continue;
  const report = join(outDir, `${step}-results.json`);
  rmSync(report, { force: true });
  const passed = run(`${step} tests`, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!count(report)) {
    console.error(`No ${step} test report was written: counting the run as one failure.`);
    totals.failed += 1;
  }
  ok = passed && ok;
}

if (!ok && totals.failed === 0) totals.failed = 1; // a failed typecheck, lint or build is a failure too
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
