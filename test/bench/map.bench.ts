/**
 * Stakeholder map benchmark in Chromium through the browser host: maps of 100 / 300 / 1,000 stakeholders
 * with 1.5 relations each. Measures the time from opening the page to a drawn map, frame times (p95) during
 * a scripted pan, zoom and node drag at working zoom (0.6; the zoom goes out past the far-zoom threshold
 * and back), the store round-trip of a node move (mouse up → saved), and a PNG export of the whole map.
 */
import type { Page } from 'playwright-core';
import { callApi, launchChromium, newPage, startBrowserHost, type RunningHost } from '../support/browser-host';
import { median, ms, percentile, ratio, table } from './stats';

const SIZES = process.env.MAP_BENCH_SIZES ? process.env.MAP_BENCH_SIZES.split(',').map(Number) : [100, 300, 1000];
/** The zoom every map is brought to before the interaction; the zoom phase goes from there to ~0.15 and back. */
const WORKING_ZOOM = 0.6;
const CATEGORIES = ['city_department', 'ngo_civil_society', 'migrant_minority_org', 'business', 'education', 'media', 'residents', 'religious_group'];
const TYPES = ['partnership', 'funding', 'reporting_line', 'information_flow', 'influence', 'conflict'];

/** Deterministic pseudo-random numbers so every run draws the same map. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

async function seed(host: RunningHost, n: number): Promise<string> {
  const { id } = await callApi<{ id: string }>(host, 'visits.create', { profile: { title: `Bench ${n}`, city: 'Bench' } });
  const r = rng(n);
  const side = Math.ceil(Math.sqrt(n));
  const stakeholders = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`, name: `Stakeholder ${i} ${'with a longer name '.repeat(i % 3)}`.trim(), category: CATEGORIES[i % CATEGORIES.length],
    influence: 1 + (i % 5), interest: 1 + ((i * 7) % 5), attitude: ['champion', 'supportive', 'neutral', 'sceptical', 'opposed'][i % 5],
    x: (i % side) * 260 + Math.round(r() * 40), y: Math.floor(i / side) * 120 + Math.round(r() * 30), policyAreas: [],
  }));
  const relations = Array.from({ length: Math.round(n * 1.5) }, (_, i) => {
    const a = Math.floor(r() * n);
    let b = (a + 1 + Math.floor(r() * 12) + (r() < 0.3 ? side : 0)) % n;
    if (b === a) b = (a + 1) % n;
    return { id: `r${i}`, sourceId: `s${a}`, targetId: `s${b}`, type: TYPES[i % TYPES.length], label: i % 4 === 0 ? `label ${i}` : '', strength: 1 + (i % 3) };
  });
  await callApi(host, 'map.restore', { visitId: id, stakeholders, relations });
  return id;
}

/** Collects requestAnimationFrame intervals while `action` runs and the map settles after it. */
async function frames(page: Page, action: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx would inject helpers the page does not have.
  await page.evaluate(`(() => {
    const w = globalThis;
    w.__frames = [];
    w.__recording = true;
    // A new generation stops the loop of the previous phase, which would otherwise count every frame twice.
    const generation = (w.__generation = (w.__generation ?? 0) + 1);
    let last = performance.now();
    const tick = (t) => { if (generation !== w.__generation) return; w.__frames.push(t - last); last = t; if (w.__recording) requestAnimationFrame(tick); };
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
  })()`);
  await action();
  // Until the map has settled: the crisp redraw after a pan and the end of a wheel gesture (d3-zoom ends
  // it 150 ms after the last wheel event) belong to it.
  await page.waitForTimeout(200);
  return page.evaluate(`(() => { globalThis.__recording = false; return globalThis.__frames.slice(1); })()`);
}

async function run() {
  const host = await startBrowserHost();
  const browser = await launchChromium();
  const { page } = await newPage(browser, { width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByTestId('empty-library').waitFor();
  const rows: (string | number)[][] = [];
  const phaseRows: (string | number)[][] = [];
  const p95: Record<number, number> = {};
  const cpuPerFrame: Record<number, number> = {};
  for (const n of SIZES) {
    const visitId = await seed(host, n);
    // Opening the page: a fresh load of the app at the map route, until nodes are drawn and painted.
    await page.goto('about:blank');
    const t0 = performance.now();
    await page.goto(`${host.origin}/#/visits/${visitId}/map`);
    await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.react-flow__edge, [data-testid="map-edge-layer"] path').first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const drawn = performance.now() - t0;
    await page.waitForTimeout(500);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const cx = pane.x + pane.width / 2, cy = pane.y + pane.height / 2;
    // Zoom in to the same working scale on every map (a facilitator reads names and drags at about 0.6, not
    // at the fit-all zoom, which on 1,000 stakeholders is under 0.1). The wheel acts where the mouse is.
    const zoomNow = async () => (await page.evaluate(`new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a`)) as number;
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 40 && (await zoomNow()) < WORKING_ZOOM; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(300);
    // CPU time of the page's main thread (Chrome's TaskDuration) during the interaction: on a shared,
    // overloaded machine frame intervals include waiting for a core, this does not.
    const zoom = await zoomNow();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
    const cpuStart = await taskSeconds();
    // MAP_BENCH_TRACE=dir writes a Chrome trace of the interaction per map size, for analysis.
    const traceDir = process.env.MAP_BENCH_TRACE;
    if (traceDir) await browser.startTracing(page, { path: `${traceDir}/map-${n}.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc', 'benchmark', 'viz', 'disabled-by-default-devtools.timeline.frame'] });
    const all: number[] = [];
    const phase: Record<'pan' | 'zoom' | 'drag', number[]> = { pan: [], zoom: [], drag: [] };
    phase.pan = await frames(page, async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 0; i < 40; i++) await page.mouse.move(cx + i * 6, cy + i * 4);
      await page.mouse.up();
    });
    phase.zoom = await frames(page, async () => {
      for (let i = 0; i < 20; i++) {
        await page.mouse.wheel(0, i < 10 ? 100 : -100);
        await page.waitForTimeout(16);
      }
    });
    const roundTrips: number[] = [];
    const dragMs: number[] = [];
    for (let k = 0; k < 3; k++) {
      // The node nearest the centre of the pane, so it is on screen and not under the minimap.
      const [sx, sy] = (await page.evaluate(`(() => {
        let best = null, dist = Infinity;
        for (const el of document.querySelectorAll('.react-flow__node-stakeholder')) {
          const r = el.getBoundingClientRect();
          const d = Math.hypot(r.x + r.width / 2 - ${cx}, r.y + r.height / 2 - ${cy});
          if (d < dist) { dist = d; best = [r.x + r.width / 2, r.y + r.height / 2]; }
        }
        return best;
      })()`)) as [number, number];
      const dragStart = performance.now();
      phase.drag.push(...(await frames(page, async () => {
        await page.mouse.move(sx, sy);
        await page.mouse.down();
        for (let i = 1; i <= 30; i++) await page.mouse.move(sx + i * 3 * (k % 2 ? -1 : 1), sy + i * 2);
        const saved = page.waitForResponse((res) => res.url().includes('/api/map.movePositions'));
        const t1 = performance.now();
        await page.mouse.up();
        await saved;
        roundTrips.push(performance.now() - t1);
      })));
      dragMs.push(performance.now() - dragStart);
    }
    if (traceDir) await browser.stopTracing();
    all.push(...phase.pan, ...phase.zoom, ...phase.drag);
    if (process.env.MAP_BENCH_VERBOSE) for (const k of ['pan', 'zoom', 'drag'] as const) console.log(n, k, 'frames (ms):', phase[k].map((f) => Math.round(f)).join(' '));
    p95[n] = percentile(all, 95);
    cpuPerFrame[n] = ((await taskSeconds()) - cpuStart) * 1000 / all.length;
    await cdp.detach();
    // A PNG of the whole map (fit view, then Export → PNG), from the click to the file.
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(800);
    await page.getByTestId('export-menu').click();
    const download = page.waitForEvent('download', { timeout: 300_000 });
    const exportStart = performance.now();
    await page.getByTestId('export-png').click();
    await (await download).path();
    const exportMs = performance.now() - exportStart;
    rows.push([n, Math.round(n * 1.5), ms(drawn), all.length, ms(median(all)), ms(p95[n]), ms(cpuPerFrame[n]), ms(median(roundTrips)), ms(percentile(roundTrips, 95))]);
    phaseRows.push([n, zoom.toFixed(2), ...(['pan', 'zoom', 'drag'] as const).flatMap((k) => [phase[k].length, ms(percentile(phase[k], 95))]), ms(Math.max(...all)), ms(median(dragMs)), ms(exportMs)]);
  }
  await browser.close();
  await host.stop();
  console.log(table(['stakeholders', 'relations', 'open page → map drawn', 'frames', 'frame median', 'frame p95', 'main-thread CPU per frame', 'node move round-trip median', 'round-trip p95'], rows));
  console.log();
  console.log(table(['stakeholders', 'zoom at start', 'pan frames', 'pan p95', 'zoom frames', 'zoom p95', 'node drag frames', 'node drag p95', 'worst frame', 'one node drag, wall time (median of 3)', 'PNG export of the whole map'], phaseRows));
  console.log();
  // Frames come at whole 60 Hz intervals (16.7 ms), so no interval lies between 16.7 and 33.3 ms: "33 ms"
  // is two frames (30 fps) and "50 ms" three. A target is met when p95 is at most that many frames (with
  // 0.5 ms for timer jitter); a strict 33.0 would in effect demand one frame.
  const within = (value: number, frames: number) => value <= (frames * 1000) / 60 + 0.5;
  if (p95[100] !== undefined && p95[300] !== undefined && p95[1000] !== undefined) console.log(table(['target', 'measured', 'met'], [
    ['p95 ≤ 33 ms (2 frames) at 300', ms(p95[300]!), within(p95[300]!, 2) ? 'yes' : 'no'],
    ['p95 ≤ 50 ms (3 frames) at 1,000', ms(p95[1000]!), within(p95[1000]!, 3) ? 'yes' : 'no'],
    ['1,000-node p95 ≤ 4x 100-node p95', ratio(p95[1000]!, p95[100]!), p95[1000]! <= 4 * p95[100]! ? 'yes' : 'no'],
    ['(CPU per frame, 1,000 vs 100 nodes)', ratio(cpuPerFrame[1000]!, cpuPerFrame[100]!), 'for reference'],
  ]));
  const { loadavg, cpus } = await import('node:os');
  console.log(`\nLoad average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${cpus().length} cores.`);
}

await run();
