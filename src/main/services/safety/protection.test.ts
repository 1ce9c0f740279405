import { describe, expect, it } from 'vitest';
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { LibrarySafetyStatus, SnapshotListing } from '../../../shared/domain/safety';
import type { VisitSummary } from '../../../shared/domain/visit';
import { useTempDir } from '../../../../test/support/temp';
import { call, callError, rowCount, testApi, visitWithRows } from './test-helpers';
import { detectCloudSync } from './cloud-sync';
import { LOCK_SUFFIX } from './writer-lock';

describe('one writer at a time', () => {
  const tempDir = useTempDir('icc-lock-');

  it('refuses a second library (another window or process) with a clear message, and frees the visit on close', async () => {
    const dir = tempDir();
    const first = testApi(dir);
    const v = visitWithRows(first, 'Lindenhaven', 1);
    const second = testApi(dir);
    const error = await callError(second, 'visits.get', { visitId: v.id });
    expect(error.code).toBe('locked');
    expect(error.message).toMatch(/open in another ICC Workbench window or program/);
    first.close();
    expect(existsSync(first.ctx.library.pathFor(v.id) + LOCK_SUFFIX)).toBe(false);
    expect((await call<VisitSummary>(second, 'visits.get', { visitId: v.id })).id).toBe(v.id);
    second.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = tempDir();
    const api = testApi(dir);
    const v = visitWithRows(api, 'Delft', 1);
    api.close();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    writeFileSync(api.ctx.library.pathFor(v.id) + LOCK_SUFFIX, JSON.stringify({ pid: dead, host: (await import('node:os')).hostname(), owner: 'x', heartbeatAt: Date.now() }));
    const again = testApi(dir);
    expect((await call<VisitSummary>(again, 'visits.get', { visitId: v.id })).id).toBe(v.id);
    again.close();
  });
});

describe('cloud-sync folders', () => {
  it('recognises OneDrive, Dropbox, iCloud and Google Drive paths, and not ordinary ones', () => {
    expect(detectCloudSync('C:\\Users\\amira\\OneDrive - Council of Europe\\icc')?.service).toBe('OneDrive');
    expect(detectCloudSync('/Users/amira/Dropbox/icc-workbench')?.service).toBe('Dropbox');
    expect(detectCloudSync('/Users/amira/Library/Mobile Documents/com~apple~CloudDocs/icc')?.service).toBe('iCloud Drive');
    expect(detectCloudSync('G:\\My Drive\\icc')?.service).toBe('Google Drive');
    expect(detectCloudSync('/Users/amira/Library/CloudStorage/GoogleDrive-amira@example.org/My Drive/icc')?.service).toBe('Google Drive');
    expect(detectCloudSync('/home/amira/.icc-workbench', 'C:\\Users\\amira\\AppData\\Roaming\\ICC Workbench')).toBeNull();
  });
});

describe('encryption at rest', () => {
  const tempDir = useTempDir('icc-crypt-');

  it('encrypts in SQLCipher 4 format, needs the passphrase after a restart, and refuses a wrong one without damage', async () => {
    const dir = tempDir();
    const api = testApi(dir);
    const v = visitWithRows(api, 'Nijmegen', 20);
    api.ctx.library.get(v.id).sqlite.prepare("INSERT INTO test_rows (body) VALUES ('Person Qwertyuiop')").run();
    await call(api, 'visits.setPassphrase', { visitId: v.id, next: 'tulips in march' });
    api.ctx.library.get(v.id).sqlite.prepare("INSERT INTO test_rows (body) VALUES ('after encryption')").run();
    const path = api.ctx.library.pathFor(v.id);
    api.close();
    const bytes = readFileSync(path);
    expect(bytes.includes('Qwertyuiop')).toBe(false);
    expect(bytes.includes('SQLite format 3')).toBe(false);
    // Independent check of the SQLCipher 4 page format: PBKDF2-HMAC-SHA512 (256000), AES-256-CBC, 80 reserved bytes.
    const salt = bytes.subarray(0, 16);
    const key = pbkdf2Sync('tulips in march', salt, 256_000, 32, 'sha512');
    const iv = bytes.subarray(4096 - 80, 4096 - 64);
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    const page = Buffer.concat([decipher.update(bytes.subarray(16, 4096 - 80)), decipher.final()]);
    expect(page.readUInt16BE(0)).toBe(4096); // page size, at offset 16 of the plain page
    expect(page[4]).toBe(80); // reserved bytes per page
    expect([page[5], page[6], page[7]]).toEqual([64, 32, 32]);

    const again = testApi(dir);
    const listing = again.ctx.library.list();
    expect(listing.visits).toEqual([]);
    const status = await call<LibrarySafetyStatus>(again, 'safety.status', {});
    expect(status.lockedVisits.map((l) => l.visitId)).toEqual([v.id]);
    expect((await callError(again, 'visits.get', { visitId: v.id })).message).toMatch(/encrypted\. Unlock it/);
    const wrong = await callError(again, 'visits.unlock', { visitId: v.id, passphrase: 'tulips in april' });
    expect(wrong.code).toBe('wrong_passphrase');
    expect(wrong.message).toMatch(/does not open .* the file was not changed/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    await call(again, 'visits.unlock', { visitId: v.id, passphrase: 'tulips in march' });
    expect(rowCount(again, v.id)).toBe(22);
    // Older, unencrypted snapshots were replaced by an encrypted one.
    const snaps = await call<SnapshotListing>(again, 'snapshots.list', { visitId: v.id });
    for (const s of snaps.snapshots) expect(readFileSync(join(snaps.folder, `${s.id}.sqlite`)).includes('Qwertyuiop')).toBe(false);

    await call(again, 'visits.setPassphrase', { visitId: v.id, next: 'tulips in may!' });
    again.close();
    const third = testApi(dir);
    expect((await callError(third, 'visits.unlock', { visitId: v.id, passphrase: 'tulips in march' })).code).toBe('wrong_passphrase');
    await call(third, 'visits.unlock', { visitId: v.id, passphrase: 'tulips in may!' });
    await call(third, 'visits.setPassphrase', { visitId: v.id, next: null });
    third.close();
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const plain = testApi(dir);
    expect(rowCount(plain, v.id)).toBe(22);
    plain.close();
  });
});
