/**
 * Worker-thread entry of the Word export: draws the figures, builds and packs the document, and posts
 * progress and the bytes back. The main process stays responsive, and cancelling is terminating this
 * worker. Bundled as its own entry (electron.vite.config.ts: main input "docx-worker").
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderDocx, type DocKind } from './render';
import type { StrategyDocumentData } from './document-data';

const { kind, data } = workerData as { kind: DocKind; data: StrategyDocumentData };
renderDocx(kind, data, (stage, fraction) => parentPort!.postMessage({ type: 'progress', stage, fraction })).then(
  (bytes) => {
    const own = new Uint8Array(bytes); // a private copy, so transferring it cannot detach a shared Buffer pool
    parentPort!.postMessage({ type: 'done', bytes: own }, [own.buffer]);
  },
  (error: unknown) => parentPort!.postMessage({ type: 'error', message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }),
);
