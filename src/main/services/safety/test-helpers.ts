import { createApi, type Api } from '../../api/create-api';
import type { VisitSummary } from '../../../shared/domain/visit';
import type { Result } from '../../../shared/result';

/** A clock tests can move forward. */
export function movableClock(iso = '2027-03-15T08:00:00.000Z') {
  let now = Date.parse(iso);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

export function testApi(dataDir: string, clock = movableClock()): Api & { clock: ReturnType<typeof movableClock> } {
  return { ...createApi({ dataDir, transport: 'browser', appVersion: '9.9.9-test', clock, safetyTickMs: 0 }), clock };
}

export const profile = (city: string) => ({ title: `Visit ${city}`, city, country: 'NL' });

export async function call<T>(api: Api, method: string, input: unknown): Promise<T> {
  const result = (await api.dispatch(method, input)) as Result<T>;
  if (!result.ok) throw new Error(`${method}: [${result.error.code}] ${result.error.message}`);
  return result.value;
}

export async function callError(api: Api, method: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = (await api.dispatch(method, input)) as Result<unknown>;
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

/** A visit with a table of numbered rows, written through the library's own handle. */
export function visitWithRows(api: Api, city: string, rows: number): VisitSummary {
  const visit = api.ctx.library.create({ ...profile(city), population: null, foreignBornShare: null, startDate: null, endDate: null, experts: [], workingLanguage: 'en', notes: '' });
  const { sqlite } = api.ctx.library.get(visit.id);
  sqlite.exec('CREATE TABLE IF NOT EXISTS test_rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = sqlite.prepare('INSERT INTO test_rows (body) VALUES (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`row ${i} of ${city}`);
  })();
  return visit;
}

export const rowCount = (api: Api, visitId: string): number =>
  (api.ctx.library.get(visitId).sqlite.prepare('SELECT count(*) AS n FROM test_rows').get() as { n: number }).n;
