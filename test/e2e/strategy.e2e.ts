import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { callApi, launchChromium, newPage, screenshot, startBrowserHost, type RunningHost } from '../support/browser-host';
import { readDocx, xmlText } from '../support/docx';
import { VisitLibrary } from '../../src/main/services/visit-library';
import { seedExportVisit } from '../../src/main/export/test-visit';
import { systemClock } from '../../src/main/util/clock';

describe('strategy editor and Word export in the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let visitId: string;

  beforeAll(async () => {
    host = await startBrowserHost();
    browser = await launchChromium();
    ({ page } = await newPage(browser, { height: 1000 }));
    visitId = (await callApi<{ id: string }>(host, 'demo.create')).id;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/visits/${visitId}/strategy`);
    await page.getByTestId('strategy-page').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('edits the title and keeps it after a reload (autosave)', async () => {
    const title = page.getByTestId('field-strategy-title');
    await title.fill('Lindenhaven: one port, many stories — Лінденгафен');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await screenshot(page, 'strategy-overview-en');
    await page.reload();
    await page.getByTestId('strategy-page').waitFor();
    expect(await page.getByTestId('field-strategy-title').inputValue()).toBe('Lindenhaven: one port, many stories — Лінденгафен');
    const saved = await callApi<{ doc: { title: string } }>(host, 'strategy.get', { visitId });
    expect(saved.doc.title).toBe('Lindenhaven: one port, many stories — Лінденгафен');
  });

  it('shows the action plan as a table and edits one action in its form', async () => {
    await page.getByTestId('strategy-tab-actions').click();
    await page.getByTestId('action-table').waitFor();
    expect(await page.getByTestId('action-row').count()).toBe(14);
    await screenshot(page, 'strategy-actions-table-en');
    await page.getByTestId('action-row').first().locator('td').nth(1).click();
    await page.getByTestId('action-drawer').getByTestId('action-title').waitFor();
    await page.getByTestId('action-objective').fill('Every front desk serves every resident with confidence.');
    await page.getByTestId('action-end').fill('2030');
    await expect.poll(async () => (await callApi<{ actions: { objective: string; end: string }[] }>(host, 'strategy.get', { visitId })).actions[0]!.end, { timeout: 10_000 }).toBe('2030');
    await screenshot(page, 'strategy-action-form-en');
    await page.keyboard.press('Escape');
  });

  it('offers priority suggestions and adds one only when picked', async () => {
    await page.getByTestId('strategy-tab-priorities').click();
    await page.getByTestId('suggestions').waitFor();
    const before = (await callApi<{ priorities: unknown[] }>(host, 'strategy.get', { visitId })).priorities.length;
    await screenshot(page, 'strategy-priorities-en');
    const take = page.getByTestId('take-suggestion');
    if ((await take.count()) > 0) {
      await take.first().click();
      await expect.poll(async () => (await callApi<{ priorities: unknown[] }>(host, 'strategy.get', { visitId })).priorities.length).toBe(before + 1);
    }
    await page.getByTestId('strategy-tab-phases').click();
    await page.getByTestId('phase-commit').waitFor();
    await screenshot(page, 'strategy-phases-en');
  });

  it('exports the strategy in French, anonymised, as a browser download', async () => {
    await page.goto(`${host.origin}/#/visits/${visitId}/export`);
    await page.getByTestId('export-page').waitFor();
    await page.getByTestId('export-lang').getByText('Français').click();
    await page.getByTestId('export-anonymise').click();
    await screenshot(page, 'export-options-en');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-progress').waitFor();
    await screenshot(page, 'export-progress-en');
    const file = await download;
    expect(file.suggestedFilename()).toBe('Lindenhaven - Stratégie interculturelle (projet, FR, anonymisé).docx');
    const path = await file.path();
    const { parts, media } = readDocx(readFileSync(path));
    const text = xmlText(parts['word/document.xml']!);
    expect(text).toContain('Plan d’action');
    expect(text).toContain('Lindenhaven: one port, many stories — Лінденгафен');
    expect(text).toContain('Every front desk serves every resident with confidence.');
    expect(Object.keys(media).length).toBeGreaterThanOrEqual(1);
    const all = Object.values(parts).join('\n');
    for (const secret of ['Amira Haddad', 'Tomás Ferreira', 'Claire Dubois', 'Noor Visser', 'noor.visser@lindenhaven.example', 'Eva van den Berg']) expect(all.includes(secret), secret).toBe(false);
    await page.getByTestId('export-done').waitFor();
    await screenshot(page, 'export-done-en');
  });

  it('cancels a running export and offers no file', async () => {
    // A large visit (150 actions, 500 coded passages), written straight into the host's library, so the
    // export still runs when Cancel is clicked even in the warm export worker.
    const library = new VisitLibrary(host.dataDir, systemClock);
    const { id } = library.create({ title: 'Large visit', city: 'Grootstad', country: 'Netherlands' } as never);
    seedExportVisit(library.get(id), systemClock, { stakeholders: 60, meetings: 30, passages: 500, actions: 150 });
    library.closeAll();
    await page.goto(`${host.origin}/#/visits/${id}/export`);
    await page.getByTestId('export-page').waitFor();
    let downloaded = false;
    page.once('download', () => (downloaded = true));
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-cancel').click();
    await page.getByText('Export cancelled. No file was written.').waitFor({ timeout: 30_000 });
    await screenshot(page, 'export-cancelled-en');
    await page.waitForTimeout(500);
    expect(downloaded).toBe(false);
  });

  it('shows the editor and the export page in French', async () => {
    await page.getByTestId('language-switch').getByText('FR').click();
    await page.goto(`${host.origin}/#/visits/${visitId}/strategy`);
    await page.getByText('Stratégie interculturelle').first().waitFor();
    await page.getByTestId('strategy-tab-actions').click();
    await page.getByTestId('action-table').waitFor();
    expect(await page.getByText('Plan d’action').count()).toBeGreaterThan(0);
    await screenshot(page, 'strategy-actions-table-fr');
    await page.goto(`${host.origin}/#/visits/${visitId}/export`);
    await page.getByText('Exporter en Word').waitFor();
    await screenshot(page, 'export-options-fr');
  });
});
