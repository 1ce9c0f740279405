/**
 * Reads a file the user chose into a report draft: PDF (text extraction in a worker, then the parser),
 * JSON or CSV. Saves nothing: the draft goes to the review screen, and only a confirmed draft is saved.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { IndexReportDraft } from '../../shared/domain/index-report';
import { AppError } from '../util/errors';
import { sha256Hex } from '../services/index-reports/store';
import { PDF_MAX_BYTES, pdfTooLarge, readPdfText } from './pdf-runner';
import { parseReportLines } from './report-parser';
import { fromCsv, fromJson } from './report-format';

const DATA_MAX_BYTES = 5 * 1024 * 1024;

export type ReportFileKind = 'pdf' | 'json' | 'csv';

/** Sniffs the first bytes: the name can lie, the content cannot. */
export function kindOf(path: string, fileName: string): ReportFileKind {
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(1024);
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const start = head.subarray(0, n).toString('latin1');
  if (start.includes('%PDF-')) return 'pdf';
  const text = start.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (text.startsWith('{')) return 'json';
  const ext = extname(fileName).toLowerCase();
  if (ext === '.pdf') throw new AppError('unsupported_file', {
      en: 'This file is named .pdf but is not a PDF (it may be damaged or renamed). Download the report again, or enter the values by hand.',
      fr: 'Ce fichier porte l’extension .pdf mais n’est pas un PDF (il est peut-être endommagé ou renommé). Téléchargez à nouveau le rapport, ou saisissez les valeurs à la main.',
    });
  if (ext === '.csv' || /^"?kind"?[,;]/.test(text)) return 'csv';
  throw new AppError('unsupported_file', {
    en: 'This is not a PDF, JSON or CSV file. Choose the Index report as a PDF, or a JSON/CSV file exported by ICC Workbench.',
    fr: 'Ce n’est ni un PDF, ni un fichier JSON ou CSV. Choisissez le rapport Index en PDF, ou un fichier JSON/CSV exporté par ICC Workbench.',
  });
}

export async function readReportFile(path: string, fileName: string, options: { timeoutMs?: number } = {}): Promise<{ draft: IndexReportDraft; kind: ReportFileKind }> {
  const size = statSync(path).size;
  if (size === 0) throw new AppError('unsupported_file', { en: 'This file is empty. Choose the Index report again.', fr: 'Ce fichier est vide. Choisissez à nouveau le rapport Index.' });
  // Checked before reading anything: a 500 MB file is refused without being loaded.
  if (size > PDF_MAX_BYTES) throw pdfTooLarge(size);
  const kind = kindOf(path, fileName);
  if (kind !== 'pdf' && size > DATA_MAX_BYTES) throw new AppError('file_too_large', 'This file is too large for a JSON/CSV Index report (5 MB at most). Check that you chose the right file.');
  if (kind === 'json') return { kind, draft: fromJson(readFileSync(path, 'utf8'), fileName) };
  if (kind === 'csv') return { kind, draft: fromCsv(readFileSync(path, 'utf8'), fileName) };
  const bytes = new Uint8Array(readFileSync(path));
  const text = await readPdfText(bytes, options);
  return { kind, draft: parseReportLines(text.pages, { fileName, sha256: sha256Hex(bytes) }) };
}
