/**
 * Runs the Word rendering in a worker thread, so the main process stays responsive during an export.
 *
 * One worker is kept warm between exports: loading docx and resvg and compiling docx's page layout cost
 * about as much as laying out a large visit, so a fresh worker per export doubled its time. The worker
 * is started ahead of time when the export page opens (`prepareDocxWorker()`), and then warms itself
 * up with a small invented document (see docx-worker.ts). Exports queue one behind
 * the other. Cancelling terminates the worker (the only way to stop docx mid-layout); the next export
 * starts a fresh one. An idle worker is stopped after a while to give its memory back.
 * From source (tests, benchmark) the worker registers tsx first to load the TypeScript entry.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../util/errors';
import type { StrategyDocumentData } from './document-data';
import type { DocKind, Stage } from './render';

function workerEntry(): { source: URL | string; eval: boolean } {
  for (const rel of ['./docx-worker.js', '../docx-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { source: url, eval: false };
  }
  const ts = new URL('./docx-worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return { source: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`, eval: true };
}

export interface RunControl {
  progress(stage: Stage, fraction: number): void;
  /** Registers what cancelling does. */
  onCancel(fn: () => void): void;
}

export const CANCELLED_MESSAGE = 'The export was cancelled. No file was written.';
/** A warm worker holds a few hundred MB after a large export; give it back when nobody exports. */
export const IDLE_STOP_MS = 10 * 60_000;

type Reply =
  | { type: 'ready' }
  | { id: number; type: 'progress'; stage: Stage; fraction: number }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };

interface Slot {
  worker: Worker;
  /** Settles when the warm-up render is over (it never rejects: a failed warm-up only loses the head start). */
  ready: Promise<void>;
  idle: ReturnType<typeof setTimeout> | null;
}

let warm: Slot | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

/** `warmUp`: render a small invented document first (ahead of time only; an export waiting would pay for it). */
function startWorker(warmUp: boolean): Slot {
  const entry = workerEntry();
  const worker = new Worker(entry.source, { eval: entry.eval, workerData: { warmUp }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  const ready = new Promise<void>((resolve) => {
    const onReady = (msg: Reply) => {
      if (msg.type !== 'ready') return;
      worker.off('message', onReady);
      resolve();
    };
    worker.on('message', onReady);
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
  const slot: Slot = { worker, ready, idle: null };
  worker.once('exit', () => {
    if (warm === slot) warm = null;
  });
  worker.unref();
  return slot;
}

function discard(slot: Slot): Promise<number> {
  if (warm === slot) warm = null;
  if (slot.idle) clearTimeout(slot.idle);
  return slot.worker.terminate();
}

/**
 * Starts (and warms up) the export worker ahead of the first export; cheap when it is already running.
 * The promise settles when the warm-up is over (the benchmark waits for it; the app does not need to).
 */
export function prepareDocxWorker(): Promise<void> {
  return ensureWorker(true).ready;
}

function ensureWorker(warmUp: boolean): Slot {
  if (!warm) {
    warm = startWorker(warmUp);
    armIdleStop(warm);
  }
  return warm;
}

function armIdleStop(slot: Slot): void {
  if (slot.idle) clearTimeout(slot.idle);
  slot.idle = setTimeout(() => void discard(slot), IDLE_STOP_MS);
  slot.idle.unref();
}

/** Stops the warm worker (tests, app shutdown). */
export async function stopDocxWorker(): Promise<void> {
  if (warm) await discard(warm);
}

export function renderInWorker(kind: DocKind, data: StrategyDocumentData, control: RunControl): Promise<Uint8Array> {
  const run = queue.then(() => renderOnce(kind, data, control));
  queue = run.catch(() => undefined);
  return run;
}

async function renderOnce(kind: DocKind, data: StrategyDocumentData, control: RunControl): Promise<Uint8Array> {
  const slot = ensureWorker(false);
  if (slot.idle) clearTimeout(slot.idle);
  const { worker } = slot;
  const id = nextId++;
  worker.ref();
  return new Promise<Uint8Array>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep) {
        worker.unref();
        armIdleStop(slot);
      } else void discard(slot);
      fn();
    };
    const onMessage = (msg: Reply) => {
      if (msg.type === 'ready' || msg.id !== id) return;
      if (msg.type === 'progress') control.progress(msg.stage, msg.fraction);
      else if (msg.type === 'done') finish(() => resolve(msg.bytes), true);
      else finish(() => reject(new Error(`Word export failed in the worker: ${msg.message}`)), true);
    };
    const onError = (error: Error & { code?: string }) =>
      finish(
        () =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new AppError('internal', 'This export needs more memory than the app allows. Leave out some sections (such as the findings) and export again.')
              : error,
          ),
        false,
      );
    const onExit = (code: number) => finish(() => reject(new Error(`The export worker stopped unexpectedly (exit code ${code}).`)), false);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    control.onCancel(() => finish(() => reject(new AppError('cancelled', CANCELLED_MESSAGE)), false));
    worker.postMessage({ id, kind, data });
  });
}
