import { describe, expect, it } from 'vitest';
import { resources } from './index';

const keys = (o: unknown, prefix = ''): string[] =>
  o && typeof o === 'object' && !Array.isArray(o) ? Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];

describe('translations', () => {
  it('French has every English key, in every namespace, and no empty string', () => {
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      expect(keys(resources.fr[ns]).sort(), ns).toEqual(keys(resources.en[ns]).sort());
      for (const lang of ['en', 'fr'] as const) {
        const empty = keys(resources[lang][ns]).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], resources[lang][ns]) === '');
        expect(empty, `${lang}/${ns}`).toEqual([]);
      }
    }
  });

  it('keeps interpolation placeholders in both languages', () => {
    const get = (o: unknown, k: string) => k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o);
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      for (const key of keys(resources.en[ns])) {
        const en = String(get(resources.en[ns], key));
        const fr = String(get(resources.fr[ns], key));
        const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(vars(fr), `${ns}.${key}`).toEqual(vars(en));
      }
    }
  });
});
