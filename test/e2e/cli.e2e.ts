import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/browser-host';

/** The built command line (out/main/cli.js), as `npm run cli -- …` runs it. */
const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'out/main/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('command line: visits and demo', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'icc-cli-'));

  it('lists an empty library, then creates visits, including in Arabic script', () => {
    expect(cli('visits', 'list', '--data-dir', dataDir).stdout).toContain('No visits yet.');
    const created = cli('visits', 'create', '--city', 'الدار البيضاء', '--country', 'المغرب', '--data-dir', dataDir);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('الدار البيضاء');
    const list = cli('visits', 'list', '--json', '--data-dir', dataDir);
    const listing = JSON.parse(list.stdout);
    expect(listing.visits.map((v: { profile: { city: string } }) => v.profile.city)).toEqual(['الدار البيضاء']);
  });

  it('refuses invalid input with a one-line reason and exit code 2', () => {
    const r = cli('visits', 'create', '--data-dir', dataDir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/name|city/i);
  });

  it('creates the demo visit of the fictional city', () => {
    const r = cli('demo', 'create', '--data-dir', dataDir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Lindenhaven');
    const listing = JSON.parse(cli('visits', 'list', '--json', '--data-dir', dataDir).stdout);
    const demo = listing.visits.find((v: { isDemo: boolean }) => v.isDemo);
    expect(demo.profile).toMatchObject({ city: 'Lindenhaven', population: 312400 });
    expect(readdirSync(join(dataDir, 'visits')).filter((f) => f.endsWith('.visit.sqlite'))).toHaveLength(2);
  });

  it('prints usage for an unknown command and fails', () => {
    const r = cli('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Usage: npm run cli');
  });
});
