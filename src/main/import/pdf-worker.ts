/**
 * Worker-thread entry: extracts the text of PDFs sent by the runner, one at a time, and posts it back.
 * Kept off the main thread so a hostile or huge PDF cannot freeze the app; the runner kills this worker
 * when a file takes too long and starts a fresh one for the next file. Bundled as its own entry
 * (electron.vite.config.ts: main input "pdf-worker").
 */
import { parentPort } from 'node:worker_threads';
import { extractPdfText, loadPdfJs, PdfReadError } from './pdf-extract';

parentPort!.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  extractPdfText(bytes).then(
    (text) => parentPort!.postMessage({ id, ok: true, text }),
    (error: unknown) =>
      parentPort!.postMessage({ id, ok: false, failure: error instanceof PdfReadError ? error.failure : 'failed', detail: String(error) }),
  );
});

// Loading pdf.js is the slow part of a cold start: do it first and say when ready, so the runner's
// time limit measures the file, not the start-up.
void loadPdfJs().then(() => parentPort!.postMessage({ ready: true }));
