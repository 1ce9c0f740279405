import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { createApi, type Api } from '../api/create-api';
import { startHost, TOKEN_HEADER, type RunningHost } from './server';
import { resolveInside } from './static-files';
import { useTempDir } from '../../../test/support/temp';

/** Raw HTTP, so the Host header and odd paths go out exactly as written. */
function raw(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser host', () => {
  const tempDir = useTempDir();
  let api: Api;
  let host: RunningHost;
  afterEach(async () => {
    await host?.close();
    api?.close();
  });

  const start = async () => {
    const dataDir = tempDir();
    const rendererDir = join(dataDir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<html>app</html>');
    writeFileSync(join(dataDir, 'secret.txt'), 'do not serve');
    api = createApi({ dataDir, transport: 'browser', appVersion: 't' });
    host = await startHost({ rendererDir, dispatch: api.dispatch, files: api.ctx.files });
    return { dataDir, auth: { [TOKEN_HEADER]: host.token, host: `127.0.0.1:${host.port}` } };
  };

  it('binds to 127.0.0.1 on a random port with a long random token', async () => {
    await start();
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.port).toBeGreaterThan(0);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
  });

  it('refuses API calls and uploads without the right token, touching nothing', async () => {
    const { dataDir } = await start();
    const h = { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json' };
    const create = JSON.stringify({ profile: { title: 'x', city: 'y' } });
    expect((await raw(host.port, '/api/visits.create', h, 'POST', create)).status).toBe(401);
    expect((await raw(host.port, '/api/visits.create', { ...h, [TOKEN_HEADER]: host.token.slice(1) }, 'POST', create)).status).toBe(401);
    expect((await raw(host.port, '/files?name=a.pdf', h, 'POST', 'bytes')).status).toBe(401);
    expect(readdirSync(join(dataDir, 'visits'))).toEqual([]);
    expect((await raw(host.port, '/api/visits.create', { ...h, [TOKEN_HEADER]: host.token }, 'POST', create)).status).toBe(200);
    expect(readdirSync(join(dataDir, 'visits')).filter((f) => f.endsWith('.visit.sqlite'))).toHaveLength(1);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const { auth } = await start();
    expect((await raw(host.port, '/api/visits.list', { ...auth, host: 'evil.example:80' }, 'POST', '{}')).status).toBe(421);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const { auth } = await start();
    const index = await raw(host.port, '/', { host: auth.host });
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(index.headers['content-security-policy'])).not.toContain('unsafe-eval');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt']) {
      const res = await raw(host.port, path, { host: auth.host });
      expect(res.body).not.toContain('do not serve');
    }
  });

  it('uploads a file as an opaque token and downloads produced files with the token only', async () => {
    const { auth } = await start();
    const up = await raw(host.port, '/files?name=../../report.pdf', auth, 'POST', '%PDF-1.7 test');
    const token = JSON.parse(up.body).value.fileToken as string;
    expect(token).toMatch(/^ft_/);
    expect(api.ctx.files.resolve(token).name).toBe('report.pdf');
    expect((await raw(host.port, `/files/${token}`, { host: auth.host })).status).toBe(401);
    const down = await raw(host.port, `/files/${token}`, auth);
    expect(down.body).toBe('%PDF-1.7 test');
  });

  it('answers malformed JSON with a clear error', async () => {
    const { auth } = await start();
    const res = await raw(host.port, '/api/visits.list', auth, 'POST', '{not json');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('resolveInside', () => {
  it('keeps paths inside the root', () => {
    expect(resolveInside('/srv/app', '/index.html')).toBe('/srv/app/index.html');
    expect(resolveInside('/srv/app', '/a/../b.js')).toBe('/srv/app/b.js');
    expect(resolveInside('/srv/app', '/../../etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveInside('/srv/app', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBe('/srv/app/etc/passwd');
    expect(resolveInside('/srv/app', '/x%00.js')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});
