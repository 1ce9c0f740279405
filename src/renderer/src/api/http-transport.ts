import type { ApiTransport } from '../../../shared/api-client';
import { fail, type Result } from '../../../shared/result';

const TOKEN_KEY = 'icc-workbench-token';
const TOKEN_HEADER = 'x-icc-token';

/**
 * The browser host's token arrives once in the address (?token=…); keep it for this tab only and
 * remove it from the address bar so it does not end up in screenshots or history.
 */
export function takeTokenFromLocation(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const networkError = <T>(): Result<T> =>
  fail('internal', 'The app could not reach its local service. Check that ICC Workbench is still running, then try again.');

export function createHttpTransport(token: string): ApiTransport {
  const headers = { [TOKEN_HEADER]: token };
  return {
    kind: 'browser',
    async invoke(method, input) {
      try {
        const res = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as never;
      } catch {
        return networkError();
      }
    },
    pickFile(options) {
      return new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = options.extensions.map((e) => `.${e}`).join(',');
        input.style.display = 'none';
        input.addEventListener('change', async () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve(null);
          try {
            const res = await fetch(`/files?name=${encodeURIComponent(file.name)}`, { method: 'POST', headers, body: file });
            const result = (await res.json()) as Result<{ fileToken: string; name: string; size: number }>;
            if (!result.ok) return reject(new Error(result.error.message));
            resolve(result.value);
          } catch {
            reject(new Error('The file could not be handed to ICC Workbench. Try again.'));
          }
        });
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(null);
        });
        document.body.appendChild(input);
        input.click();
      });
    },
    async saveFile(fileToken, suggestedName) {
      const res = await fetch(`/files/${encodeURIComponent(fileToken)}`, { headers });
      if (!res.ok) throw new Error('This file is no longer available. Export it again.');
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true };
    },
  };
}
