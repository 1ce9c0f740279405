/**
 * Interviews benchmark on a visit with 10,000 generated meeting notes (plus 2,000 coded passages and 200
 * stakeholders): FTS5 search p95 in the store against a plain LIKE scan, keystroke-to-results-drawn p95
 * in Chromium through the browser host, and the autosave round trip (editor → HTTP → sanitise → durable
 * commit with synchronous=FULL) p95, measured in Chromium and in the store alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { VisitLibrary } from '../../src/main/services/visit-library';
import { createStakeholders } from '../../src/main/services/stakeholders';
import { createPassage, likeScan, saveDay, saveMeeting, saveNote, search } from '../../src/main/services/interviews';
import { systemClock } from '../../src/main/util/clock';
import { launchChromium, newPage, startBrowserHost } from '../support/browser-host';
import { median, ms, percentile, ratio, table } from './stats';

const NOTES = 10_000;
const WORDS = (
  'school teacher parents neighbourhood harbour market library language course welcome newcomer refugee association mosque church ' +
  'police mediation conflict trust youth council participation budget housing renewal employer traineeship diploma entrepreneur ' +
  'discrimination complaint rumour media radio newspaper festival culture sport volunteer survey diversity mayor department strategy ' +
  'équipe quartier école société médiation réfugié bénévole intégration égalité citoyenneté accueil logement santé emploi dialogue'
).split(' ');
const RARE = ['Zeeuwse', 'kapsalon', 'Mekelweg', 'Oostkade', 'Ramadan', 'Sinterklaas', 'Kaapverdië', 'Tigrinya', 'Papiamento', 'Wijkteam'];

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function buildVisit(dataDir: string): { visitId: string; meetingId: string } {
  const library = new VisitLibrary(dataDir, systemClock);
  const visit = library.create({ title: 'Bench', city: 'Benchville', country: '', population: null, foreignBornShare: null, startDate: '2027-03-15', endDate: null, experts: [], workingLanguage: 'en', notes: '' });
  const handle = library.get(visit.id);
  const r = rng(7);
  const word = () => WORDS[Math.floor(r() * WORDS.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const stakeholderIds = createStakeholders(handle, Array.from({ length: 200 }, (_, i) => ({ name: `Organisation ${i} ${word()}`, organisation: sentence(3), category: 'ngo_civil_society' })));
  let firstMeeting = '';
  handle.sqlite
    .transaction(() => {
      const day = saveDay(handle, { date: '2027-03-15', label: 'Bench day' });
      for (let i = 0; i < NOTES; i++) {
        const m = saveMeeting(handle, { dayId: day.id, startTime: '09:00', endTime: '10:00', kind: 'interview', title: `Meeting ${i}` });
        firstMeeting ||= m.id;
        const rare = i % 97 === 0 ? ` ${RARE[i % RARE.length]}` : '';
        const html = `<h3>${sentence(4)}</h3>` + Array.from({ length: 5 }, () => `<p>${sentence(28)}${rare}.</p>`).join('');
        saveNote(handle, { meetingId: m.id, html, baseRevision: 0 });
        if (i % 5 === 0) createPassage(handle, m.id, { code: 'strength', text: sentence(15), policyAreas: ['v2.education'], stakeholderIds: [stakeholderIds[i % 200]!] });
      }
    })
    .immediate();
  library.closeAll();
  return { visitId: visit.id, meetingId: firstMeeting };
}

function storeSearch(dataDir: string, visitId: string) {
  const library = new VisitLibrary(dataDir, systemClock);
  const handle = library.get(visitId);
  const queries = [...RARE, 'ecole', 'équipe', 'refugie', 'school teacher', 'harbour market', 'mediation', 'Tigrinya', 'integration', 'quartier ecole', 'newspaper'];
  const fts: number[] = [];
  const like: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      let t0 = performance.now();
      search(handle, q);
      fts.push(performance.now() - t0);
      perQuery.set(q, [...(perQuery.get(q) ?? []), performance.now() - t0]);
      t0 = performance.now();
      likeScan(handle, q);
      like.push(performance.now() - t0);
    }
  }
  // The same 10 rare words, where LIMIT cannot stop the scan early.
  const rareLike: number[] = [];
  const rareFts: number[] = [];
  for (const q of RARE) {
    let t0 = performance.now();
    search(handle, q);
    rareFts.push(performance.now() - t0);
    t0 = performance.now();
    likeScan(handle, q);
    rareLike.push(performance.now() - t0);
  }
  // Store-only autosave: one note revision after another, each a durable commit.
  const saves: number[] = [];
  let revision = (handle.sqlite.prepare('SELECT revision FROM meeting_note LIMIT 1').get() as { revision: number }).revision;
  const meetingId = (handle.sqlite.prepare('SELECT meeting_id FROM meeting_note LIMIT 1').get() as { meeting_id: string }).meeting_id;
  let text = '<p>Autosave benchmark</p>';
  for (let i = 0; i < 100; i++) {
    text += `<p>${WORDS[i % WORDS.length]} ${i}</p>`;
    const t0 = performance.now();
    revision = saveNote(handle, { meetingId, html: text, baseRevision: revision }).revision;
    saves.push(performance.now() - t0);
  }
  library.closeAll();
  const slowest = [...perQuery.entries()].map(([q, v]) => `${q} ${median(v).toFixed(1)}`).sort((a, b) => Number(b.split(' ').pop()) - Number(a.split(' ').pop())).slice(0, 5);
  console.error(`[bench] slowest queries (median ms): ${slowest.join(', ')}`);
  return { fts, like, rareFts, rareLike, saves };
}

/**
 * Sets the search box to `value` the way a keystroke does and resolves when the matching results are
 * painted. Written as a string: tsx would otherwise add helpers that do not exist inside the page.
 */
const KEYSTROKE_TO_DRAWN = `(v) => new Promise((resolve) => {
  const input = document.querySelector('[data-testid="search-input"]');
  const container = document.querySelector('[data-testid="search-results"]').parentElement;
  const t0 = performance.now();
  const check = () => document.querySelector('[data-testid="search-results"]')?.getAttribute('data-query') === v;
  const observer = new MutationObserver(() => {
    if (check()) { observer.disconnect(); requestAnimationFrame(() => resolve(performance.now() - t0)); }
  });
  observer.observe(container, { subtree: true, attributes: true, childList: true });
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(input, v);
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;
const keystrokeToDrawn = (page: Page, value: string): Promise<number> => page.evaluate(`(${KEYSTROKE_TO_DRAWN})(${JSON.stringify(value)})`) as Promise<number>;

const TIME_SAVES = `(() => {
  window.__saves = [];
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('interviews.saveNote')) return original(input, init);
    const t0 = performance.now();
    const res = await original(input, init);
    const body = await res.clone().json();
    if (body.ok) window.__saves.push(performance.now() - t0);
    return res;
  };
})()`;

async function browser(dataDir: string, visitId: string, meetingId: string) {
  const host = await startBrowserHost({ dataDir });
  const chromium = await launchChromium();
  const { page } = await newPage(chromium);
  await page.goto(host.url);
  await page.waitForLoadState('networkidle');
  await page.goto(`${host.origin}/#/visits/${visitId}/interviews?tab=search`);
  await page.getByTestId('search-input').waitFor();
  const typed: number[] = [];
  // Type words letter by letter, as a person would; each keystroke must draw its own results.
  const words = ['school', 'equipe', 'mediation', 'Tigrinya', 'harbour', 'refugie', 'quartier', 'newspaper'];
  for (let round = 0; round < 1; round++) {
    for (const w of words) {
      for (let i = 3; i <= w.length; i++) typed.push(await keystrokeToDrawn(page, w.slice(0, i)));
    }
  }
  // Autosave round trip from the editor: time every saveNote request until its answer (committed).
  await page.goto(`${host.origin}/#/visits/${visitId}/interviews?tab=notes&meeting=${meetingId}`);
  await page.getByTestId('note-editor').click();
  await page.evaluate(TIME_SAVES);
  await page.keyboard.press('End');
  for (let i = 0; i < 25; i++) {
    await page.keyboard.type(` word${i}`, { delay: 15 });
    await page.waitForTimeout(380);
  }
  await page.waitForTimeout(600);
  const saves = (await page.evaluate('window.__saves')) as number[];
  await chromium.close();
  await host.stop();
  return { typed, saves };
}

const dataDir = mkdtempSync(join(tmpdir(), 'icc-bench-interviews-'));
try {
  const t0 = performance.now();
  const { visitId, meetingId } = buildVisit(dataDir);
  const buildMs = performance.now() - t0;
  const store = storeSearch(dataDir, visitId);
  const t1 = performance.now();
  const ui = await browser(dataDir, visitId, meetingId);
  console.error(`[bench] build ${(buildMs / 1000).toFixed(1)} s, store ${((t1 - t0 - buildMs) / 1000).toFixed(1)} s, browser ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  const ftsP95 = percentile(store.fts, 95);
  const likeP95 = percentile(store.like, 95);
  console.log(`Visit with ${NOTES.toLocaleString('en')} notes, 2,000 coded passages, 200 stakeholders (built in ${(buildMs / 1000).toFixed(1)} s).\n`);
  console.log(
    table(
      ['measure', 'runs', 'median', 'p95', 'target', 'note'],
      [
        ['search in the store (FTS5, grouped, snippets)', store.fts.length, ms(median(store.fts)), ms(ftsP95), '≤ 20 ms', ftsP95 <= 20 ? 'met' : 'MISSED'],
        ['plain LIKE scan, same queries', store.like.length, ms(median(store.like)), ms(likeP95), '—', `FTS is ${ratio(likeP95, ftsP95)} faster at p95`],
        ['rare words: FTS5', store.rareFts.length, ms(median(store.rareFts)), ms(percentile(store.rareFts, 95)), '—', ''],
        ['rare words: LIKE (full scan)', store.rareLike.length, ms(median(store.rareLike)), ms(percentile(store.rareLike, 95)), '—', `ratio ${ratio(median(store.rareLike), median(store.rareFts))} (medians)`],
        ['keystroke → results drawn (Chromium)', ui.typed.length, ms(median(ui.typed)), ms(percentile(ui.typed, 95)), '≤ 100 ms', percentile(ui.typed, 95) <= 100 ? 'met' : 'MISSED'],
        ['autosave round trip, editor → committed (Chromium)', ui.saves.length, ms(median(ui.saves)), ms(percentile(ui.saves, 95)), '≤ 50 ms', percentile(ui.saves, 95) <= 50 ? 'met' : 'MISSED'],
        ['autosave commit in the store only', store.saves.length, ms(median(store.saves)), ms(percentile(store.saves, 95)), '—', 'synchronous=FULL, WAL'],
      ],
    ),
  );
  console.log('\nLIKE is case- and accent-sensitive (it misses “équipe” for “equipe”); FTS5 uses unicode61 remove_diacritics 2.');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
