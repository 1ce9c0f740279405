import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** Every part of a .docx package as text (XML and relationships); media parts as their byte length. */
export function readDocx(bytes: Uint8Array): { parts: Record<string, string>; media: Record<string, number> } {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  const media: Record<string, number> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.startsWith('word/media/')) media[name] = data.length;
    else parts[name] = strFromU8(data);
  }
  return { parts, media };
}

/** The visible text of a WordprocessingML part (w:t runs, paragraphs on their own lines). */
export const xmlText = (xml: string): string =>
  xml
    .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<(?!w:t[ >])[^>]+>/g, '')
    .replace(/<w:t[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export const hasTool = (tool: string): boolean => spawnSync('which', [tool]).status === 0;

/**
 * LibreOffice and poppler are needed for the rendering checks. Missing in CI is a failure (never a silent
 * skip); on a developer machine without them, the check says so loudly and fails too.
 */
export function requireTools(...tools: string[]): void {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length) throw new Error(`Missing ${missing.join(', ')}: install libreoffice-writer-nogui and poppler-utils (apt) to run the document rendering checks.`);
}

/** docx -> pdf with a private LibreOffice profile (so parallel runs do not collide); returns the pdf path. */
export function toPdf(docxPath: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, '.lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { stdio: 'pipe', timeout: 180_000 });
  return join(outDir, basename(docxPath).replace(/\.docx$/, '.pdf'));
}

export const pdfText = (pdfPath: string): string => execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });

export const pdfPages = (pdfPath: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? 0);

export function saveBytes(path: string, bytes: Uint8Array): string {
  writeFileSync(path, bytes);
  return path;
}
