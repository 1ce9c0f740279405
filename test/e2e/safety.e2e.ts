import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { callApi, launchChromium, newPage, ROOT, screenshot, startBrowserHost, type RunningHost } from '../support/browser-host';

interface Summary {
  id: string;
  profile: { title: string; city: string } & Record<string, unknown>;
}

describe('versions, export and import in the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let visit: Summary;
  const downloads = mkdtempSync(join(tmpdir(), 'icc-e2e-downloads-'));

  beforeAll(async () => {
    host = await startBrowserHost();
    browser = await launchChromium();
    ({ page } = await newPage(browser));
    visit = await callApi<Summary>(host, 'demo.create');
    await callApi(host, 'snapshots.create', { visitId: visit.id });
    await callApi(host, 'visits.updateProfile', { visitId: visit.id, profile: { ...visit.profile, title: 'Renamed by mistake' } });
    await callApi(host, 'snapshots.create', { visitId: visit.id });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('lists the snapshots with date, reason and size', async () => {
    await page.goto(`${host.url}#/visits/${visit.id}/versions`);
    await page.getByTestId('versions-table').waitFor();
    expect(await page.getByTestId('version-row').count()).toBe(2);
    expect(await page.getByTestId('versions-table').textContent()).toMatch(/By hand.*KB/s);
    await screenshot(page, 'versions-en', true);
  });

  it('restores the older snapshot, keeping the current state as a new version', async () => {
    await page.getByTestId('version-restore').last().click();
    await page.getByTestId('restore-confirm').waitFor();
    await screenshot(page, 'versions-restore-confirm-en');
    await page.getByTestId('restore-confirm').click();
    await expect.poll(() => page.getByTestId('version-row').count()).toBe(3);
    const after = await callApi<Summary>(host, 'visits.get', { visitId: visit.id });
    expect(after.profile.title).toBe(visit.profile.title);
    expect(await page.getByTestId('versions-table').textContent()).toContain('Before a restore');
    await expect.poll(() => page.getByTestId('nav-city').textContent()).toBe('Lindenhaven');
  });

  it('exports the visit as one .iccvisit file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-visit').click()]);
    expect(download.suggestedFilename()).toMatch(/\.iccvisit$/);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    const entries = unzipSync(readFileSync(path));
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8'));
    expect(manifest).toMatchObject({ format: 'iccvisit', encrypted: false, title: visit.profile.title });
    expect(Buffer.from(entries['visit.sqlite']!).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    await screenshot(page, 'versions-exported-en');
  });

  it('imports the file from the visit list as a new visit', async () => {
    const file = join(downloads, (await import('node:fs')).readdirSync(downloads)[0]!);
    await page.goto(`${host.origin}/#/`);
    await page.getByTestId('visit-row').first().waitFor();
    await screenshot(page, 'visits-list-import-button-en');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-visit').click()]);
    await chooser.setFiles(file);
    await page.getByTestId('overview-city').waitFor();
    expect(await page.getByTestId('overview-city').textContent()).toBe('Lindenhaven');
    expect(page.url()).not.toContain(visit.id);
    expect(await page.getByTestId('overview-title').textContent()).toBe(`${visit.profile.title} (2)`);
    await page.goto(`${host.origin}/#/`);
    await expect.poll(() => page.getByTestId('visit-row').count()).toBe(2);
    await screenshot(page, 'visits-after-import-en');
  });

  it('refuses a bad file with a clear message and adds nothing', async () => {
    const bad = join(downloads, 'tampered.iccvisit');
    writeFileSync(bad, 'PK\u0003\u0004 this is not really a zip');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-visit').click()]);
    await chooser.setFiles(bad);
    await page.getByText(/not a complete \.iccvisit file/).waitFor();
    await screenshot(page, 'visits-import-refused-en');
    expect(await page.getByTestId('visit-row').count()).toBe(2);
  });

  it('shows the encryption dialog with its warning, in French too', async () => {
    await page.goto(`${host.origin}/#/visits/${visit.id}/versions`);
    await page.getByTestId('set-passphrase').click();
    await page.getByTestId('passphrase-1').fill('lindenhaven 2027');
    await page.getByTestId('passphrase-2').fill('lindenhaven 2027');
    await screenshot(page, 'versions-encrypt-dialog-en');
    await page.getByTestId('passphrase-confirm').click();
    await page.getByTestId('encrypted-badge').waitFor();
    await page.getByTestId('language-switch').getByText('FR').click();
    await page.getByText('Créer une version maintenant').waitFor();
    await screenshot(page, 'versions-fr', true);
    await page.getByTestId('language-switch').getByText('EN').click();
  });
});

describe('a data folder inside a cloud-sync folder', () => {
  it('warns on the visit list', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'icc-e2e-cloud-'));
    const dataDir = join(parent, 'Dropbox', 'icc-workbench');
    mkdirSync(dataDir, { recursive: true });
    const host = await startBrowserHost({ dataDir });
    const browser = await launchChromium();
    try {
      const { page } = await newPage(browser);
      await callApi(host, 'demo.create');
      await page.goto(host.url);
      await page.getByTestId('cloud-sync-warning').waitFor();
      expect(await page.getByTestId('cloud-sync-warning').textContent()).toContain('Dropbox');
      await screenshot(page, 'visits-cloud-sync-warning-en');
    } finally {
      await browser.close();
      await host.stop();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('command line: visits export and import', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'out/main/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exports a visit to an .iccvisit file and imports it into another library as a new visit', () => {
    const from = mkdtempSync(join(tmpdir(), 'icc-cli-from-'));
    const to = mkdtempSync(join(tmpdir(), 'icc-cli-to-'));
    const out = join(from, 'lindenhaven.iccvisit');
    try {
      const created = JSON.parse(cli('demo', 'create', '--json', '--data-dir', from).stdout) as Summary;
      const exported = cli('visits', 'export', created.id, '--out', out, '--data-dir', from);
      expect(exported.status, exported.stderr).toBe(0);
      expect(exported.stdout).toMatch(/Exported to .*lindenhaven\.iccvisit/);
      expect(cli('visits', 'export', created.id, '--out', out, '--data-dir', from).stderr).toMatch(/already exists/);
      const imported = cli('visits', 'import', out, '--json', '--data-dir', to);
      expect(imported.status, imported.stderr).toBe(0);
      const result = JSON.parse(imported.stdout) as { visitId: string; title: string };
      expect(result.visitId).not.toBe(created.id);
      expect(result.title).toBe(created.profile.title);
      const bad = join(to, 'bad.iccvisit');
      writeFileSync(bad, readFileSync(out).subarray(0, 5000));
      const refused = cli('visits', 'import', bad, '--data-dir', to);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/not a complete \.iccvisit file/);
      expect(JSON.parse(cli('visits', 'list', '--json', '--data-dir', to).stdout).visits).toHaveLength(1);
      const snaps = cli('snapshots', 'list', result.visitId, '--data-dir', to);
      expect(snaps.status).toBe(0);
    } finally {
      rmSync(from, { recursive: true, force: true });
      rmSync(to, { recursive: true, force: true });
    }
  }, 180_000); // seven command-line runs, each loading the whole app
});
