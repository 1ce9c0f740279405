/**
 * Runs PDF text extraction in a worker thread with a time limit and a memory cap, and turns every
 * failure into a message the user can act on. Nothing here writes anything.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type LocalisedMessage } from '../util/errors';
import type { PdfFailure, PdfText } from './pdf-extract';

export const PDF_TIME_LIMIT_MS = 20_000;
export const PDF_MAX_BYTES = 100 * 1024 * 1024;

/**
 * The bundled worker sits next to the main bundle (or one folder up from a chunk). Running from source
 * (tests, benchmark), the worker registers tsx first so it can load the TypeScript entry.
 */
function workerEntry(): { source: URL | string; eval: boolean } {
  for (const rel of ['./pdf-worker.js', '../pdf-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { source: url, eval: false };
  }
  const ts = new URL('./pdf-worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return { source: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`, eval: true };
}

const MESSAGES: Record<PdfFailure | 'timeout' | 'memory', LocalisedMessage> = {
  encrypted: {
    en: 'This PDF is protected by a password, so its text cannot be read. Open it, save an unprotected copy, and import that copy (or enter the values by hand).',
    fr: 'Ce PDF est protégé par un mot de passe : son texte ne peut pas être lu. Ouvrez-le, enregistrez une copie non protégée et importez cette copie (ou saisissez les valeurs à la main).',
  },
  invalid: {
    en: 'This file is damaged or is not a real PDF. Download the report again from the Council of Europe site, or enter the values by hand.',
    fr: 'Ce fichier est endommagé ou n’est pas un vrai PDF. Téléchargez à nouveau le rapport sur le site du Conseil de l’Europe, ou saisissez les valeurs à la main.',
  },
  too_many_pages: {
    en: 'This PDF has far more pages than an Index report. Check that you chose the right file.',
    fr: 'Ce PDF compte bien plus de pages qu’un rapport Index. Vérifiez que vous avez choisi le bon fichier.',
  },
  failed: {
    en: 'The PDF could not be read. Download the report again, or enter the values by hand.',
    fr: 'Le PDF n’a pas pu être lu. Téléchargez à nouveau le rapport, ou saisissez les valeurs à la main.',
  },
  timeout: {
    en: 'Reading this PDF took too long and was stopped. The file may be damaged or unusually complex: download the report again, or enter the values by hand.',
    fr: 'La lecture de ce PDF a pris trop de temps et a été arrêtée. Le fichier est peut-être endommagé ou inhabituellement complexe : téléchargez à nouveau le rapport, ou saisissez les valeurs à la main.',
  },
  memory: {
    en: 'This PDF needs too much memory to read and was stopped. Download the report again, or enter the values by hand.',
    fr: 'Ce PDF demande trop de mémoire et sa lecture a été arrêtée. Téléchargez à nouveau le rapport, ou saisissez les valeurs à la main.',
  },
};

export function pdfTooLarge(size: number): AppError {
  const mb = Math.round(size / 1024 / 1024);
  const limit = PDF_MAX_BYTES / 1024 / 1024;
  return new AppError('file_too_large', {
    en: `This file is ${mb} MB; an Index report is a few MB at most (limit ${limit} MB). Check that you chose the right file.`,
    fr: `Ce fichier fait ${mb} Mo ; un rapport Index ne fait que quelques Mo (limite ${limit} Mo). Vérifiez que vous avez choisi le bon fichier.`,
  });
}

type Reply = { id: number; ok: true; text: PdfText } | { id: number; ok: false; failure: PdfFailure; detail: string };

/**
 * One warm worker is kept between imports (loading pdf.js costs more than reading a report); requests
 * queue one behind the other. A worker that times out, crashes or runs out of memory is discarded.
 */
let warm: { worker: Worker; ready: Promise<void> } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;
/** Generous: a cold start on a busy machine; the per-file limit starts once pdf.js is loaded. */
const START_LIMIT_MS = 60_000;

function getWorker(): { worker: Worker; ready: Promise<void> } {
  if (warm) return warm;
  const entry = workerEntry();
  const worker = new Worker(entry.source, { eval: entry.eval, resourceLimits: { maxOldGenerationSizeMb: 512 }, stdout: true, stderr: true });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AppError('internal', MESSAGES.failed)), START_LIMIT_MS);
    worker.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      if (process.env.ICC_DEBUG_PDF) console.error('[pdf-worker]', error);
      reject(new AppError('internal', MESSAGES.failed));
    });
  });
  ready.catch(() => undefined);
  worker.unref();
  const slot = { worker, ready };
  worker.once('exit', () => {
    if (warm === slot) warm = null;
  });
  warm = slot;
  return slot;
}

/** Stops the warm worker (tests, app shutdown). */
export async function stopPdfWorker(): Promise<void> {
  const w = warm;
  warm = null;
  if (w) await w.worker.terminate();
}

export function readPdfText(bytes: Uint8Array, options: { timeoutMs?: number } = {}): Promise<PdfText> {
  if (bytes.length > PDF_MAX_BYTES) return Promise.reject(pdfTooLarge(bytes.length));
  const run = queue.then(() => extractOnce(bytes, options.timeoutMs ?? PDF_TIME_LIMIT_MS));
  queue = run.catch(() => undefined);
  return run;
}

async function extractOnce(bytes: Uint8Array, timeoutMs: number): Promise<PdfText> {
  const slot = getWorker();
  try {
    await slot.ready;
  } catch (error) {
    if (warm === slot) warm = null;
    void slot.worker.terminate();
    throw error;
  }
  const worker = slot.worker;
  const id = nextId++;
  worker.ref();
  return new Promise<PdfText>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void, discard: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (discard) {
        if (warm === slot) warm = null;
        void worker.terminate();
      } else worker.unref();
      fn();
    };
    const onMessage = (msg: Reply) => {
      if (msg.id !== id) return;
      finish(() => (msg.ok ? resolve(msg.text) : reject(new AppError(msg.failure === 'too_many_pages' ? 'file_too_large' : 'unsupported_file', MESSAGES[msg.failure]))), false);
    };
    const onError = (error: Error & { code?: string }) => {
      if (process.env.ICC_DEBUG_PDF) console.error('[pdf-worker]', error);
      finish(() => reject(new AppError('unsupported_file', error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? MESSAGES.memory : MESSAGES.failed)), true);
    };
    const onExit = () => finish(() => reject(new AppError('unsupported_file', MESSAGES.failed)), true);
    const timer = setTimeout(() => finish(() => reject(new AppError('unsupported_file', MESSAGES.timeout)), true), timeoutMs);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    // A copy crosses to the worker: the caller keeps its bytes (they are saved with the report).
    const copy = bytes.slice();
    worker.postMessage({ id, bytes: copy }, [copy.buffer]);
  });
}
