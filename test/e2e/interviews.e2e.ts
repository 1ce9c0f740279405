import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { callApi, launchChromium, newPage, screenshot, startBrowserHost, type RunningHost } from '../support/browser-host';

interface MeetingNote { html: string; revision: number }
interface Agenda { days: { id: string; meetings: { id: string; title: string; participants: { id: string; name: string }[] }[] }[] }

const XSS_PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '<svg onload="window.__xss=1"><circle r="5"/></svg>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '"><img src=x onerror=window.__xss=1>',
  '<details open ontoggle="window.__xss=1">d</details>',
  '<p style="background:url(javascript:window.__xss=1)">styled</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<span data-passage-id="x" onmouseover="window.__xss=1" data-code="quote">hover</span>',
  '<object data="javascript:window.__xss=1"></object>',
  '<body onload="window.__xss=1">',
];

/** Pastes HTML into the editor the way a browser does (a paste event carrying text/html). */
async function pasteHtml(page: Page, html: string) {
  // A string, not a function: this file is typechecked without the DOM library.
  await page.evaluate(`(() => {
    const payload = ${JSON.stringify(html)};
    const data = new DataTransfer();
    data.setData('text/html', payload);
    data.setData('text/plain', payload.replace(/<[^>]*>/g, ''));
    document.querySelector('[data-testid="note-editor"]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

const selectionText = (page: Page) => page.evaluate('window.getSelection()?.toString() ?? ""') as Promise<string>;

const savedState = (page: Page) => page.getByTestId('save-state').first().getAttribute('data-state');

describe('interviews in the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let visitId: string;
  let agenda: Agenda;
  const base = () => `${host.origin}/#/visits/${visitId}/interviews`;

  beforeAll(async () => {
    host = await startBrowserHost();
    browser = await launchChromium();
    ({ context, page } = await newPage(browser));
    const visit = await callApi<{ id: string }>(host, 'visits.create', {
      profile: {
        title: 'Expert visit — Lindenhaven',
        city: 'Lindenhaven',
        country: 'Netherlands',
        startDate: '2027-03-15',
        endDate: '2027-03-17',
        experts: [
          { name: 'Dr. Amira Haddad', role: 'ICC expert (lead)' },
          { name: 'Tomás Ferreira', role: 'ICC expert' },
        ],
      },
    });
    visitId = visit.id;
    await page.goto(host.url);
    await page.waitForLoadState('networkidle');
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('starts the agenda from the three-day template', async () => {
    await page.goto(base());
    await page.getByTestId('agenda-empty').waitFor();
    await screenshot(page, 'interviews-agenda-empty-en');
    await page.getByTestId('apply-template').click();
    await expect.poll(() => page.getByTestId('agenda-day').count()).toBe(3);
    expect(await page.getByTestId('meeting-row').count()).toBe(10);
    await screenshot(page, 'interviews-agenda-en');
    agenda = await callApi<Agenda>(host, 'interviews.agenda', { visitId });
  });

  it('edits a meeting and adds a participant, creating the stakeholder in one step', async () => {
    await page.getByTestId('edit-meeting').first().click();
    await page.getByTestId('meeting-title').fill('Opening meeting with the mayor');
    await page.getByTestId('new-participant-name').fill('Joris van Dijk');
    await page.getByTestId('new-participant-role').fill('Mayor of Lindenhaven');
    await page.getByTestId('create-stakeholder').click();
    await page.getByTestId('add-participant').click();
    await page.getByTestId('participant-row').first().waitFor();
    // Record consent: given, may be quoted by name.
    await page.getByTestId('consent-status').first().click();
    await page.getByRole('option', { name: 'Consent given' }).click();
    await page.getByTestId('consent-scope').first().click();
    await page.getByRole('option', { name: 'Quote by name' }).click();
    await expect.poll(() => page.getByTestId('consent-badge').first().textContent()).toBe('Quote by name');
    await screenshot(page, 'interviews-meeting-modal-en');
    await page.getByTestId('save-meeting').click();
    await expect.poll(() => page.getByTestId('meeting-row-title').first().textContent()).toBe('Opening meeting with the mayor');
    const stakeholders = await callApi<{ name: string }[]>(host, 'stakeholders.list', { visitId });
    expect(stakeholders.map((s) => s.name)).toContain('Joris van Dijk');
  });

  it('types notes that autosave without a save button', async () => {
    await page.getByTestId('open-notes').first().click();
    const editor = page.getByTestId('note-editor');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type('The mayor opened the meeting and presented the intercultural vision of the city. ');
    await page.keyboard.press('Enter');
    // A person's next key comes tens of ms after Enter; on a starved machine Playwright's came before the
    // editor had drawn the new paragraph, and the first letter landed after the caret (CI, once).
    await expect.poll(() => editor.locator('p').count()).toBe(2);
    await page.keyboard.type('Our schools are where the city learns to live together.');
    await expect.poll(() => savedState(page), { timeout: 5000 }).toBe('saved');
    const note = await callApi<MeetingNote>(host, 'interviews.getNote', { visitId, meetingId: agenda.days[0]!.meetings[0]!.id });
    expect(note.html).toContain('Our schools are where the city learns to live together.');
    await screenshot(page, 'interviews-notes-en');
  });

  it('codes a selected passage as a quote tagged with a policy area and the speaker', async () => {
    await page.keyboard.down('Shift');
    await page.keyboard.press('Home');
    await page.keyboard.up('Shift');
    // The keyboard shortcut (the toolbar's "Code selection" button runs the same code).
    await page.keyboard.press('Control+Alt+c');
    await expect.poll(() => page.getByTestId('coding-text').textContent()).toBe('Our schools are where the city learns to live together.');
    await page.getByTestId('coding-areas').click();
    await page.getByRole('option', { name: 'Education', exact: true }).click();
    await page.keyboard.press('Escape');
    await screenshot(page, 'interviews-coding-modal-en');
    await page.getByTestId('coding-save').click();
    await page.getByTestId('passage-card').first().waitFor();
    expect(await page.getByTestId('passage-attribution').first().textContent()).toContain('Joris van Dijk (Mayor of Lindenhaven)');
    await expect.poll(() => savedState(page), { timeout: 5000 }).toBe('saved');
    const note = await callApi<MeetingNote>(host, 'interviews.getNote', { visitId, meetingId: agenda.days[0]!.meetings[0]!.id });
    expect(note.html).toMatch(/<span data-passage-id="[\w-]+" data-code="quote">Our schools are where the city learns to live together\.<\/span>/);
    await screenshot(page, 'interviews-coded-en');
  });

  it('never executes pasted or stored markup (notes, names)', async () => {
    const errors: string[] = [];
    page.on('dialog', (d) => (errors.push(d.message()), void d.dismiss()));
    await page.getByTestId('note-editor').click();
    await page.keyboard.press('End');
    for (const payload of XSS_PAYLOADS) await pasteHtml(page, payload);
    await expect.poll(() => savedState(page), { timeout: 5000 }).toBe('saved');
    // Stored through the API directly too, bypassing the editor; and as a participant name.
    const second = agenda.days[0]!.meetings[1]!.id;
    await callApi(host, 'interviews.saveNote', { visitId, meetingId: second, html: XSS_PAYLOADS.join('\n'), baseRevision: 0 });
    await callApi(host, 'interviews.addParticipant', { visitId, meetingId: second, participant: { name: XSS_PAYLOADS[0], role: XSS_PAYLOADS[1] } });
    await page.goto(`${base()}?tab=notes&meeting=${second}`);
    await page.getByTestId('note-editor').waitFor();
    await page.getByTestId('note-editor').hover();
    await page.waitForTimeout(300);
    await page.goto(`${base()}`);
    await page.getByTestId('meeting-row').first().waitFor();
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(errors).toEqual([]);
    const pasted = await callApi<MeetingNote>(host, 'interviews.getNote', { visitId, meetingId: agenda.days[0]!.meetings[0]!.id });
    expect(pasted.html).not.toContain('data-passage-id="x"');
    for (const meetingId of [agenda.days[0]!.meetings[0]!.id, second]) {
      const { html } = await callApi<MeetingNote>(host, 'interviews.getNote', { visitId, meetingId });
      expect(html).not.toMatch(/<script|<iframe|<svg|<object|<img|<style|onerror|onload|ontoggle|onmouseover|javascript:/i);
    }
  });

  it('stays responsive with a 1 MB paste', async () => {
    const meetingId = agenda.days[1]!.meetings[0]!.id;
    await page.goto(`${base()}?tab=notes&meeting=${meetingId}`);
    await page.getByTestId('note-editor').click();
    const para = `<p>${'Interview notes about équipes de quartier, schools and the harbour. '.repeat(15)}</p>`;
    const big = para.repeat(Math.ceil(1_048_576 / para.length));
    const t0 = Date.now();
    await pasteHtml(page, big);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const pasteMs = Date.now() - t0;
    // Then type: time from a keystroke to the character painted, ten times.
    const keys: number[] = [];
    for (let i = 0; i < 10; i++) {
      keys.push(
        (await page.evaluate(`new Promise((resolve) => {
          const t = performance.now();
          const ed = document.querySelector('[data-testid="note-editor"]');
          const obs = new MutationObserver(() => { obs.disconnect(); requestAnimationFrame(() => resolve(performance.now() - t)); });
          obs.observe(ed, { subtree: true, characterData: true, childList: true });
          document.execCommand('insertText', false, 'Z');
        })`)) as number,
      );
      await page.waitForTimeout(150);
    }
    keys.sort((x, y) => x - y);
    await expect.poll(() => savedState(page), { timeout: 15_000 }).toBe('saved');
    const note = await callApi<MeetingNote>(host, 'interviews.getNote', { visitId, meetingId });
    expect(note.html.length).toBeGreaterThan(1_000_000);
    expect(note.html).toContain('ZZZZZZZZZZ');
    console.log(`1 MB paste: ${pasteMs} ms until painted; keystroke to paint after it: median ${keys[4]!.toFixed(0)} ms, max ${keys[9]!.toFixed(0)} ms`);
    // Generous bounds: the shared test machine is often heavily loaded; the figures are printed above.
    expect(pasteMs).toBeLessThan(8000);
    expect(keys[4]).toBeLessThan(300);
  });

  it('shows a conflict instead of silently overwriting when two windows edit one note', async () => {
    const meetingId = agenda.days[0]!.meetings[2]!.id;
    const second = await context.newPage();
    await page.goto(`${base()}?tab=notes&meeting=${meetingId}`);
    // The host's token lives in each tab's session storage: open the address with the token first.
    await second.goto(host.url);
    await second.waitForLoadState('networkidle');
    await second.goto(`${base()}?tab=notes&meeting=${meetingId}`);
    // Long waits: leaving the 1 MB note of the previous test can take a while on a loaded machine.
    await page.getByTestId('note-editor').waitFor({ timeout: 60_000 });
    await second.getByTestId('note-editor').waitFor({ timeout: 60_000 });
    await page.getByTestId('note-editor').click();
    await page.keyboard.type('Window A writes first.');
    await expect.poll(() => savedState(page), { timeout: 5000 }).toBe('saved');
    await second.getByTestId('note-editor').click();
    await second.keyboard.type('Window B did not see that.');
    await second.getByTestId('note-conflict').waitFor({ timeout: 5000 });
    const stored = await callApi<MeetingNote>(host, 'interviews.getNote', { visitId, meetingId });
    expect(stored.html).toContain('Window A writes first.');
    expect(stored.html).not.toContain('Window B');
    await screenshot(second, 'interviews-conflict-en');
    await second.getByTestId('conflict-reload').click();
    await expect.poll(() => second.getByTestId('note-editor').textContent()).toContain('Window A writes first.');
    await second.close();
  });

  it('attaches a flipchart photo with a thumbnail and refuses a disguised file', async () => {
    const meetingId = agenda.days[0]!.meetings[0]!.id;
    await page.goto(`${base()}?tab=notes&meeting=${meetingId}`);
    await page.getByTestId('note-editor').waitFor();
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#fff8dc"/><text x="60" y="140" font-size="72" fill="#1c7ed6">Vision 2030</text><line x1="60" y1="200" x2="700" y2="520" stroke="#e03131" stroke-width="12"/></svg>').render().asPng();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('add-attachment').click();
    await (await chooser).setFiles({ name: 'flipchart.png', mimeType: 'image/png', buffer: png });
    await page.getByTestId('attachment').first().waitFor();
    const wrong = page.waitForEvent('filechooser');
    await page.getByTestId('add-attachment').click();
    await (await wrong).setFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: png });
    await page.getByText('its name ends in “.jpg” but its content is PNG').waitFor();
    expect(await page.getByTestId('attachment').count()).toBe(1);
    await screenshot(page, 'interviews-attachments-en');
  });

  it('lists findings per policy area with their meeting, and jumps back to the passage', async () => {
    await page.getByTestId('tab-findings').click();
    await page.getByTestId('findings-group').first().waitFor();
    expect(await page.getByTestId('findings-group').first().textContent()).toContain('Education');
    await screenshot(page, 'interviews-findings-en');
    await page.getByTestId('open-in-note').first().click();
    await page.getByTestId('note-editor').waitFor();
    await expect.poll(() => selectionText(page), { timeout: 5000 }).toBe('Our schools are where the city learns to live together.');
    await screenshot(page, 'interviews-jump-to-passage-en');
  });

  it('respects a withdrawn consent everywhere the quote is shown', async () => {
    const meeting = (await callApi<Agenda>(host, 'interviews.agenda', { visitId })).days[0]!.meetings[0]!;
    const mayor = meeting.participants[0]!;
    await callApi(host, 'interviews.updateParticipant', { visitId, participantId: mayor.id, participant: { name: mayor.name, role: 'Mayor of Lindenhaven', consent: { status: 'given', date: '2027-03-15', scope: 'quote_anonymously' }, stakeholderId: (mayor as unknown as { stakeholderId: string }).stakeholderId } });
    await page.goto(`${base()}?tab=findings`);
    await page.reload();
    await page.getByTestId('passage-card').first().waitFor();
    expect(await page.getByTestId('passage-attribution').first().textContent()).toBe('— a participant');
    expect(await page.getByTestId('passage-consent').first().textContent()).toBe('Quote anonymously');
    // Neither the attribution nor a name tag gives the speaker away.
    expect(await page.getByTestId('passage-card').first().textContent()).not.toContain('Joris van Dijk');
  });

  it('searches accent-insensitively with highlighted, grouped results and opens the note at the hit', async () => {
    await page.getByTestId('tab-search').click();
    await page.getByTestId('search-input').fill('equipes');
    await page.getByTestId('search-group-note').waitFor();
    expect(await page.locator('.search-hit mark').first().textContent()).toBe('équipes');
    await page.getByTestId('search-input').fill('schools');
    await page.getByTestId('search-group-passage').waitFor();
    await screenshot(page, 'interviews-search-en');
    await page.getByTestId('search-group-note').getByTestId('search-hit').first().click();
    await page.getByTestId('note-editor').waitFor();
    await expect.poll(async () => (await selectionText(page)).toLowerCase(), { timeout: 5000 }).toBe('schools');
  });

  it('shows the agenda in French', async () => {
    await page.goto(base());
    await page.getByTestId('language-switch').getByText('FR').click();
    await page.getByText('Exporter le programme (Word)').waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'interviews-agenda-fr');
    // The Word export (built by the strategy area's exports.agendaDocx) arrives as a download.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('export-agenda').click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    await page.getByTestId('language-switch').getByText('EN').click();
  });

  it('runs the demo visit: full agenda, coded notes, findings per area and per stakeholder', async () => {
    const demo = await callApi<{ id: string }>(host, 'demo.create', {});
    const demoBase = `${host.origin}/#/visits/${demo.id}/interviews`;
    await page.goto(demoBase);
    await expect.poll(() => page.getByTestId('meeting-row').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(20);
    await screenshot(page, 'interviews-demo-agenda-en');
    await page.getByTestId('open-notes').nth(1).click();
    await page.getByTestId('note-editor').waitFor();
    await expect.poll(() => page.getByTestId('passage-card').count(), { timeout: 10_000 }).toBeGreaterThan(5);
    await screenshot(page, 'interviews-demo-notes-en');
    await page.goto(`${demoBase}?tab=findings`);
    await expect.poll(() => page.getByTestId('findings-group').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(15);
    await screenshot(page, 'interviews-demo-findings-area-en');
    await page.getByTestId('findings-by').getByText('By stakeholder').click();
    await page.getByTestId('passage-card').first().waitFor();
    await screenshot(page, 'interviews-demo-findings-stakeholder-en');
    await page.goto(`${demoBase}?tab=search`);
    await page.getByTestId('search-input').fill('segregation ecole');
    await page.getByTestId('search-input').fill('segregation');
    await page.getByTestId('search-hit').first().waitFor();
    await screenshot(page, 'interviews-demo-search-en');
    await page.getByTestId('language-switch').getByText('FR').click();
    await page.goto(`${demoBase}?tab=findings`);
    await page.getByTestId('findings-group').first().waitFor();
    await screenshot(page, 'interviews-demo-findings-fr');
    await page.getByTestId('language-switch').getByText('EN').click();
  });
});
