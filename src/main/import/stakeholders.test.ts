import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { openSqlite } from '../db/connection';
import { migrate } from '../db/migrate';
import { useTempDir, fixedClock } from '../../../test/support/temp';
import { FileRegistry } from '../services/file-registry';
import { createStakeholder, listStakeholders } from '../services/stakeholders';
import { exportStakeholders, importStakeholders, previewImport } from './stakeholders';

describe('stakeholder import and export', () => {
  const tempDir = useTempDir();
  const setup = () => {
    const dir = tempDir();
    const sqlite = openSqlite(join(dir, 'v.sqlite'), { create: true });
    migrate(sqlite);
    const files = new FileRegistry(dir);
    const file = (name: string, content: string | Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return { path, name, size: 0, mimeType: '', temporary: false };
    };
    return { h: { sqlite }, files, file };
  };

  it('previews a CSV with per-line errors, flags duplicates, imports only valid rows', async () => {
    const { h, file } = setup();
    createStakeholder(h, { name: 'Port Authority', category: 'business' });
    const f = file('in.csv', 'Name;Category;Influence;Interest;Attitude;Policy areas;Colour\nPort Authority;business;5;2;neutral;v2.business_labour;red\nمركز الجالية;migrant_minority_org;2;5;champion;v2.language|v2.welcoming;\n;business;3;3;;;\nSchool;education;9;3;;;\nLibrary;education;2;4;supportive;v9.nothing;\n');
    const p = await previewImport(h, f);
    expect(p).toMatchObject({ totalRows: 5, validRows: 2, errorCount: 3, unknownColumns: ['Colour'] });
    expect(p.errors.map((e) => e.line)).toEqual([4, 5, 6]);
    expect(p.errors[1]!.message).toMatch(/influence/i);
    expect(p.errors[2]!.message).toMatch(/v9.nothing/);
    expect(p.rows[0]).toMatchObject({ line: 2, duplicate: true });
    expect(p.rows[1]!.data.policyAreas).toEqual(['v2.language', 'v2.welcoming']);
    const result = await importStakeholders(h, f, fixedClock());
    expect(result).toMatchObject({ imported: 2, skipped: 3 });
    expect(listStakeholders(h).map((s) => s.name).sort()).toEqual(['Port Authority', 'Port Authority', 'مركز الجالية'].sort());
  });

  it('explains wrong columns and bad encodings', async () => {
    const { h, file } = setup();
    await expect(previewImport(h, file('x.csv', 'foo,bar\n1,2\n'))).rejects.toThrow(/columns “name” and “category”/);
    await expect(previewImport(h, file('latin.csv', Buffer.from('name,category\nCaf\xe9,business\n', 'latin1')))).rejects.toThrow(/not UTF-8/);
    await expect(previewImport(h, file('doc.pdf', '%PDF'))).rejects.toThrow(/neither CSV nor Excel/);
    await expect(previewImport(h, file('broken.xlsx', 'not a zip'))).rejects.toThrow(/Excel workbook/);
  });

  it('handles 100,000 rows in a few seconds and returns one page', async () => {
    const { h, file } = setup();
    const lines = ['name,category,influence,interest'];
    for (let i = 0; i < 100_000; i++) lines.push(`Org ${i},ngo_civil_society,${(i % 5) + 1},3`);
    const started = performance.now();
    const p = await previewImport(h, file('big.csv', lines.join('\n')), 500, 100);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(p).toMatchObject({ totalRows: 100_000, validRows: 100_000, offset: 500 });
    expect(p.rows).toHaveLength(100);
    expect(p.rows[0]!.data.name).toBe('Org 500');
  }, 30_000);

  it('exports CSV (formula-safe) and Excel that import back the same', async () => {
    const { h, files } = setup();
    createStakeholder(h, { name: '=HYPERLINK("x")', category: 'media', policyAreas: ['v2.media_communication'], contactDetails: 'a@b.example', tags: ['press'] });
    createStakeholder(h, { name: 'Українська громада', category: 'migrant_minority_org' });
    const csv = await exportStakeholders(h, files, 'csv', false);
    const text = (await import('node:fs')).readFileSync(files.resolve(csv.fileToken).path, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).not.toContain('a@b.example');
    const xlsx = await exportStakeholders(h, files, 'xlsx', true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.resolve(xlsx.fileToken).path);
    expect(wb.worksheets[0]!.getRow(1).values).toContain('policy_areas');
    const back = await previewImport(h, { ...files.resolve(xlsx.fileToken), name: 'stakeholders.xlsx' });
    expect(back.validRows).toBe(2);
    expect(back.rows.map((r) => r.data.name)).toContain('Українська громада');
    expect(back.rows.find((r) => r.data.category === 'media')?.data.contactDetails).toBe('a@b.example');
  });
});
