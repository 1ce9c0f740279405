/**
 * Foundation benchmarks: browser-host start-up to the first interactive screen in Chromium, and opening
 * (checking + migrating) a visit file, against opening one that is already current.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, newPage, startBrowserHost } from '../support/browser-host';
import { VisitLibrary } from '../../src/main/services/visit-library';
import { openSqlite } from '../../src/main/db/connection';
import { migrate } from '../../src/main/db/migrate';
import { migrations } from '../../src/main/db/migrations';
import { systemClock } from '../../src/main/util/clock';
import { median, ms, percentile, ratio, table } from './stats';

async function startupRuns(runs: number) {
  const browser = await launchChromium();
  const rows: { hostReady: number; firstScreen: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const host = await startBrowserHost();
    const hostReady = performance.now() - t0;
    const { context, page } = await newPage(browser);
    await page.goto(host.url);
    await page.getByTestId('new-visit').first().waitFor({ state: 'visible' });
    rows.push({ hostReady, firstScreen: performance.now() - t0 });
    await context.close();
    await host.stop();
  }
  await browser.close();
  return rows;
}

function openRuns(runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'icc-bench-'));
  const fresh: number[] = [];
  const migrating: number[] = [];
  const profile = { title: 'Bench', city: 'Bench', country: '', population: null, foreignBornShare: null, startDate: null, endDate: null, experts: [], workingLanguage: 'en' as const, notes: '' };
  for (let i = 0; i < runs; i++) {
    const lib = new VisitLibrary(dir, systemClock);
    const v = lib.create(profile);
    lib.closeAll();
    // Open a file that is already current.
    let t0 = performance.now();
    new VisitLibrary(dir, systemClock).get(v.id);
    fresh.push(performance.now() - t0);
    // A file that only has the first step: opening it applies the rest.
    const oldPath = join(dir, 'visits', `old${i}.visit.sqlite`);
    const db = openSqlite(oldPath, { create: true });
    migrate(db, migrations.slice(0, 1));
    db.prepare("INSERT INTO visit_profile (id, visit_id, profile_json, created_at, updated_at) VALUES (1, 'x', '{}', 'n', 'n')").run();
    db.close();
    t0 = performance.now();
    const lib2 = new VisitLibrary(dir, systemClock);
    lib2.get(`old${i}`);
    migrating.push(performance.now() - t0);
    lib2.closeAll();
  }
  rmSync(dir, { recursive: true, force: true });
  return { fresh, migrating };
}

const startup = await startupRuns(7);
const opens = openRuns(30);
const firstScreen = startup.map((r) => r.firstScreen);
const hostReady = startup.map((r) => r.hostReady);
console.log(
  table(
    ['measure', 'runs', 'median', 'p90', 'note'],
    [
      ['browser host: process start to URL printed', startup.length, ms(median(hostReady)), ms(percentile(hostReady, 90)), ''],
      ['browser host: process start to first interactive screen (Chromium)', startup.length, ms(median(firstScreen)), ms(percentile(firstScreen, 90)), 'new-visit button visible'],
      ['open a current visit file (check + no migration)', opens.fresh.length, ms(median(opens.fresh)), ms(percentile(opens.fresh, 90)), ''],
      [`open + migrate a visit file (${migrations.length - 1} pending steps)`, opens.migrating.length, ms(median(opens.migrating)), ms(percentile(opens.migrating, 90)), `${ratio(median(opens.migrating), median(opens.fresh))} of a current open`],
    ],
  ),
);
