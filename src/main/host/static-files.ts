import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

export const mimeFor = (path: string): string => MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * Resolves a URL path inside a root folder, or null when it would leave it (`..`, encoded slashes,
 * absolute paths). Shared by the browser host and Electron's app:// protocol.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rootAbs = resolve(root);
  const target = resolve(rootAbs, '.' + sep + normalize(decoded).replace(/^([/\\])+/, ''));
  if (target !== rootAbs && !target.startsWith(rootAbs + sep)) return null;
  return target;
}

/** The file to serve for a path: the file itself, or index.html for the app's own routes. */
export function staticFile(root: string, urlPath: string): { path: string; body: Buffer; mime: string } | null {
  const target = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!target) return null;
  const path = existsSync(target) && statSync(target).isFile() ? target : extname(target) ? null : join(root, 'index.html');
  if (!path || !existsSync(path)) return null;
  return { path, body: readFileSync(path), mime: mimeFor(path) };
}
