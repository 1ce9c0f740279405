import { z } from 'zod';
import { idSchema, languageSchema, type ProducedFile } from './common';
import { method } from './define';

/**
 * Word exports (.docx). Each call builds the document in the main process, writes it to the private
 * temporary folder and returns a ProducedFile; the renderer hands it to the user with
 * `useTransport().saveFile(fileToken, fileName)` (save dialog in Electron, download in the browser host).
 */

/** Sections of the strategy draft the user may leave out (cover and table of contents are always there). */
export const strategySectionIds = [
  'summary',
  'introduction',
  'context',
  'map',
  'consultation',
  'findings',
  'vision',
  'priorities',
  'actions',
  'governance',
  'monitoring',
  'annexes',
] as const;
export type StrategySectionId = (typeof strategySectionIds)[number];

/** Optional, client-made id of this export run: lets the UI poll `exports.progress` and call `exports.cancel`. */
export const exportJobIdSchema = z.string().regex(/^job_[A-Za-z0-9_-]{6,64}$/, 'Not an export job of this app.');

const baseOptions = {
  visitId: idSchema,
  lang: languageSchema.default('en'),
  /** Replace every person's name and contact detail (organisations are kept). */
  anonymise: z.boolean().default(false),
  jobId: exportJobIdSchema.optional(),
};

export const strategyDocxInput = z.object({
  ...baseOptions,
  /** Absent = every section. */
  sections: z.array(z.enum(strategySectionIds)).max(strategySectionIds.length).optional(),
});
export const findingsDocxInput = z.object(baseOptions);
export const agendaDocxInput = z.object(baseOptions);

export type StrategyDocxInput = z.input<typeof strategyDocxInput>;

export interface ExportProgress {
  jobId: string;
  /** Stage key, translated by the UI: 'collect' | 'figures' | 'build' | 'write' | 'done' | 'cancelled' | 'failed'. */
  stage: string;
  /** 0…1 */
  fraction: number;
  finished: boolean;
}

export const exportsContract = {
  'exports.strategyDocx': method(strategyDocxInput)<ProducedFile>(),
  'exports.findingsDocx': method(findingsDocxInput)<ProducedFile>(),
  'exports.agendaDocx': method(agendaDocxInput)<ProducedFile>(),
  /** Progress of a running export started with a jobId; unknown jobs answer { stage: 'unknown', finished: true }. */
  'exports.progress': method(z.object({ jobId: exportJobIdSchema }))<ExportProgress>(),
  /**
   * Starts the export worker ahead of time (the export page calls it when it opens), so the first export
   * does not pay for loading and warming up the Word builder. Does nothing when it already runs.
   */
  'exports.prepare': method(z.object({}))<{ started: true }>(),
  /** Asks a running export to stop; it then fails with code 'cancelled' and leaves no file. */
  'exports.cancel': method(z.object({ jobId: exportJobIdSchema }))<{ cancelled: boolean }>(),
};
