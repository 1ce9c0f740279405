/**
 * Every generated report (both generations, EN and FR, with the layout hazards) is imported through the
 * real pipeline (worker + layout + parser) and every value is compared with its truth file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAll } from '../fixtures/index-reports/generate';
import type { Truth } from '../fixtures/index-reports/truth';
import { readReportFile } from '../../src/main/import/index-import';
import { stopPdfWorker } from '../../src/main/import/pdf-runner';
import { extractPdfText } from '../../src/main/import/pdf-extract';
import { readReportText } from '../../src/main/import/report-text';
import { fromCsv, fromJson, toCsv, toJson, cliJson } from '../../src/main/import/report-format';
import { LINDENHAVEN_2016, LINDENHAVEN_2022 } from '../../src/main/demo/index-reports';
import type { IndexReportDraft } from '../../src/shared/domain/index-report';

const dir = mkdtempSync(join(tmpdir(), 'icc-index-'));
let files: Awaited<ReturnType<typeof generateAll>> = [];
const drafts = new Map<string, IndexReportDraft>();

beforeAll(async () => {
  files = await generateAll(dir);
  for (const f of files) drafts.set(f.spec.file, (await readReportFile(f.pdf, f.spec.file)).draft);
}, 300_000);
afterAll(async () => {
  await stopPdfWorker();
  rmSync(dir, { recursive: true, force: true });
});

const norm = (s: string) => s.replace(/[’']/g, "'");

describe('generated Index reports', () => {
  it('generates 30–40 page reports of both generations in both languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(files.map((f) => `${f.spec.generation}-${f.spec.lang}`));
    expect(kinds).toEqual(new Set(['v1-en', 'v2-en', 'v1-fr', 'v2-fr']));
    for (const f of files) {
      const truth = JSON.parse(readFileSync(f.truth, 'utf8')) as Truth;
      expect(truth.pageCount).toBeGreaterThanOrEqual(30);
      expect(truth.pageCount).toBeLessThanOrEqual(40);
    }
  });

  it('reads every value of every report exactly as the truth says', () => {
    for (const f of files) {
      const truth = JSON.parse(readFileSync(f.truth, 'utf8')) as Truth;
      const d = drafts.get(f.spec.file)!;
      const where = f.spec.file;
      expect({ where, city: d.city, date: d.reportDate, gen: d.generation, n: d.sampleSize, q: d.sampleSizeQualifier, unit: d.unit }).toEqual({
        where,
        city: truth.city,
        date: truth.reportDate,
        gen: truth.generation,
        n: truth.sampleSize,
        q: truth.sampleSizeQualifier,
        unit: truth.unit,
      });
      expect({ where, ...d.aggregate }).toEqual({ where, city: truth.aggregate.city, sample: truth.aggregate.sample });
      expect(d.evidence.aggregate?.page).toBe(truth.aggregate.page);
      expect(d.indicators.map((v) => ({ where, id: v.id, city: v.city, sample: v.sample, page: v.page }))).toEqual(
        truth.indicators.map((t) => ({ where, id: t.id, city: t.city, sample: t.sample, page: t.page })),
      );
      expect(d.rankings.map((r) => ({ where, group: r.group, label: norm(r.label), rank: r.rank, of: r.of, aheadOf: r.aheadOf, page: r.page }))).toEqual(
        truth.rankings.map((t) => ({ where, group: t.group, label: norm(t.label), rank: t.rank, of: t.of, aheadOf: t.aheadOf, page: t.page })),
      );
      expect(d.warnings.map((w) => `${w.code}:${w.field}`).sort(), where).toEqual([...truth.warnings].sort());
      expect(d.source).toMatchObject({ kind: 'pdf', fileName: f.spec.file, pageCount: truth.pageCount });
      expect(d.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('really carries the layout hazards: sentences, rate sentences included, broken across pages', async () => {
    let rateCrossing = 0;
    for (const f of files) {
      const { pages } = await extractPdfText(new Uint8Array(readFileSync(f.pdf)));
      const { sentences } = readReportText(pages, f.spec.generation);
      const crossing = sentences.filter((x) => x.pageAt(0) !== x.pageAt(x.text.length - 1));
      expect(crossing.length, f.spec.file).toBeGreaterThan(10);
      rateCrossing += crossing.filter((x) => /achievement rate|taux de r/.test(x.text)).length;
    }
    expect(rateCrossing).toBeGreaterThanOrEqual(2);
  });

  it('puts the demo values on the pages of the generated Lindenhaven reports', () => {
    for (const [file, demo] of [['lindenhaven-2022-v2-en.pdf', LINDENHAVEN_2022], ['lindenhaven-2016-v1-en.pdf', LINDENHAVEN_2016]] as const) {
      expect(drafts.get(file)!.indicators.map((v) => v.page)).toEqual(demo.pages);
    }
  });

  it('keeps the sentence each value came from, glued footnote digits and all', () => {
    const d = drafts.get('lindenhaven-2022-v2-en.pdf')!;
    for (const v of d.indicators) {
      expect(v.evidence).toContain(String(v.city));
      expect(v.evidence).not.toBe('');
      expect(v.evidence).toContain(String(v.sample));
    }
    // Form 3 sentences carry a footnote marker glued to "rate": the digit must not be read as a value.
    expect(d.indicators.some((v) => /rate3 /.test(v.evidence))).toBe(true);
    const fr = drafts.get('valmont-les-bains-2015-v1-fr.pdf')!;
    expect(fr.evidence.sampleSize?.text).toMatch(/70 villes/);
  });

  it('exports to JSON and CSV and imports them back unchanged', () => {
    for (const d of drafts.values()) {
      const fromJ = fromJson(toJson(d), 'r.json');
      const fromC = fromCsv(toCsv(d), 'r.csv');
      for (const back of [fromJ, fromC]) {
        expect(back.indicators).toEqual(d.indicators);
        expect(back.rankings).toEqual(d.rankings);
        expect([back.city, back.reportDate, back.sampleSize, back.aggregate, back.unit, back.generation]).toEqual([d.city, d.reportDate, d.sampleSize, d.aggregate, d.unit, d.generation]);
      }
      // The CLI's --json output is a valid import too.
      expect(fromJson(JSON.stringify(cliJson(d)), 'cli.json').indicators.map((v) => v.city)).toEqual(d.indicators.map((v) => v.city));
    }
  });
});
