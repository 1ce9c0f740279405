/**
 * PDF text extraction with pdf.js (legacy build for Node, eval disabled), page by page, into lines in
 * reading order. Runs inside the import worker (pdf-worker.ts); the benchmark also calls it directly.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutPage, type Line, type TextItem } from './pdf-layout';

export interface PdfText {
  pageCount: number;
  pages: Line[][];
}

/** Why a PDF could not be read; the runner turns these codes into messages a user can act on. */
export type PdfFailure = 'encrypted' | 'invalid' | 'too_many_pages' | 'failed';

export class PdfReadError extends Error {
  constructor(
    readonly failure: PdfFailure,
    detail: string,
  ) {
    super(detail);
  }
}

export const MAX_PAGES = 400;

let pdfjsPromise: Promise<typeof PdfJsModule> | null = null;
export const loadPdfJs = () => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** pdf.js text items only, no layout: the baseline the benchmark compares the pipeline with. */
export async function rawTextItems(bytes: Uint8Array): Promise<{ pageCount: number; items: number }> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  let items = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  const pageCount = doc.numPages;
  await doc.destroy();
  return { pageCount, items };
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfReadError('encrypted', String(error));
    if (name === 'InvalidPDFException') throw new PdfReadError('invalid', String(error));
    throw new PdfReadError('failed', String(error));
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new PdfReadError('too_many_pages', `${doc.numPages} pages`);
    const pages: Line[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [, , width] = page.view;
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || !raw.str) continue;
        const [a, b, , d, e, f] = raw.transform as number[];
        items.push({ str: raw.str, x: e!, y: f!, width: raw.width, size: Math.hypot(a!, b!) || Math.abs(d!) || raw.height });
      }
      pages.push(layoutPage(items, width ?? 595, p));
      page.cleanup();
    }
    return { pageCount: doc.numPages, pages };
  } finally {
    await doc.destroy();
  }
}
