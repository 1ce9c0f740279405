import { describe, expect, it } from 'vitest';
import { checkReport, plausibleSampleSize, refreshWarnings } from './index-report-checks';
import { emptyDraft, gapsOf } from './index-report';

const filled = () => {
  const d = emptyDraft('v2', 'Lindenhaven');
  d.reportDate = '2022-06-14';
  d.sampleSize = 152;
  d.aggregate = { city: 68, sample: 61 };
  d.indicators = d.indicators.map((v, i) => ({ ...v, city: 40 + i, sample: 50 }));
  return d;
};

describe('report checks', () => {
  it('accepts a complete, consistent report', () => {
    expect(checkReport(filled())).toEqual([]);
  });

  it('knows which sample sizes fit a date (domain §1.6)', () => {
    const odessa = plausibleSampleSize('2017-12');
    expect(93).toBeGreaterThanOrEqual(odessa.min);
    expect(93).toBeLessThanOrEqual(odessa.max);
    const lewisham = plausibleSampleSize('2011-01-10');
    expect(17).toBeGreaterThanOrEqual(lewisham.min);
    expect(140).toBeGreaterThan(lewisham.max);
  });

  it('flags a rate over 100, a missing indicator, an unlikely sample size and a rank beyond its group', () => {
    const d = filled();
    d.indicators[2]!.city = 105;
    d.indicators[5]!.city = null;
    d.sampleSize = 20;
    d.rankings = [{ group: 'population', label: 'x', rank: 50, of: 40, aheadOf: [], page: null, evidence: '' }];
    const codes = checkReport(d).map((w) => `${w.code}:${w.field}`);
    expect(codes).toContain('rate_over_100:indicator:v2.neighbourhoods');
    expect(codes).toContain('indicator_missing:indicator:v2.cultural_social_life');
    expect(codes).toContain('sample_size_unlikely:sampleSize');
    expect(codes).toContain('rank_over_total:ranking:population');
  });

  it('keeps parser notes and recomputes the rest after an edit', () => {
    const d = filled();
    d.warnings = [{ code: 'parse_x', field: null, message: 'note' }, { code: 'indicator_missing', field: 'indicator:v2.education', message: 'old' }];
    expect(refreshWarnings(d).map((w) => w.code)).toEqual(['parse_x']);
    d.warnings.push({ code: 'parse_section_without_rate', field: 'indicator:v2.education', message: 'n' });
    expect(refreshWarnings(d).map((w) => w.code)).toEqual(['parse_x']);
  });

  it('sorts gaps from the largest shortfall to the largest lead, values missing last', () => {
    const d = filled();
    d.indicators[0]!.city = null;
    const gaps = gapsOf(d);
    expect(gaps[0]!.gap).toBe(-9);
    expect(gaps[gaps.length - 1]!.gap).toBeNull();
    const known = gaps.filter((g) => g.gap !== null).map((g) => g.gap!);
    expect([...known].sort((a, b) => a - b)).toEqual(known);
  });
});
