/**
 * Word export benchmark: time and peak memory of the strategy export for the demo visit and for a large
 * visit (17 policy areas, 500 coded passages, 150 actions, Index chart and stakeholder map), plus a half-size
 * visit to check linear scaling, and pandoc (Markdown -> .docx) on the same content as a reference.
 * Each scenario runs in its own process so peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../../src/main/api/create-api';
import { renderVisitDocx } from '../../src/main/export/export-service';
import { prepareDocxWorker, stopDocxWorker } from '../../src/main/export/docx-runner';
import { collectDocumentData } from '../../src/main/export/collect';
import { drawFigures } from '../../src/main/export/render';
import { seedExportVisit } from '../../src/main/export/test-visit';
import type { StrategyDocumentData } from '../../src/main/export/document-data';
import { median, ms, ratio, table } from './stats';

type Scenario = 'demo' | 'half' | 'large';
const SIZES = { half: { stakeholders: 30, meetings: 15, passages: 250, actions: 75 }, large: { stakeholders: 60, meetings: 30, passages: 500, actions: 150 } };

interface Result { scenario: Scenario; inlineMs: number[]; coldWorkerMs: number; warmWorkerMs: number[]; cliMs: number | null; bytes: number; maxRssMb: number; pandocMs: number | null; pages: string }

async function runScenario(scenario: Scenario): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'icc-bench-'));
  const clock = { now: () => new Date('2027-04-02T10:00:00Z') };
  const api = createApi({ dataDir: dir, transport: 'browser', appVersion: 'bench', clock });
  try {
    let visitId: string;
    if (scenario === 'demo') visitId = ((await api.dispatch('demo.create', {})) as { value: { id: string } }).value.id;
    else {
      visitId = api.ctx.library.create({ title: 'Bench', city: 'Grootstad', country: 'Netherlands', population: 500000, foreignBornShare: 25 } as never).id;
      seedExportVisit(api.ctx.library.get(visitId), clock, SIZES[scenario]);
    }
    const deps = { library: api.ctx.library, clock };
    const req = { kind: 'strategy' as const, visitId, lang: 'en' as const, anonymise: false };
    // As the app: the first export in a worker nobody prepared (worker start, module loading, cold JIT;
    // from source, so tsx compiles the worker's TypeScript too), then exports in the warm worker.
    let t1 = performance.now();
    await renderVisitDocx(deps, req);
    const coldWorkerMs = performance.now() - t1;
    await prepareDocxWorker();
    const warmWorkerMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      t1 = performance.now();
      await renderVisitDocx(deps, req);
      warmWorkerMs.push(performance.now() - t1);
    }
    await stopDocxWorker();
    await renderVisitDocx(deps, { ...req, render: 'inline' }); // warm-up: module loading and JIT
    const inlineMs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      bytes = (await renderVisitDocx(deps, { ...req, render: 'inline' })).bytes.length;
      inlineMs.push(performance.now() - t0);
    }
    const cliMs = cli(api.ctx.library.pathFor(visitId), dir);
    const data = collectDocumentData(api.ctx.library.get(visitId), api.ctx.library.summary(visitId), { lang: 'en', anonymise: false, date: '2027-04-02' });
    const pandocMs = await pandoc(data, dir);
    return { scenario, inlineMs, coldWorkerMs, warmWorkerMs, cliMs, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024, pandocMs, pages: `${data.strategy.actions.length} actions, ${data.findings.areas.reduce((n, a) => n + a.items.length, 0)} findings` };
  } finally {
    api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The built command line (`npm run cli -- export strategy`): a whole process, as a user runs it. */
function cli(visitFile: string, dir: string): number | null {
  const entry = fileURLToPath(new URL('../../out/main/cli.js', import.meta.url));
  if (!existsSync(entry)) return null;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [entry, 'export', 'strategy', '--visit', visitFile, '--out', join(dir, 'cli.docx')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli export failed: ${r.stderr}`);
  return performance.now() - t0;
}

/** The same content as Markdown (headings, paragraphs, pipe tables, the two figures as PNG files) through pandoc. */
async function pandoc(data: StrategyDocumentData, dir: string): Promise<number | null> {
  if (spawnSync('which', ['pandoc']).status !== 0) return null;
  const figures = await drawFigures('strategy', data);
  const md: string[] = [`---\ntitle: "${data.strategy.doc.title.replace(/"/g, '')}"\n---\n`, `# Executive summary\n\n${data.strategy.doc.executiveSummary}\n`];
  const cell = (s: string) => s.replace(/\|/g, '/').replace(/\n/g, ' ');
  if (data.index.summary) md.push('# Index results\n', '| Area | City | Sample |\n|---|---|---|', ...data.index.summary.rows.map((r) => `| ${r.name} | ${r.city ?? ''} | ${r.sample ?? ''} |`), '');
  for (const [name, img] of [['chart', figures.indexChart], ['map', figures.map]] as const) {
    if (img && img !== 'broken') {
      writeFileSync(join(dir, `${name}.png`), img.png);
      md.push(`![${name}](${join(dir, `${name}.png`)}){width=16cm}\n`);
    }
  }
  md.push('# Findings\n');
  for (const a of data.findings.areas) md.push(`## ${a.name}\n`, ...a.items.map((i) => `- ${cell(i.text)}`), '');
  md.push(`# Vision\n\n${data.strategy.doc.vision}\n`, '# Action plan\n', '| No. | Action | Lead | Partners | Timeline | Resources | Indicators | Status |', '|---|---|---|---|---|---|---|---|');
  data.strategy.actions.forEach((a, i) => md.push(`| ${i + 1} | ${cell(`${a.title}. ${a.objective}`)} | ${cell(a.lead)} | ${cell(a.partners)} | ${a.start}–${a.end} | ${cell(a.resources)} | ${cell(`${a.outputIndicators}; ${a.outcomeIndicators}`)} | ${a.status} |`));
  md.push('', `# Governance\n\n${data.strategy.doc.governance}\n`, `# Monitoring\n\n${data.strategy.doc.monitoring}\n`);
  const src = join(dir, 'strategy.md');
  writeFileSync(src, md.join('\n'));
  const t0 = performance.now();
  const r = spawnSync('pandoc', [src, '-f', 'markdown', '-t', 'docx', '--toc', '-o', join(dir, 'pandoc.docx')]);
  if (r.status !== 0) return null;
  return performance.now() - t0;
}

async function main() {
  const arg = process.argv.indexOf('--scenario');
  if (arg > 0) {
    console.log(JSON.stringify(await runScenario(process.argv[arg + 1] as Scenario)));
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const results: Result[] = [];
  for (const scenario of ['demo', 'half', 'large'] as const) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--scenario', scenario], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const line = r.stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
    if (!line) throw new Error(`scenario ${scenario} failed:\n${r.stderr.slice(-2000)}`);
    results.push(JSON.parse(line) as Result);
  }
  const half = results.find((r) => r.scenario === 'half')!;
  const large = results.find((r) => r.scenario === 'large')!;
  console.log(
    table(
      ['visit', 'content', 'in process (median of 2)', 'app: warm worker (median of 3)', 'app: first, cold worker (tsx)', 'CLI process (built)', 'peak RSS', '.docx size', 'pandoc md→docx', 'warm worker / pandoc'],
      results.map((r) => [r.scenario, r.pages, ms(median(r.inlineMs)), ms(median(r.warmWorkerMs)), ms(r.coldWorkerMs), r.cliMs === null ? 'n/a (not built)' : ms(r.cliMs), `${r.maxRssMb.toFixed(0)} MB`, `${(r.bytes / 1024).toFixed(0)} KB`, r.pandocMs === null ? 'n/a' : ms(r.pandocMs), r.pandocMs === null ? 'n/a' : ratio(median(r.warmWorkerMs), r.pandocMs)]),
    ),
  );
  console.log(`\nScaling large / half (2x content): ${ratio(median(large.warmWorkerMs), median(half.warmWorkerMs))} (linear = 2.00x). Target for the large visit: < 2,000 ms; measured ${ms(median(large.warmWorkerMs))} in the app's warm worker (${ms(median(large.inlineMs))} in process) with load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores.`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
