import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder per test, removed afterwards: tests use real files, never mocks of the database. */
export function useTempDir(prefix = 'icc-test-'): () => string {
  const made: string[] = [];
  afterEach(() => {
    while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

export const fixedClock = (iso = '2026-11-30T10:00:00.000Z') => ({ now: () => new Date(iso) });
