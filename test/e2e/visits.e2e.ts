import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage, screenshot, startBrowserHost, type RunningHost } from '../support/browser-host';

describe('visits in the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startBrowserHost();
    browser = await launchChromium();
    ({ page } = await newPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows an empty library with the demo offer', async () => {
    await page.goto(host.url);
    await page.getByTestId('empty-library').waitFor();
    expect(page.url()).not.toContain('token=');
    await screenshot(page, 'visits-empty-en');
  });

  it('refuses API requests without the token and changes nothing', async () => {
    const res = await fetch(`${host.origin}/api/visits.create`, { method: 'POST', body: JSON.stringify({ profile: { title: 'x', city: 'y' } }) });
    expect(res.status).toBe(401);
    const wrong = await fetch(`${host.origin}/api/visits.list`, { method: 'POST', headers: { 'x-icc-token': 'wrong' }, body: '{}' });
    expect(wrong.status).toBe(401);
    expect(readdirSync(join(host.dataDir, 'visits'))).toEqual([]);
  });

  it('validates the form inline and saves nothing when invalid', async () => {
    await page.getByTestId('new-visit').first().click();
    await page.getByTestId('submit-visit').click();
    await expect.poll(() => page.getByText('Give the visit a name.').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Enter the city.').count()).toBeGreaterThan(0);
    await screenshot(page, 'visit-form-invalid-en');
    expect(readdirSync(join(host.dataDir, 'visits'))).toEqual([]);
  });

  it('creates a visit with a Cyrillic city and finds it again after a reload', async () => {
    await page.getByTestId('field-title').fill('Експертний візит 2027');
    await page.getByTestId('field-city').fill('Мелітополь');
    await page.getByTestId('field-country').fill('Україна');
    await page.getByTestId('field-population').locator('input').or(page.getByTestId('field-population')).first().fill('150000');
    await page.getByTestId('add-expert').click();
    await page.getByPlaceholder('Name').fill('Δημήτρης Παπαδόπουλος');
    await page.getByTestId('submit-visit').click();
    await page.getByTestId('overview-city').waitFor();
    expect(await page.getByTestId('overview-city').textContent()).toBe('Мелітополь');
    await page.reload();
    await page.getByTestId('overview-city').waitFor();
    expect(await page.getByTestId('fact-population').textContent()).toMatch(/150/);
    await screenshot(page, 'visit-overview-en');
    await page.goto(host.origin + '/#/');
    await page.getByTestId('visit-row').first().waitFor();
    expect(await page.getByTestId('visit-row').count()).toBe(1);
    await screenshot(page, 'visits-list-en');
  });

  it('switches to French, and remembers it after a reload', async () => {
    await page.getByTestId('language-switch').getByText('FR').click();
    await page.getByText('Nouvelle visite').first().waitFor();
    await page.reload();
    await page.getByText('Nouvelle visite').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await screenshot(page, 'visits-list-fr');
  });

  it('edits the city profile', async () => {
    await page.getByTestId('visit-row').first().click();
    await page.getByTestId('edit-profile').click();
    await page.getByTestId('field-city').fill('Запоріжжя');
    await page.getByTestId('submit-visit').click();
    await expect.poll(() => page.getByTestId('overview-city').textContent()).toBe('Запоріжжя');
    await screenshot(page, 'visit-overview-fr');
  });

  it('deletes the visit after typing its name, which removes the file', async () => {
    await page.getByTestId('delete-visit').click();
    expect(await page.getByTestId('delete-confirm').isDisabled()).toBe(true);
    await page.getByTestId('delete-confirm-input').fill('Експертний візит 2027');
    await page.getByTestId('delete-confirm').click();
    await page.getByTestId('empty-library').waitFor();
    expect(readdirSync(join(host.dataDir, 'visits')).filter((f) => f.endsWith('.sqlite'))).toEqual([]);
  });

  it('opens the demo visit from the empty library', async () => {
    await page.getByTestId('language-switch').getByText('EN').click();
    await page.getByTestId('open-demo').click();
    await page.getByTestId('overview-city').waitFor();
    expect(await page.getByTestId('overview-city').textContent()).toBe('Lindenhaven');
    await screenshot(page, 'demo-overview-en');
    expect(existsSync(join(host.dataDir, 'visits'))).toBe(true);
  });

  it('lists a damaged file by name, keeps working, and leaves the file untouched', async () => {
    const junk = join(host.dataDir, 'visits', 'broken.visit.sqlite');
    writeFileSync(junk, 'not a database '.repeat(500));
    await page.goto(host.origin + '/#/');
    await page.reload();
    await page.getByTestId('unreadable-files').waitFor();
    expect(await page.getByTestId('unreadable-files').textContent()).toContain('broken.visit.sqlite');
    expect(await page.getByTestId('visit-row').count()).toBe(1);
    await screenshot(page, 'visits-unreadable-file-en');
    expect(readFileSync(junk, 'utf8')).toBe('not a database '.repeat(500));
    rmSync(junk);
    await page.getByTestId('visit-row').first().click();
    await page.getByTestId('overview-city').waitFor();
  });

  it('shows a locked page to a browser tab opened without the key', async () => {
    const { context, page: stranger } = await newPage(browser);
    await stranger.goto(host.origin + '/');
    await stranger.getByTestId('not-authorised').waitFor();
    await screenshot(stranger, 'not-authorised');
    await context.close();
  });

  it('uses the dark theme when asked', async () => {
    await page.getByTestId('theme-toggle').click();
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    await screenshot(page, 'demo-overview-dark');
  });
});
