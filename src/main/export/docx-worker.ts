/**
 * Worker-thread entry of the Word export: draws the figures, builds and packs documents sent by the
 * runner, one at a time, and posts progress and the bytes back. The main process stays responsive, and
 * cancelling is terminating this worker. Bundled as its own entry (electron.vite.config.ts: main input
 * "docx-worker").
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderDocx, type DocKind } from './render';
import type { StrategyDocumentData } from './document-data';
import { fixtureData } from './fixture-data';

interface Request {
  id: number;
  kind: DocKind;
  data: StrategyDocumentData;
}

let warming: Promise<unknown> = Promise.resolve();

parentPort!.on('message', ({ id, kind, data }: Request) => {
  // A request that arrives during the warm-up waits for it: both on one thread would only slow each other.
  void warming.then(() =>
    renderDocx(kind, data, (stage, fraction) => parentPort!.postMessage({ id, type: 'progress', stage, fraction })).then(
      (bytes) => {
        const own = new Uint8Array(bytes); // a private copy, so transferring it cannot detach a shared Buffer pool
        parentPort!.postMessage({ id, type: 'done', bytes: own }, [own.buffer]);
      },
      (error: unknown) => parentPort!.postMessage({ id, type: 'error', message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }),
    ),
  );
});

// Warm-up, when started ahead of time: one small invented document loads docx, resvg and the fonts and
// compiles the page layout, which otherwise makes the user's first export much slower. Nothing leaves
// the worker.
const { warmUp } = workerData as { warmUp: boolean };
warming = (warmUp ? renderDocx('strategy', fixtureData({ actions: 20, passages: 40 })).catch(() => undefined) : Promise.resolve()).then(() =>
  parentPort!.postMessage({ type: 'ready' }),
);
