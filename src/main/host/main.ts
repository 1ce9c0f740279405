/**
 * `npm run start:browser`: the same app in a browser, served from 127.0.0.1. Used by end-to-end tests
 * and wherever the Electron runtime is not available.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../api/create-api';
import { APP_VERSION, defaultDataDir } from '../util/app-paths';
import { startHost } from './server';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    token: { type: 'string' },
  },
});

const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
const api = createApi({ dataDir, transport: 'browser', appVersion: APP_VERSION });
const host = await startHost({
  rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
  dispatch: api.dispatch,
  files: api.ctx.files,
  port: Number(values.port),
  token: values.token,
});

console.log(`ICC Workbench is running. Open this address in your browser: ${host.url}`);
console.log(`Data folder: ${dataDir}`);

let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  void host.close().finally(() => {
    api.close();
    process.exit(0);
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
