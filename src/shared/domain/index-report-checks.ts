/**
 * Consistency checks on a report (parsed, imported or typed in). Pure, so the review screen re-runs them
 * on every edit and the importers and the CLI give the same flags.
 */
import { indicatorsOf, indicatorName } from './indicators';
import type { IndexReportDraft, ReportWarning } from './index-report';

/** Known points of the sample's growth (domain.md §1.6): report month -> cities in the sample. */
const SAMPLE_GROWTH: [month: string, size: number][] = [
  ['2010-06', 12],
  ['2011-01', 17],
  ['2011-08', 29],
  ['2012-03', 44],
  ['2012-10', 50],
  ['2013-05', 54],
  ['2014-05', 60],
  ['2014-09', 64],
  ['2015-03', 70],
  ['2016-01', 75],
  ['2016-05', 76],
  ['2016-10', 80],
  ['2017-10', 89],
  ['2017-12', 93],
  ['2019-06', 100],
  ['2020-07', 140],
];

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * The range of sample sizes that fits a report date. Between known points the size grows; a report can
 * lag its date (the database "as it stood" when writing began), so the band is generous. After the last
 * known point the programme kept growing, so only a lower bound applies (plus a sanity ceiling).
 */
export function plausibleSampleSize(reportDate: string): { min: number; max: number } {
  const m = monthIndex(reportDate);
  const points = SAMPLE_GROWTH.map(([d, n]) => [monthIndex(d), n] as const);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (m <= first[0]) return { min: 5, max: Math.round(first[1] * 1.5) };
  if (m >= last[0]) return { min: Math.round(last[1] * 0.8), max: 400 };
  let expected = last[1];
  for (let i = 1; i < points.length; i++) {
    const [m1, n1] = points[i]!;
    const [m0, n0] = points[i - 1]!;
    if (m <= m1) {
      expected = n0 + ((n1 - n0) * (m - m0)) / (m1 - m0);
      break;
    }
  }
  return { min: Math.floor(expected * 0.75), max: Math.ceil(expected * 1.3) + 3 };
}

const warn = (code: string, field: string | null, message: string): ReportWarning => ({ code, field, message });

/** Every flag the data itself justifies. Parser notes (codes starting with "parse_") are added by the parser. */
export function checkReport(draft: IndexReportDraft): ReportWarning[] {
  const out: ReportWarning[] = [];
  if (!draft.city.trim()) out.push(warn('city_missing', 'city', 'The city name was not found; enter it.'));
  if (!draft.reportDate) out.push(warn('date_missing', 'reportDate', 'The report date was not found; enter it.'));
  if (draft.sampleSize === null) out.push(warn('sample_size_missing', 'sampleSize', 'The number of cities in the sample was not found; enter it.'));
  if (draft.reportDate && draft.sampleSize !== null) {
    const { min, max } = plausibleSampleSize(draft.reportDate);
    if (draft.sampleSize < min || draft.sampleSize > max) {
      out.push(
        warn('sample_size_unlikely', 'sampleSize', `A sample of ${draft.sampleSize} cities does not fit a report dated ${draft.reportDate} (expected ${min}–${max}); check the date and the sample size.`),
      );
    }
  }
  if (draft.aggregate.city === null) out.push(warn('aggregate_missing', 'aggregate', 'The aggregate index of the city was not found; enter it.'));
  for (const [who, value] of [['city', draft.aggregate.city], ['sample', draft.aggregate.sample]] as const) {
    if (value !== null && value > 100) out.push(warn('rate_over_100', 'aggregate', `The aggregate index of the ${who} is ${value}, above 100; check it.`));
  }
  const byId = new Map(draft.indicators.map((v) => [v.id, v]));
  for (const ind of indicatorsOf(draft.generation)) {
    const v = byId.get(ind.id);
    const field = `indicator:${ind.id}`;
    if (!v || v.city === null) out.push(warn('indicator_missing', field, `No rate was found for “${ind.name.en}”; enter it or leave it empty.`));
    else if (v.sample === null) out.push(warn('sample_rate_missing', field, `No sample rate was found for “${ind.name.en}”.`));
    for (const [who, value] of [['city', v?.city ?? null], ['sample', v?.sample ?? null]] as const) {
      if (value !== null && value > 100) out.push(warn('rate_over_100', field, `The ${who} rate for “${ind.name.en}” is ${value}, above 100; check it.`));
    }
  }
  for (const v of draft.indicators) {
    if (!v.id.startsWith(`${draft.generation}.`)) out.push(warn('indicator_other_generation', `indicator:${v.id}`, `“${indicatorName(v.id, 'en')}” belongs to the other Index generation.`));
  }
  for (const r of draft.rankings) {
    const field = `ranking:${r.group}`;
    if (r.rank !== null && r.of !== null && r.rank > r.of) out.push(warn('rank_over_total', field, `The rank ${r.rank} is beyond the ${r.of} cities of the group; check it.`));
    if (r.group === 'all' && r.of !== null && draft.sampleSize !== null && r.of !== draft.sampleSize && draft.sampleSizeQualifier === 'exact') {
      out.push(warn('rank_total_differs', field, `The ranking counts ${r.of} cities but the sample has ${draft.sampleSize}; check which is right.`));
    }
  }
  return out;
}

/** Parser notes kept, computed checks refreshed: what the review screen shows after an edit. */
export function refreshWarnings(draft: IndexReportDraft): ReportWarning[] {
  // A parser note about an indicator is settled once the user has filled its value.
  const filled = new Set(draft.indicators.filter((v) => v.city !== null).map((v) => `indicator:${v.id}`));
  const notes = draft.warnings.filter((w) => w.code.startsWith('parse_') && !(w.field && filled.has(w.field)));
  return [...notes, ...checkReport(draft)];
}
