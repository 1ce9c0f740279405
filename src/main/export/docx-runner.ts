/**
 * Runs the Word rendering in a worker thread (one per export; terminating it is how an export is
 * cancelled). From source (tests, benchmark) the worker registers tsx first to load the TypeScript entry.
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

export function renderInWorker(kind: DocKind, data: StrategyDocumentData, control: RunControl): Promise<Uint8Array> {
  const entry = workerEntry();
  const worker = new Worker(entry.source, { eval: entry.eval, workerData: { kind, data }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  return new Promise<Uint8Array>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      fn();
    };
    control.onCancel(() => finish(() => reject(new AppError('cancelled', CANCELLED_MESSAGE))));
    worker.on('message', (msg: { type: 'progress'; stage: Stage; fraction: number } | { type: 'done'; bytes: Uint8Array } | { type: 'error'; message: string }) => {
      if (msg.type === 'progress') control.progress(msg.stage, msg.fraction);
      else if (msg.type === 'done') finish(() => resolve(msg.bytes));
      else finish(() => reject(new Error(`Word export failed in the worker: ${msg.message}`)));
    });
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`The export worker stopped unexpectedly (exit code ${code}).`))));
  });
}
