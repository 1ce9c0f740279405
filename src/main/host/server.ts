import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatcher';
import type { FileRegistry } from '../services/file-registry';
import { SECURITY_HEADERS } from './security-headers';
import { staticFile } from './static-files';

export const TOKEN_HEADER = 'x-icc-token';
/** The largest upload the host accepts; importers apply their own, smaller limits with their own message. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
const MAX_JSON_BYTES = 64 * 1024 * 1024;

export interface HostOptions {
  rendererDir: string;
  dispatch: Dispatch;
  files: FileRegistry;
  port?: number;
  token?: string;
}

export interface RunningHost {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

/**
 * The browser host: the built renderer and the dispatcher over HTTP, bound to 127.0.0.1 only.
 * Every API and file request must carry the random token; without it the answer is 401 and
 * nothing is touched. The Host header is checked too, against DNS-rebinding pages.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(token);
  let port = 0;
  const authorised = (req: IncomingMessage): boolean => {
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const hostAllowed = (req: IncomingMessage): boolean => req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[host]', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'The local service failed to answer. Try again.' } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!hostAllowed(req)) return sendJson(res, 421, { ok: false, error: { code: 'internal', message: 'Unexpected host name.' } });
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/files')) {
      if (!authorised(req)) {
        return sendJson(res, 401, { ok: false, error: { code: 'internal', message: 'This page is not authorised. Open the address that ICC Workbench printed when it started.' } });
      }
      if (url.pathname.startsWith('/api/') && req.method === 'POST') {
        const body = await readBody(req, MAX_JSON_BYTES);
        if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'file_too_large', message: 'The request is too large.' } });
        let input: unknown;
        try {
          input = body.length ? JSON.parse(body.toString('utf8')) : {};
        } catch {
          return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request was not valid JSON.' } });
        }
        return sendJson(res, 200, await options.dispatch(decodeURIComponent(url.pathname.slice(5)), input));
      }
      if (url.pathname === '/files' && req.method === 'POST') return upload(req, res, url);
      const download = /^\/files\/(ft_[A-Za-z0-9_-]+)$/.exec(url.pathname);
      if (download && req.method === 'GET') return sendFile(res, download[1]!);
      return sendJson(res, 405, { ok: false, error: { code: 'unknown_method', message: 'Not supported.' } });
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: { code: 'unknown_method', message: 'Not supported.' } });
    const file = staticFile(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Not found');
    }
    res.writeHead(200, { 'Content-Type': file.mime, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function upload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) {
      req.resume();
      return sendJson(res, 413, tooLarge());
    }
    const body = await readBody(req, MAX_UPLOAD_BYTES);
    if (body === null) return sendJson(res, 413, tooLarge());
    const name = url.searchParams.get('name') ?? 'upload';
    const fileToken = options.files.registerUpload(name, body);
    sendJson(res, 200, { ok: true, value: { fileToken, name, size: body.length } });
  }

  function sendFile(res: ServerResponse, fileToken: string): void {
    let file;
    try {
      file = options.files.resolve(fileToken);
    } catch {
      return sendJson(res, 404, { ok: false, error: { code: 'not_found', message: 'This file is no longer available. Export it again.' } });
    }
    res.writeHead(200, {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
    createReadStream(file.path).pipe(res);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const tooLarge = () => ({
  ok: false,
  error: { code: 'file_too_large', message: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, the most ICC Workbench accepts. Choose a smaller file.` },
});

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** Reads a request body up to a limit; null when the limit is passed (the rest is discarded). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
