import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { languageSchema } from '../../shared/contract/common';
import { openSqlite } from '../db/connection';
import { renderVisitDocx, writeDocx } from '../export/export-service';
import { VISIT_FILE_SUFFIX, VisitLibrary } from '../services/visit-library';
import { systemClock } from '../util/clock';
import { AppError } from '../util/errors';
import type { CliCommand } from './commands';

/**
 * Opens a visit file given by path without touching it: a consistent copy (SQLite online backup, so a
 * file open in the app is read safely) goes into a private temporary library, which migrates the copy
 * if needed. The library's own behaviour is unchanged and the original file is never written.
 */
async function withVisitCopy<T>(path: string, fn: (library: VisitLibrary, visitId: string) => Promise<T>): Promise<T> {
  const source = resolve(path);
  if (!existsSync(source) || !statSync(source).isFile()) throw new AppError('not_found', `The visit file “${path}” was not found.`);
  const dir = mkdtempSync(join(tmpdir(), 'icc-cli-'));
  const library = new VisitLibrary(dir, systemClock);
  const visitId = 'cli-export';
  try {
    let db;
    try {
      db = openSqlite(source, { readonly: true });
    } catch {
      throw new AppError('file_unreadable', `“${basename(source)}” is not a visit file of ICC Workbench (or it is damaged).`);
    }
    try {
      await db.backup(join(library.visitsDir, `${visitId}${VISIT_FILE_SUFFIX}`));
    } finally {
      db.close();
    }
    return await fn(library, visitId);
  } finally {
    library.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const strategyCommands: CliCommand[] = [
  {
    words: ['export', 'strategy'],
    usage: 'export strategy --visit FILE --out FILE.docx [--lang en|fr] [--anonymise]',
    summary: 'Write the strategy draft of a visit file as Word',
    needsLibrary: false,
    options: {
      visit: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      anonymise: { type: 'boolean', default: false },
      kind: { type: 'string', default: 'strategy' },
    },
    async run(args) {
      const visit = args.values.visit;
      const out = args.values.out;
      const lang = languageSchema.safeParse(args.values.lang);
      const kind = String(args.values.kind);
      if (typeof visit !== 'string' || typeof out !== 'string' || !out.toLowerCase().endsWith('.docx')) {
        args.printError('Give the visit file and the output: export strategy --visit FILE --out FILE.docx [--lang en|fr] [--anonymise]');
        return 2;
      }
      if (!lang.success) {
        args.printError('The language is "en" or "fr".');
        return 2;
      }
      if (kind !== 'strategy' && kind !== 'findings' && kind !== 'agenda') {
        args.printError('--kind is strategy, findings or agenda.');
        return 2;
      }
      try {
        const started = Date.now();
        const { bytes } = await withVisitCopy(visit, (library, visitId) =>
          renderVisitDocx({ library, clock: systemClock }, { kind, visitId, lang: lang.data, anonymise: args.values.anonymise === true }),
        );
        writeDocx(resolve(out), bytes);
        args.print(args.values.json ? JSON.stringify({ out: resolve(out), size: bytes.length, ms: Date.now() - started }) : `Wrote ${resolve(out)} (${Math.round(bytes.length / 1024)} KB in ${Date.now() - started} ms)`);
        return 0;
      } catch (error) {
        if (error instanceof AppError) {
          args.printError(error.message);
          return 2;
        }
        throw error;
      }
    },
  },
];
