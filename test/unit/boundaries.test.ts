import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The import direction of docs/architecture.md, checked over every source file (ESLint checks it too). */
const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
const importsOf = (path: string): string[] =>
  [...readFileSync(path, 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
const rel = (p: string) => relative(ROOT, p);

describe('architecture boundaries', () => {
  const all = files(join(ROOT, 'src')).filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.test.tsx'));

  it('only src/main/electron and src/preload import electron', () => {
    const offenders = all.filter((f) => !/src\/(main\/electron|preload)\//.test(rel(f)) && importsOf(f).includes('electron'));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('the renderer never imports main or preload', () => {
    const offenders = all.filter((f) => rel(f).startsWith('src/renderer/') && importsOf(f).some((i) => /(^|\/)(main|preload)\//.test(i) && i.startsWith('.')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('src/shared imports nothing from the other sides and no Node module', () => {
    const offenders = all.filter(
      (f) => rel(f).startsWith('src/shared/') && importsOf(f).some((i) => /(^|\/)(main|renderer|preload)\//.test(i) || i.startsWith('node:') || i === 'electron'),
    );
    expect(offenders.map(rel)).toEqual([]);
  });

  it('main never imports the renderer or preload', () => {
    const offenders = all.filter((f) => rel(f).startsWith('src/main/') && importsOf(f).some((i) => /(^|\/)(renderer|preload)\//.test(i) && i.startsWith('.')));
    expect(offenders.map(rel)).toEqual([]);
  });
});
