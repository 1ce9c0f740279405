/**
 * The Word exports as the API and the CLI use them: collect the visit's data (main thread, a few
 * milliseconds of SQLite reads), render in a worker thread, then write the file whole or not at all.
 */
import type { Language, ProducedFile } from '../../shared/contract/common';
import type { StrategySectionId } from '../../shared/contract/exports';
import type { FileRegistry } from '../services/file-registry';
import type { VisitLibrary } from '../services/visit-library';
import type { Clock } from '../util/clock';
import { AppError } from '../util/errors';
import { writeFileAtomic } from '../util/atomic-file';
import { collectDocumentData } from './collect';
import { CANCELLED_MESSAGE, renderInWorker } from './docx-runner';
import { docTexts } from './docx/texts';
import { startJob } from './jobs';
import { renderDocx, type DocKind } from './render';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportRequest {
  kind: DocKind;
  visitId: string;
  lang: Language;
  anonymise: boolean;
  sections?: readonly StrategySectionId[];
  jobId?: string;
  /** 'inline' renders on this thread (benchmarks comparing the two); the app always uses the worker. */
  render?: 'worker' | 'inline';
}

export async function renderVisitDocx(deps: { library: VisitLibrary; clock: Clock }, req: ExportRequest): Promise<{ bytes: Uint8Array; fileName: string }> {
  const job = startJob(req.jobId);
  try {
    const handle = deps.library.get(req.visitId);
    const summary = deps.library.summary(req.visitId);
    job.report('collect', 0.05);
    const data = collectDocumentData(handle, summary, { lang: req.lang, anonymise: req.anonymise, sections: req.sections, date: deps.clock.now().toISOString().slice(0, 10) });
    if (job.isCancelled()) throw new AppError('cancelled', CANCELLED_MESSAGE);
    const control = { progress: job.report, onCancel: job.onCancel };
    const bytes = req.render === 'inline' ? await renderDocx(req.kind, data, control.progress) : await renderInWorker(req.kind, data, control);
    if (job.isCancelled()) throw new AppError('cancelled', CANCELLED_MESSAGE);
    job.finish('done');
    return { bytes, fileName: exportFileName(req.kind, summary.profile.city, req.lang, req.anonymise) };
  } catch (error) {
    job.finish(error instanceof AppError && error.code === 'cancelled' ? 'cancelled' : 'failed');
    throw error;
  }
}

/** API: render, write into the private temp folder, register for the save dialog / download. */
export async function exportToProducedFile(deps: { library: VisitLibrary; clock: Clock; files: FileRegistry }, req: ExportRequest): Promise<ProducedFile> {
  const { bytes, fileName } = await renderVisitDocx(deps, req);
  const path = deps.files.tempPath('.docx');
  writeDocx(path, bytes);
  return deps.files.produced(path, fileName, DOCX_MIME);
}

/**
 * Writes through a temporary sibling and a rename, so a full disk or a crash leaves no half-written
 * document; errors become messages the user can act on.
 */
export function writeDocx(path: string, bytes: Uint8Array): void {
  try {
    writeFileAtomic(path, bytes);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOSPC') throw new AppError('disk_full', 'The disk is full, so the Word document was not written. Free some space and export again.');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppError('not_writable', 'ICC Workbench is not allowed to write in that folder. Choose another folder and export again.');
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AppError('not_writable', 'That folder does not exist. Choose another folder and export again.');
    throw error;
  }
}

export function exportFileName(kind: DocKind, city: string, lang: Language, anonymised: boolean): string {
  const t = docTexts(lang);
  const what = kind === 'strategy' ? t.strategyKind : kind === 'findings' ? t.findingsKind : t.agendaKind;
  const suffix = [t.draft.toLowerCase(), lang.toUpperCase(), anonymised ? (lang === 'fr' ? 'anonymisé' : 'anonymised') : ''].filter(Boolean).join(', ');
  return `${city} - ${what} (${suffix}).docx`.replace(/[\\/:*?"<>|]/g, '-');
}
