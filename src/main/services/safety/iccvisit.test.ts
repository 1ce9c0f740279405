import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { ProducedFile } from '../../../shared/contract/common';
import type { IccVisitManifest, ImportedVisit } from '../../../shared/domain/safety';
import { useTempDir } from '../../../../test/support/temp';
import type { Api } from '../../api/create-api';
import { call, callError, rowCount, testApi, visitWithRows } from './test-helpers';
import { addAttachment, attachmentBytes, listAttachments, saveDay, saveMeeting } from '../interviews';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function exportFile(api: Api, visitId: string): Promise<string> {
  const produced = await call<ProducedFile>(api, 'visits.export', { visitId });
  return api.ctx.files.resolve(produced.fileToken).path;
}

function importToken(api: Api, bytes: Uint8Array, name = 'x.iccvisit'): string {
  return api.ctx.files.registerUpload(name, bytes);
}

const entries = (path: string) => unzipSync(readFileSync(path));
const manifestOf = (e: Record<string, Uint8Array>) => JSON.parse(Buffer.from(e['manifest.json']!).toString('utf8')) as IccVisitManifest;

describe('.iccvisit export and import', () => {
  const tempDir = useTempDir('icc-iccvisit-');

  it('exports a consistent copy with a manifest and imports it as a new visit', async () => {
    const api = testApi(tempDir());
    const v = visitWithRows(api, 'Lindenhaven', 500);
    const handle = api.ctx.library.get(v.id);
    const day = saveDay(handle, { date: '2027-03-15', label: 'Day 1' });
    const listMeetingsWithAttachment = [saveMeeting(handle, { dayId: day.id, startTime: '09:00', endTime: '10:00', title: 'Welcome', kind: 'interview' })];
    const minutes = Buffer.from('Minutes of the welcome meeting — Lindenhaven, 15 March 2027.\n'.repeat(40), 'utf8');
    addAttachment(handle, listMeetingsWithAttachment[0]!.id, 'minutes.txt', minutes);
    const file = await exportFile(api, v.id);
    const e = entries(file);
    const manifest = manifestOf(e);
    expect(manifest).toMatchObject({ format: 'iccvisit', formatVersion: 1, appVersion: '9.9.9-test', encrypted: false, title: 'Visit Lindenhaven' });
    expect(manifest.schema).toContain('0001_visit_profile');
    expect(manifest.database.sha256).toBe(sha(e['visit.sqlite']!));

    const other = testApi(tempDir());
    const imported = await call<ImportedVisit>(other, 'visits.import', { fileToken: importToken(other, readFileSync(file)) });
    expect(imported.visitId).not.toBe(v.id);
    // Attachments live inside the visit file, so they travel with it byte for byte.
    const [meeting] = listMeetingsWithAttachment;
    const travelled = listAttachments(other.ctx.library.get(imported.visitId), meeting!.id);
    expect(travelled.map((a) => a.fileName)).toEqual(['minutes.txt']);
    expect(Buffer.from(attachmentBytes(other.ctx.library.get(imported.visitId), travelled[0]!.id).bytes).equals(minutes)).toBe(true);
    expect(imported.title).toBe('Visit Lindenhaven');
    expect(rowCount(other, imported.visitId)).toBe(500);
    // Importing the same file again adds another visit; nothing is overwritten.
    const again = await call<ImportedVisit>(other, 'visits.import', { fileToken: importToken(other, readFileSync(file)) });
    expect(again.visitId).not.toBe(imported.visitId);
    expect(again.title).toBe('Visit Lindenhaven (2)');
    expect(other.ctx.library.list().visits).toHaveLength(2);
    api.close();
    other.close();
  });

  it('refuses bad files with a clear message and writes nothing', async () => {
    const api = testApi(tempDir());
    const v = visitWithRows(api, 'Haarlem', 50);
    const good = readFileSync(await exportFile(api, v.id));
    const e = unzipSync(good);
    const manifest = manifestOf(e);
    const db = e['visit.sqlite']!;
    const rezip = (m: unknown, data: Uint8Array, extra: Record<string, Uint8Array> = {}) =>
      zipSync({ 'manifest.json': strToU8(JSON.stringify(m)), 'visit.sqlite': data, ...extra });
    const tampered = new Uint8Array(db);
    tampered[tampered.length - 100] = tampered[tampered.length - 100]! ^ 0xff;
    const notSqlite = new Uint8Array(4096).fill(7);
    const zeros = new Uint8Array(64 * 1024 * 1024);
    // A zip that lies: it declares 1000 bytes but expands to 2 MB.
    const liar = zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'visit.sqlite': new Uint8Array(2 * 1024 * 1024) });
    const view = Buffer.from(liar);
    for (let i = 0; i < view.length - 4; i++) {
      if (view.readUInt32LE(i) === 0x04034b50 && view.toString('latin1', i + 30, i + 42) === 'visit.sqlite') view.writeUInt32LE(1000, i + 22);
      if (view.readUInt32LE(i) === 0x02014b50 && view.toString('latin1', i + 46, i + 58) === 'visit.sqlite') view.writeUInt32LE(1000, i + 24);
    }
    const cases: [string, Uint8Array, RegExp, string][] = [
      ['truncated', good.subarray(0, Math.floor(good.length / 2)), /not a complete \.iccvisit file/, 'unsupported_file'],
      ['tampered', rezip(manifest, tampered), /checksum does not match/, 'unsupported_file'],
      ['newer schema', rezip({ ...manifest, schema: [...manifest.schema, '9999_future'] }, db), /newer version/, 'file_too_new'],
      ['newer format', rezip({ ...manifest, formatVersion: 2 }, db), /newer version/, 'file_too_new'],
      ['not SQLite', rezip({ ...manifest, database: { name: 'visit.sqlite', size: notSqlite.length, sha256: sha(notSqlite) } }, notSqlite), /not a SQLite database/, 'unsupported_file'],
      ['not a zip', strToU8('hello, I am a text file'.repeat(50)), /not a zip container/, 'unsupported_file'],
      ['zip bomb', rezip(manifest, zeros), /zip bomb/, 'unsupported_file'],
      ['lying sizes', view, /more data than it declares/, 'unsupported_file'],
      ['escaping name', rezip(manifest, db, { '../../evil.sqlite': strToU8('x') }), /tries to leave its folder/, 'unsupported_file'],
      ['absolute name', rezip(manifest, db, { '/etc/cron.d/evil': strToU8('x') }), /tries to leave its folder/, 'unsupported_file'],
    ];
    const before = readdirSync(api.ctx.library.visitsDir).sort();
    for (const [name, bytes, message, code] of cases) {
      const error = await callError(api, 'visits.import', { fileToken: importToken(api, bytes) });
      expect(error.message, name).toMatch(message);
      expect(error.message, name).toMatch(/[Nn]othing was written/);
      expect(error.code, name).toBe(code);
      expect(readdirSync(api.ctx.library.visitsDir).sort(), name).toEqual(before);
    }
    expect(api.ctx.library.list().visits).toHaveLength(1);
    api.close();
  });

  it('keeps an encrypted visit encrypted in its .iccvisit and needs the passphrase to import it', async () => {
    const api = testApi(tempDir());
    const v = visitWithRows(api, 'Amersfoort', 30);
    api.ctx.library.get(v.id).sqlite.prepare("INSERT INTO test_rows (body) VALUES ('Secret Person Zyxwvu')").run();
    await call(api, 'visits.setPassphrase', { visitId: v.id, next: 'correct horse battery' });
    const file = await exportFile(api, v.id);
    const raw = readFileSync(file);
    const e = unzipSync(raw);
    expect(manifestOf(e).encrypted).toBe(true);
    expect(manifestOf(e).title).toBeNull();
    expect(Buffer.from(e['visit.sqlite']!).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(Buffer.from(e['visit.sqlite']!).includes('Zyxwvu')).toBe(false);
    expect(raw.includes('Amersfoort')).toBe(false);

    const other = testApi(tempDir());
    const noPass = await callError(other, 'visits.import', { fileToken: importToken(other, raw) });
    expect(noPass).toMatchObject({ code: 'wrong_passphrase', message: expect.stringMatching(/Enter its passphrase/) });
    const wrong = await callError(other, 'visits.import', { fileToken: importToken(other, raw), passphrase: 'wrong horse battery' });
    expect(wrong).toMatchObject({ code: 'wrong_passphrase', message: expect.stringMatching(/does not open/) });
    expect(readdirSync(other.ctx.library.visitsDir)).toEqual([]);
    const imported = await call<ImportedVisit>(other, 'visits.import', { fileToken: importToken(other, raw), passphrase: 'correct horse battery' });
    expect(imported).toMatchObject({ encrypted: true, title: 'Visit Amersfoort' });
    expect(rowCount(other, imported.visitId)).toBe(31);
    api.close();
    other.close();
    writeFileSync(join(tempDir(), 'done'), '');
  });
});
