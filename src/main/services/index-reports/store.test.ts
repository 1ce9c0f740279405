import { describe, expect, it } from 'vitest';
import { emptyDraft, type IndexReportDraft } from '../../../shared/domain/index-report';
import { VisitLibrary } from '../visit-library';
import { AppError } from '../../util/errors';
import { DEMO_PROFILE } from '../../demo/profile';
import { fixedClock, useTempDir } from '../../../../test/support/temp';
import { deleteReport, getReport, getReportSource, latestReport, listReports, saveReport, sha256Hex, updateReport } from './index';

const draft = (date: string, city = 70): IndexReportDraft => {
  const d = emptyDraft('v2', 'Lindenhaven');
  d.reportDate = date;
  d.sampleSize = 150;
  d.aggregate = { city: 68, sample: 61 };
  d.indicators = d.indicators.map((v, i) => ({ ...v, city: i === 0 ? city : 50, sample: i === 16 ? null : 55, page: 5, evidence: 'sentence' }));
  d.rankings = [{ group: 'population', label: 'cities with more than 200,000 inhabitants', rank: 9, of: 47, aheadOf: ['Bergen', 'Lisbon'], page: 4, evidence: 'r' }];
  return d;
};

describe('index report store', () => {
  const tempDir = useTempDir();
  const visit = () => {
    const library = new VisitLibrary(tempDir(), fixedClock());
    return library.get(library.create(DEMO_PROFILE).id);
  };

  it('saves a report with every value, lists it and reads it back; missing values stay null', () => {
    const h = visit();
    const saved = saveReport(h, draft('2022-06-14'), fixedClock());
    expect(listReports(h)).toHaveLength(1);
    const back = getReport(h, saved.id);
    expect(back.indicators).toHaveLength(17);
    expect(back.indicators[16]!.sample).toBeNull();
    expect(back.rankings[0]).toMatchObject({ rank: 9, of: 47, aheadOf: ['Bergen', 'Lisbon'] });
    expect(back.warnings.map((w) => w.code)).toEqual(['sample_rate_missing']);
  });

  it('stores the original PDF with its checksum and refuses bytes that differ from what was reviewed', () => {
    const h = visit();
    const bytes = new Uint8Array(Buffer.from('%PDF-1.7 the report'));
    const d = { ...draft('2022-06'), source: { kind: 'pdf' as const, fileName: 'r.pdf', sha256: sha256Hex(bytes), pageCount: 1 } };
    const saved = saveReport(h, d, fixedClock(), bytes);
    const source = getReportSource(h, saved.id)!;
    expect(source.sha256).toBe(sha256Hex(bytes));
    expect(Buffer.compare(source.bytes, Buffer.from(bytes))).toBe(0);
    const other = new Uint8Array(Buffer.from('%PDF-1.7 changed'));
    expect(() => saveReport(h, d, fixedClock(), other)).toThrow(/changed since it was read/);
    expect(listReports(h)).toHaveLength(1);
  });

  it('keeps several reports per visit, newest first, and edits one without touching the other', () => {
    const h = visit();
    const old = saveReport(h, { ...draft('2016-10'), generation: 'v1', indicators: emptyDraft('v1').indicators }, fixedClock());
    const recent = saveReport(h, draft('2022-06'), fixedClock());
    expect(listReports(h).map((r) => r.id)).toEqual([recent.id, old.id]);
    expect(latestReport(h)?.id).toBe(recent.id);
    const edited = updateReport(h, recent.id, draft('2022-06', 91), fixedClock('2026-12-01T10:00:00.000Z'));
    expect(edited.indicators[0]!.city).toBe(91);
    expect(edited.updatedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(getReport(h, old.id).generation).toBe('v1');
  });

  it('writes nothing when a report is invalid, and says what to correct', () => {
    const h = visit();
    const bad = draft('2022-06');
    bad.indicators.push({ ...bad.indicators[0]! });
    expect(() => saveReport(h, bad, fixedClock())).toThrow(/appears twice/);
    expect(() => saveReport(h, { ...draft('2022-06'), reportDate: 'June' }, fixedClock())).toThrow(AppError);
    expect(listReports(h)).toEqual([]);
    expect(() => getReport(h, 'nope')).toThrow(/not found/);
    expect(() => deleteReport(h, 'nope')).toThrow(/not found/);
  });
});
