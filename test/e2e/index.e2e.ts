/**
 * The Index page in Chromium through the browser host: import a generated report PDF (upload via the
 * hidden file input), review every value beside the rendered page, confirm, see the dashboard; a second,
 * older report for progress over time; a bad file that changes nothing; EN/FR, light/dark screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { callApi, launchChromium, newPage, screenshot, startBrowserHost, type RunningHost } from '../support/browser-host';
import { renderReport } from '../fixtures/index-reports/generate';
import { REPORT_SPECS } from '../fixtures/index-reports/specs';

describe('Index reports in Chromium', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let visitId: string;
  const dir = mkdtempSync(join(tmpdir(), 'icc-e2e-index-'));
  const pdf2022 = join(dir, 'lindenhaven-2022-v2-en.pdf');
  const pdf2016 = join(dir, 'lindenhaven-2016-v1-en.pdf');
  const junk = join(dir, 'minutes.pdf');
  const incomplete = join(dir, 'harbourg-2021-v2-en-incomplete.pdf');

  const upload = async (path: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('index-import').click();
    await (await chooser).setFiles(path);
  };
  /** Screenshots without the transient "saved" toast over the content. */
  const shot = async (name: string, full = false) => {
    await page.evaluate("document.querySelectorAll('.mantine-Notification-root').forEach((n) => (n.style.display = 'none'))");
    await page.waitForTimeout(600);
    await screenshot(page, name, full);
  };
  const reports = () => callApi<{ id: string; reportDate: string }[]>(host, 'indexReports.list', { visitId });

  beforeAll(async () => {
    writeFileSync(pdf2022, (await renderReport(REPORT_SPECS.find((s) => s.file === 'lindenhaven-2022-v2-en.pdf')!)).pdf);
    writeFileSync(pdf2016, (await renderReport(REPORT_SPECS.find((s) => s.file === 'lindenhaven-2016-v1-en.pdf')!)).pdf);
    writeFileSync(incomplete, (await renderReport(REPORT_SPECS.find((s) => s.file === 'harbourg-2021-v2-en-incomplete.pdf')!)).pdf);
    writeFileSync(junk, 'These are meeting minutes, not a PDF.\n'.repeat(50));
    host = await startBrowserHost();
    const visit = await callApi<{ id: string }>(host, 'visits.create', { profile: { title: 'Expert visit 2027', city: 'Lindenhaven', country: 'Netherlands' } });
    visitId = visit.id;
    await callApi(host, 'settings.update', { language: 'en', colorScheme: 'light' });
    browser = await launchChromium();
    ({ page } = await newPage(browser, { width: 1600, height: 1000 }));
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/visits/${visitId}/index`);
    await page.getByTestId('index-empty').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file that is not a PDF with a clear message and saves nothing', async () => {
    await upload(junk);
    await page.getByTestId('index-import-error').waitFor();
    expect(await page.getByTestId('index-import-error').textContent()).toMatch(/not a PDF/);
    expect(await reports()).toEqual([]);
    await screenshot(page, 'index-bad-file-en-light');
  });

  it('flags what is missing or inconsistent, lets the user fill it, and saves nothing on discard', async () => {
    await upload(incomplete);
    await page.getByTestId('review-screen').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('flag-count').textContent()).toMatch(/4 to check/);
    expect(await page.getByTestId('ind-city-v2.interaction').inputValue()).toBe('');
    await page.getByTestId('ind-row-v2.interaction').click();
    expect(await page.getByTestId('review-focus').textContent()).toMatch(/Not found in the report/);
    await page.evaluate('window.scrollTo(0, 0)');
    await shot('index-review-flags-en-light');
    await page.getByTestId('ind-city-v2.interaction').fill('58');
    await page.getByTestId('ind-sample-v2.interaction').fill('61');
    await expect.poll(() => page.getByTestId('flag-count').textContent()).toMatch(/2 to check/);
    await page.getByTestId('review-cancel').click();
    await page.getByTestId('index-empty').waitFor();
    expect(await reports()).toEqual([]);
  });

  it('imports the PDF into a review screen with every value, its evidence and the page beside it', async () => {
    await upload(pdf2022);
    await page.getByTestId('review-screen').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('ind-city-v2.education').inputValue()).toBe('78');
    expect(await page.getByTestId('ind-sample-v2.anti_discrimination').inputValue()).toBe('62');
    expect(await page.getByTestId('field-report-city').inputValue()).toBe('Lindenhaven');
    expect(await page.getByTestId('field-sample-size').inputValue()).toBe('152');
    await expect.poll(() => page.getByTestId('pdf-page-label').textContent(), { timeout: 60_000 }).toMatch(/page 4 of 34/);
    // Clicking a row shows its page.
    await page.getByTestId('ind-row-v2.participation').click();
    await expect.poll(() => page.getByTestId('pdf-page-label').textContent()).toMatch(/page 29 of/);
    // Nothing is saved before confirming.
    expect(await reports()).toEqual([]);
    await page.getByTestId('ind-row-v2.education').click();
    expect(await page.getByTestId('review-focus').textContent()).toMatch(/Education · p. 6.*78 out of 100/);
    await page.evaluate('window.scrollTo(0, 0)');
    await shot('index-review-en-light');
  });

  it('flags an edited value over 100 and clears the flag when corrected', async () => {
    const cell = page.getByTestId('ind-city-v2.media_communication');
    await cell.fill('390');
    await expect.poll(() => page.getByTestId('flag-count').textContent()).toMatch(/1 to check/);
    await cell.fill('39');
    await expect.poll(() => page.getByTestId('flag-count').textContent()).toMatch(/Nothing flagged/);
  });

  it('saves on confirm and shows the dashboard', async () => {
    await page.getByTestId('review-confirm').click();
    await page.getByTestId('index-dashboard').waitFor();
    expect(await page.getByTestId('dash-aggregate-city').textContent()).toBe('68');
    expect(await page.getByTestId('dash-aggregate-gap').textContent()).toBe('+7');
    const gaps = await page.getByTestId('gap-row').allTextContents();
    expect(gaps[0]).toMatch(/Anti-discrimination.*−15/);
    expect(gaps[gaps.length - 1]).toMatch(/International outlook.*\+18/);
    const saved = await reports();
    expect(saved).toHaveLength(1);
    const source = await callApi<{ sha256: string } | null>(host, 'indexReports.sourcePdf', { visitId, reportId: saved[0]!.id });
    expect(source?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('adds the 2016 report and shows progress over time with v1 areas mapped', async () => {
    await upload(pdf2016);
    await page.getByTestId('review-screen').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('ind-city-v1.governance').inputValue()).toBe('45');
    await page.getByTestId('review-confirm').click();
    await page.getByTestId('index-dashboard').waitFor();
    // The newest report stays in front; the 2016 one feeds the progress table.
    await page.getByTestId('report-switch').getByText('2022').click();
    await page.getByTestId('dash-progress').waitFor();
    const rows = await page.getByTestId('dash-progress').locator('tbody tr').allTextContents();
    expect(rows.find((r) => r.startsWith('Leadership and citizenship'))).toMatch(/45.*83.*\+38/);
    expect(rows.find((r) => r.startsWith('Participation'))).toMatch(/new area/);
    await shot('index-dashboard-en-light', true);
  });

  it('exports a report as JSON and CSV and imports both back into the review screen', async () => {
    const [latest] = await reports();
    for (const format of ['json', 'csv'] as const) {
      const file = await callApi<{ fileToken: string; fileName: string }>(host, 'indexReports.export', { visitId, reportId: latest!.id, format });
      const res = await fetch(`${host.origin}/files/${file.fileToken}`, { headers: { 'x-icc-token': host.token } });
      const path = join(dir, file.fileName);
      writeFileSync(path, Buffer.from(await res.arrayBuffer()));
      await upload(path);
      await page.getByTestId('review-screen').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('ind-city-v2.education').inputValue()).toBe('78');
      expect(await page.getByTestId('pdf-pane').count()).toBe(0);
      await page.getByTestId('review-cancel').click();
      await page.getByTestId('index-dashboard').waitFor();
    }
    expect(await reports()).toHaveLength(2);
  });

  it('enters a whole report by hand, then deletes it', async () => {
    await page.getByTestId('index-manual').click();
    await page.getByTestId('review-screen').waitFor();
    expect(await page.getByTestId('pdf-pane').count()).toBe(0);
    await page.getByTestId('field-report-date').fill('2019-06');
    await page.getByTestId('field-sample-size').fill('100');
    await page.getByTestId('field-aggregate-city').fill('64');
    await page.getByTestId('field-aggregate-sample').fill('60');
    await page.getByTestId('ind-city-v2.commitment').fill('80');
    await page.getByTestId('ind-sample-v2.commitment').fill('70');
    expect(await page.getByTestId('review-flags').textContent()).toMatch(/Education — No rate found/);
    await page.getByTestId('review-confirm').click();
    await page.getByTestId('index-dashboard').waitFor();
    expect(await reports()).toHaveLength(3);
    await page.getByTestId('report-switch').getByText('2019').click();
    await expect.poll(() => page.getByTestId('dash-aggregate-city').textContent()).toBe('64');
    await page.getByTestId('index-more').click();
    await page.getByTestId('index-delete').click();
    await page.getByTestId('confirm-delete-report').click();
    await expect.poll(async () => (await reports()).length).toBe(2);
  });

  for (const [lang, scheme] of [['en', 'dark'], ['fr', 'light'], ['fr', 'dark']] as const) {
    it(`reads well in ${lang.toUpperCase()}, ${scheme}`, async () => {
      await callApi(host, 'settings.update', { language: lang, colorScheme: scheme });
      await page.goto(`${host.origin}/#/visits/${visitId}/index`);
      await page.reload();
      try {
        await page.getByTestId('index-dashboard').waitFor();
      } catch (error) {
        await screenshot(page, `index-debug-${lang}-${scheme}`);
        throw error;
      }
      await page.getByTestId('report-switch').getByText('2022').click();
      await page.getByTestId('dash-progress').waitFor();
      if (lang === 'fr') expect(await page.getByTestId('index-page').textContent()).toMatch(/Écarts : du plus grand retard/);
      await shot(`index-dashboard-${lang}-${scheme}`, true);
      await page.getByTestId('index-edit').click();
      await page.getByTestId('review-screen').waitFor();
      await expect.poll(() => page.getByTestId('pdf-page-label').textContent(), { timeout: 60_000 }).toMatch(/4/);
      await page.getByTestId('ind-row-v2.anti_discrimination').click();
      await page.evaluate('window.scrollTo(0, 0)');
      await shot(`index-review-${lang}-${scheme}`);
      await page.getByTestId('review-cancel').click();
      await page.getByTestId('index-dashboard').waitFor();
    });
  }

  it('shows the demo visit’s Lindenhaven reports with progress since 2016', async () => {
    await callApi(host, 'settings.update', { language: 'en', colorScheme: 'light' });
    const demo = await callApi<{ id: string }>(host, 'demo.create', {});
    await page.goto(`${host.origin}/#/visits/${demo.id}/index`);
    await page.reload();
    await page.getByTestId('index-dashboard').waitFor();
    expect(await page.getByTestId('dash-aggregate-city').textContent()).toBe('68');
    await page.getByTestId('dash-progress').waitFor();
    expect(await page.getByTestId('dash-rank-all').textContent()).toBe('23 of 152');
    await shot('index-demo-dashboard-en-light');
  });
});
