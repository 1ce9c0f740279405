/**
 * Word export benchmark: time and peak memory of the strategy export for the demo visit and for a large
 * visit (17 policy areas, 500 coded passages, 150 actions, Index chart and stakeholder map), plus a half-size
 * visit to check linear scaling, and pandoc (Markdown -> .docx) on the same content as a reference.
 * Each scenario runs in its own process so peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../../src/main/api/create-api';
import { renderVisitDocx } from '../../src/main/export/export-service';
import { collectDocumentData } from '../../src/main/export/collect';
import { drawFigures } from '../../src/main/export/render';
import { seedExportVisit } from '../../src/main/export/test-visit';
import type { StrategyDocumentData } from '../../src/main/export/document-data';
import { median, ms, ratio, table } from './stats';

type Scenario = 'demo' | 'half' | 'large';
const SIZES = { half: { stakeholders: 30, meetings: 15, passages: 250, actions: 75 }, large: { stakeholders: 60, meetings: 30, passages: 500, actions: 150 } };

interface Result { scenario: Scenario; inlineMs: number[]; workerMs: number; bytes: number; maxRssMb: number; pandocMs: number | null; pages: string }

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
    await renderVisitDocx(deps, { ...req, render: 'inline' }); // warm-up: module loading and JIT
    const inlineMs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      bytes = (await renderVisitDocx(deps, { ...req, render: 'inline' })).bytes.length;
      inlineMs.push(performance.now() - t0);
    }
    const t1 = performance.now();
    await renderVisitDocx(deps, req);
    const workerMs = performance.now() - t1;
    const data = collectDocumentData(api.ctx.library.get(visitId), api.ctx.library.summary(visitId), { lang: 'en', anonymise: false, date: '2027-04-02' });
    const pandocMs = await pandoc(data, dir);
    return { scenario, inlineMs, workerMs, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024, pandocMs, pages: `${data.strategy.actions.length} actions, ${data.findings.areas.reduce((n, a) => n + a.items.length, 0)} findings` };
  } finally {
    api.close();
    rmSync(dir, { recursive: true, force: true });
  }
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
      ['visit', 'content', 'export, in process (median of 2)', 'export, worker thread (as the app)', 'peak RSS', '.docx size', 'pandoc md→docx', 'ours / pandoc'],
      results.map((r) => [r.scenario, r.pages, ms(median(r.inlineMs)), ms(r.workerMs), `${r.maxRssMb.toFixed(0)} MB`, `${(r.bytes / 1024).toFixed(0)} KB`, r.pandocMs === null ? 'n/a' : ms(r.pandocMs), r.pandocMs === null ? 'n/a' : ratio(median(r.inlineMs), r.pandocMs)]),
    ),
  );
  console.log(`\nScaling large / half (2x content): ${ratio(median(large.inlineMs), median(half.inlineMs))} (linear = 2.00x). Target for the large visit: < 2,000 ms; measured ${ms(median(large.inlineMs))} with load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores.`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
