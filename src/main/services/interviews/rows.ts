import type { SqliteHandle } from '../../db/connection';

/** Small helpers shared by the interviews services. */
export type Handle = { sqlite: SqliteHandle };

export const parseList = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

export const uniq = (values: string[]): string[] => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
