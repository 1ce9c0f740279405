/**
 * Stakeholders from and to CSV / Excel. Parsing runs on the main side and returns one preview page plus
 * every per-line error, so a 100,000-row file never reaches (or freezes) the window.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { ProducedFile } from '../../shared/contract/common';
import { IO_COLUMN_ALIASES, IO_COLUMNS, type ImportPreview, type ImportResult, type ImportRowError, type IoColumn } from '../../shared/domain/stakeholder-io';
import { nameKey, stakeholderInputSchema, type StakeholderData } from '../../shared/domain/stakeholders';
import { isIndicatorId } from '../../shared/domain/indicators';
import type { FileRegistry, RegisteredFile } from '../services/file-registry';
import type { VisitHandle } from '../services/visit-library';
import { createStakeholders, listStakeholders } from '../services/stakeholders';
import { AppError } from '../util/errors';
import type { Clock } from '../util/clock';

type Handle = Pick<VisitHandle, 'sqlite'>;
const MAX_ROWS = 200_000;
const MAX_ERRORS = 1000;

interface Parsed {
  fileName: string;
  columns: IoColumn[];
  unknownColumns: string[];
  rows: { line: number; data: StakeholderData }[];
  errors: ImportRowError[];
  errorCount: number;
  totalRows: number;
}

/** The last parse per file token: paging through a preview must not re-parse 100,000 rows. */
const cache = new Map<string, Parsed>();

function decode(bytes: Buffer, fileName: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new AppError('invalid_input', `“${fileName}” is not UTF-8 text. In Excel choose “CSV UTF-8” when saving, or import the .xlsx file directly.`);
  }
}

const normaliseHeader = (h: string): string => {
  const key = h.trim().toLowerCase().replace(/\s+/g, ' ');
  const snake = key.replace(/ /g, '_');
  if ((IO_COLUMNS as readonly string[]).includes(snake)) return snake;
  return IO_COLUMN_ALIASES[key] ?? key;
};

const listCell = (v: string): string[] => v.split(/[;|]/).map((x) => x.trim()).filter(Boolean);

function toRecords(header: string[], body: string[][]): Record<string, string>[] {
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()])));
}

async function readTable(file: RegisteredFile): Promise<{ header: string[]; body: string[][] }> {
  const ext = extname(file.name).toLowerCase();
  if (ext === '.xlsx') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.readFile(file.path);
    } catch {
      throw new AppError('invalid_input', `“${file.name}” could not be read as an Excel workbook. Save it again as .xlsx or as CSV UTF-8.`);
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw new AppError('invalid_input', `“${file.name}” has no worksheet.`);
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push(values.map((v) => (v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? String(v.text) : typeof v === 'object' && 'result' in v ? String(v.result) : String(v as string | number))));
    });
    return { header: rows[0] ?? [], body: rows.slice(1) };
  }
  if (ext !== '.csv' && ext !== '.txt' && ext !== '.tsv') throw new AppError('invalid_input', `“${file.name}” is neither CSV nor Excel (.xlsx).`);
  const text = decode(readFileSync(file.path), file.name);
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimiter: '' });
  const [header = [], ...body] = result.data;
  return { header, body };
}

async function parseFile(file: RegisteredFile, cacheKey: string): Promise<Parsed> {
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const { header, body } = await readTable(file);
  const names = header.map(normaliseHeader);
  const columns = names.filter((n): n is IoColumn => (IO_COLUMNS as readonly string[]).includes(n));
  const unknownColumns = header.filter((_, i) => !(IO_COLUMNS as readonly string[]).includes(names[i]!));
  if (!columns.includes('name') || !columns.includes('category')) {
    throw new AppError(
      'invalid_input',
      `“${file.name}” needs at least the columns “name” and “category” in its first line (found: ${header.slice(0, 8).join(', ') || 'nothing'}). Export a file from the table to see every column.`,
    );
  }
  if (body.length > MAX_ROWS) throw new AppError('invalid_input', `“${file.name}” has ${body.length.toLocaleString('en')} rows; at most ${MAX_ROWS.toLocaleString('en')} can be imported at once. Split the file.`);
  const parsed: Parsed = { fileName: file.name, columns, unknownColumns, rows: [], errors: [], errorCount: 0, totalRows: body.length };
  const addError = (line: number, message: string) => {
    parsed.errorCount++;
    if (parsed.errors.length < MAX_ERRORS) parsed.errors.push({ line, message });
  };
  toRecords(names, body).forEach((r, i) => {
    const line = i + 2;
    const num = (v: string | undefined, fallback: number) => (v ? Number(v) : fallback);
    const areas = listCell(r.policy_areas ?? '');
    const badArea = areas.find((a) => !isIndicatorId(a));
    if (badArea) return addError(line, `Unknown policy area “${badArea}” (use indicator ids such as v2.education).`);
    const result = stakeholderInputSchema.safeParse({
      name: r.name ?? '',
      organisation: r.organisation ?? '',
      category: r.category ?? '',
      level: r.level || undefined,
      influence: num(r.influence, 3),
      interest: num(r.interest, 3),
      attitude: r.attitude || undefined,
      policyAreas: areas,
      contactPerson: r.contact_person ?? '',
      contactDetails: r.contact_details ?? '',
      notes: r.notes ?? '',
      tags: listCell(r.tags ?? ''),
    });
    if (!result.success) {
      const issue = result.error.issues[0];
      return addError(line, `${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`);
    }
    parsed.rows.push({ line, data: result.data });
  });
  cache.clear();
  cache.set(cacheKey, parsed);
  return parsed;
}

export async function previewImport(handle: Handle, file: RegisteredFile, offset = 0, limit = 100): Promise<ImportPreview> {
  const p = await parseFile(file, file.path);
  const existing = new Set(listStakeholders(handle).map((s) => nameKey(s.name)));
  return {
    fileName: p.fileName,
    totalRows: p.totalRows,
    validRows: p.rows.length,
    columns: p.columns,
    unknownColumns: p.unknownColumns,
    rows: p.rows.slice(offset, offset + limit).map((r) => ({ ...r, duplicate: existing.has(nameKey(r.data.name)) })),
    errors: p.errors,
    errorCount: p.errorCount,
    offset,
  };
}

/** Imports the valid rows in one transaction; rows with errors are skipped and reported. */
export async function importStakeholders(handle: Handle, file: RegisteredFile, clock: Clock): Promise<ImportResult> {
  const p = await parseFile(file, file.path);
  createStakeholders(handle, p.rows.map((r) => r.data), clock);
  cache.delete(file.path);
  return { imported: p.rows.length, skipped: p.errorCount, errors: p.errors };
}

/** Spreadsheet programs run cells starting with = + - @ as formulas: prefix them so text stays text. */
const safeCell = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

export async function exportStakeholders(handle: Handle, files: FileRegistry, format: 'csv' | 'xlsx', includePersonalData: boolean): Promise<ProducedFile> {
  const rows = listStakeholders(handle).map((s) => [
    s.name, s.organisation, s.category, s.level, String(s.influence), String(s.interest), s.attitude, s.policyAreas.join('; '),
    includePersonalData ? s.contactPerson : '', includePersonalData ? s.contactDetails : '', s.notes, s.tags.join('; '),
  ].map(safeCell));
  const path = files.tempPath(`.${format}`);
  if (format === 'csv') {
    writeFileSync(path, '\uFEFF' + Papa.unparse({ fields: [...IO_COLUMNS], data: rows }), 'utf8');
    return files.produced(path, 'stakeholders.csv', 'text/csv');
  }
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Stakeholders');
  sheet.addRow([...IO_COLUMNS]).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c) => (c.width = 24));
  await wb.xlsx.writeFile(path);
  return files.produced(path, 'stakeholders.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}
