/** `npm run cli -- index parse …` on the built CLI: exact JSON fields, exit codes, one-line reasons. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/browser-host';
import { renderReport } from '../fixtures/index-reports/generate';
import { REPORT_SPECS } from '../fixtures/index-reports/specs';
import { generateBadCorpus } from '../fixtures/index-reports/bad-corpus';

const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'out/main/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'icc-cli-index-'));
const pdf = join(dir, 'port-aurele-2021-v2-fr.pdf');

describe('command line: index parse', () => {
  beforeAll(async () => {
    const { pdf: bytes } = await renderReport(REPORT_SPECS.find((s) => s.file === 'port-aurele-2021-v2-fr.pdf')!);
    writeFileSync(pdf, bytes);
    await generateBadCorpus(join(dir, 'bad'), bytes);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints exactly the documented JSON fields for a French revised-Index PDF', () => {
    const r = cli('index', 'parse', pdf, '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['city', 'reportDate', 'generation', 'sampleSize', 'aggregate', 'indicators', 'rankings', 'warnings']);
    expect(out).toMatchObject({ city: 'Port-Aurèle', reportDate: '2021-05', generation: 'v2', sampleSize: 149, aggregate: { city: 71, sample: 63 }, warnings: [] });
    expect(Object.keys(out.aggregate)).toEqual(['city', 'sample']);
    expect(out.indicators).toHaveLength(17);
    expect(Object.keys(out.indicators[0])).toEqual(['id', 'city', 'sample', 'page', 'evidence']);
    expect(out.rankings.map((r: Record<string, unknown>) => Object.keys(r))).toEqual([['group', 'label', 'rank', 'of'], ['group', 'label', 'rank', 'of'], ['group', 'label', 'rank', 'of']]);
    expect(out.rankings[0]).toEqual({ group: 'all', label: 'villes de l’échantillon', rank: 1, of: 149 });
  });

  it('reads its own JSON output back, and a partial file with exit 0 and warnings', () => {
    const json = join(dir, 'out.json');
    writeFileSync(json, cli('index', 'parse', pdf, '--json').stdout);
    const again = cli('index', 'parse', json, '--json');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).indicators[3].city).toBeTypeOf('number');
    const partial = join(dir, 'partial.csv');
    writeFileSync(partial, 'kind,key,value,city,sample\nreport,generation,v1\nreport,city,Kestrel Bay\nindicator,v1.education,,61,55\n');
    const r = cli('index', 'parse', partial, '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.indicators.find((v: { id: string }) => v.id === 'v1.education')).toMatchObject({ city: 61, sample: 55 });
    expect(out.indicators.find((v: { id: string }) => v.id === 'v1.media').city).toBeNull();
    expect(out.warnings.length).toBeGreaterThan(5);
    const human = cli('index', 'parse', partial);
    expect(human.stdout).toContain('Kestrel Bay');
  });

  it('exits 2 with a one-line reason for what is not a readable Index report', () => {
    for (const [file, reason] of [
      ['bad/not-a-pdf.pdf', /not a PDF/],
      ['bad/scan.pdf', /scanned.*by hand/],
      ['bad/encrypted.pdf', /password/],
      ['bad/other-document.pdf', /does not look like an ICC Index report/],
      ['bad/huge.pdf', /500 MB/],
      ['missing.pdf', /No such file/],
    ] as const) {
      const r = cli('index', 'parse', join(dir, file), '--json');
      expect(r.status, file).toBe(2);
      expect(r.stdout, file).toBe('');
      expect(r.stderr.trim().split('\n'), file).toHaveLength(1);
      expect(r.stderr, file).toMatch(reason);
    }
  }, 120_000);
});
