/**
 * Index report import benchmark on a generated 40-page report (two columns, both kinds of hazard):
 * the whole import pipeline (worker + pdf.js + line/column rebuild + parser) against pdf.js text
 * extraction alone on the same file, and against poppler's `pdftotext` as an outside reference.
 * Targets: a 40-page report in well under 1 s; the pipeline at most 1.5x pdf.js's own extraction.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReport } from '../fixtures/index-reports/generate';
import { REPORT_SPECS } from '../fixtures/index-reports/specs';
import { readReportFile } from '../../src/main/import/index-import';
import { extractPdfText, rawTextItems } from '../../src/main/import/pdf-extract';
import { parseReportLines } from '../../src/main/import/report-parser';
import { stopPdfWorker } from '../../src/main/import/pdf-runner';
import { median, ms, ratio, table, timeIt } from './stats';

const RUNS = 7;
const dir = mkdtempSync(join(tmpdir(), 'icc-bench-index-'));

async function main() {
  // The 2022 Lindenhaven report with more narrative per section: 40 pages.
  const spec = { ...REPORT_SPECS[0]!, paragraphsPerSection: 11 };
  const { pdf, truth } = await renderReport(spec);
  const file = join(dir, 'report-40.pdf');
  writeFileSync(file, pdf);
  const pages = truth.pageCount;
  const bytes = new Uint8Array(pdf);

  // Warm up each path once (module loading, worker start), then time RUNS runs of each.
  await rawTextItems(bytes.slice());
  await readReportFile(file, 'report-40.pdf');
  const raw: number[] = [];
  const inProcess: number[] = [];
  const pipeline: number[] = [];
  const poppler: number[] = [];
  let correct = true;
  for (let i = 0; i < RUNS; i++) {
    raw.push(await timeIt(() => rawTextItems(bytes.slice())));
    inProcess.push(await timeIt(async () => parseReportLines((await extractPdfText(bytes.slice())).pages, { fileName: 'r.pdf', sha256: '0'.repeat(64) })));
    pipeline.push(
      await timeIt(async () => {
        const { draft } = await readReportFile(file, 'report-40.pdf');
        correct &&= draft.indicators.every((v, k) => v.city === truth.indicators[k]!.city && v.sample === truth.indicators[k]!.sample);
      }),
    );
    poppler.push(await timeIt(() => spawnSync('pdftotext', ['-q', file, '-'], { encoding: 'utf8' })));
  }
  await stopPdfWorker();
  const r = median(raw);
  const p = median(pipeline);
  const q = median(inProcess);
  const pp = median(poppler);
  const pps = (t: number) => `${((pages * 1000) / t).toFixed(0)} pages/s`;
  console.log(`Generated report: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB; median of ${RUNS} warm runs; every value read correctly: ${correct ? 'yes' : 'NO'}\n`);
  console.log(
    table(
      ['What', 'Time (40 pages)', 'Throughput', 'vs pdf.js alone'],
      [
        ['pdf.js text extraction alone (getTextContent, in process)', ms(r), pps(r), '1.00x'],
        ['Import pipeline in process (pdf.js + lines/columns + parser)', ms(q), pps(q), ratio(q, r)],
        ['Import pipeline as the app runs it (worker thread, time limit)', ms(p), pps(p), ratio(p, r)],
        ['pdftotext (poppler, new process each run)', ms(pp), pps(pp), ratio(pp, r)],
      ],
    ),
  );
  console.log(`\nTargets: pipeline < 1000 ms → ${p < 1000 ? 'met' : 'NOT met'} (${ms(p)}); pipeline ≤ 1.5x pdf.js → ${p / r <= 1.5 ? 'met' : 'NOT met'} (${ratio(p, r)}).`);
  rmSync(dir, { recursive: true, force: true });
  if (!correct) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
