import { describe, expect, it } from 'vitest';
import { VisitLibrary } from '../services/visit-library';
import { listReports, getReport } from '../services/index-reports';
import { fixedClock, useTempDir } from '../../../test/support/temp';
import { createDemoVisit } from './index';

describe('demo Index reports', () => {
  const tempDir = useTempDir();
  it('gives the demo visit a 2016 (v1) and a 2022 (v2) report of Lindenhaven with every value', async () => {
    const library = new VisitLibrary(tempDir(), fixedClock());
    const visit = await createDemoVisit(library, fixedClock());
    const reports = listReports(library.get(visit.id));
    expect(reports.map((r) => [r.generation, r.reportDate])).toEqual([['v2', '2022-06-14'], ['v1', '2016-10']]);
    const latest = getReport(library.get(visit.id), reports[0]!.id);
    expect(latest.city).toBe('Lindenhaven');
    expect(latest.indicators.every((v) => v.city !== null && v.sample !== null && v.evidence.includes(String(v.city)))).toBe(true);
    expect(latest.warnings).toEqual([]);
    expect(latest.rankings.map((r) => r.group)).toEqual(['all', 'population', 'foreign_born']);
    library.closeAll();
  });
});
