import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../host/security-headers';
import { mimeFor, resolveInside } from '../host/static-files';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://workbench`;

/** Must run before the app is ready: app:// behaves like a secure, standard origin (fetch, storage). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

/**
 * Serves the built renderer from app://workbench/… instead of file://, so the page has a real
 * origin and cannot read arbitrary files: every path is resolved inside the renderer folder.
 */
export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== 'workbench') return new Response('Not found', { status: 404 });
    const target = resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!target) return new Response('Forbidden', { status: 403 });
    const path = existsSync(target) && statSync(target).isFile() ? target : join(rendererDir, 'index.html');
    try {
      const body = await readFile(path);
      return new Response(body, {
        status: 200,
        headers: { 'Content-Type': mimeFor(path), 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
