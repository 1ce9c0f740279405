/**
 * The JSON and CSV exchange formats of an Index report (docs/index-report-format.md). Import accepts
 * what export writes and also the output of `index parse --json`; every problem names the line or field.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { reportDraftSchema, type IndexReportDraft, type Ranking } from '../../shared/domain/index-report';
import { refreshWarnings } from '../../shared/domain/index-report-checks';
import { indicatorsOf, isIndicatorId } from '../../shared/domain/indicators';
import { AppError } from '../util/errors';

export const FORMAT_ID = 'icc-index-report';
export const FORMAT_VERSION = 1;
const CSV_COLUMNS = ['kind', 'key', 'value', 'city', 'sample', 'rank', 'of', 'label', 'ahead_of', 'page', 'evidence'] as const;

/** What the CLI prints with --json (fields fixed by the issue), also readable by the JSON import. */
export function cliJson(d: IndexReportDraft) {
  return {
    city: d.city,
    reportDate: d.reportDate,
    generation: d.generation,
    sampleSize: d.sampleSize,
    aggregate: { city: d.aggregate.city, sample: d.aggregate.sample },
    indicators: d.indicators.map((v) => ({ id: v.id, city: v.city, sample: v.sample, page: v.page, evidence: v.evidence })),
    rankings: d.rankings.map((r) => ({ group: r.group, label: r.label, rank: r.rank, of: r.of })),
    warnings: d.warnings.map((w) => w.message),
  };
}

export function toJson(d: IndexReportDraft): string {
  const { warnings: _w, evidence: _e, ...rest } = d;
  return JSON.stringify({ format: FORMAT_ID, version: FORMAT_VERSION, report: rest }, null, 2);
}

const looseReport = z.object({
  generation: z.enum(['v1', 'v2']),
  city: z.string().default(''),
  reportDate: z.string().nullable().default(null),
  sampleSize: z.number().int().nullable().default(null),
  sampleSizeQualifier: z.enum(['exact', 'more_than']).default('exact'),
  aggregate: z.object({ city: z.number().nullable().default(null), sample: z.number().nullable().default(null) }).default({ city: null, sample: null }),
  unit: z.enum(['percent', 'points_of_100']).default('percent'),
  indicators: z.array(z.object({ id: z.string(), city: z.number().nullable().default(null), sample: z.number().nullable().default(null), page: z.number().int().nullable().default(null), evidence: z.string().default('') })).default([]),
  rankings: z
    .array(z.object({ group: z.enum(['all', 'population', 'foreign_born']), label: z.string().default(''), rank: z.number().int().nullable().default(null), of: z.number().int().nullable().default(null), aheadOf: z.array(z.string()).default([]), page: z.number().int().nullable().default(null), evidence: z.string().default('') }))
    .default([]),
});

/** Fills every indicator of the generation (missing ones null), validates, and flags. */
function finish(raw: z.infer<typeof looseReport>, kind: 'json' | 'csv', fileName: string): IndexReportDraft {
  const unknown = raw.indicators.find((v) => !isIndicatorId(v.id) || !v.id.startsWith(`${raw.generation}.`));
  if (unknown) throw new AppError('invalid_input', `“${unknown.id}” is not an indicator of the ${raw.generation} Index. Use the ids listed in docs/index-report-format.md.`);
  const byId = new Map(raw.indicators.map((v) => [v.id, v]));
  const draft = {
    ...raw,
    indicators: indicatorsOf(raw.generation).map((ind) => byId.get(ind.id) ?? { id: ind.id, city: null, sample: null, page: null, evidence: '' }),
    rankings: raw.rankings as Ranking[],
    source: { kind, fileName, sha256: null, pageCount: null },
    evidence: {},
    warnings: [],
  };
  const parsed = reportDraftSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('invalid_input', `The file has an invalid value at “${issue.path.join('.')}”: ${issue.message}`);
  }
  return { ...parsed.data, warnings: refreshWarnings(parsed.data) };
}

export function fromJson(text: string, fileName: string): IndexReportDraft {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError('unsupported_file', `This JSON file cannot be read (${(error as Error).message}). Export it again, or check it against docs/index-report-format.md.`);
  }
  const body = data && typeof data === 'object' && 'report' in data ? (data as { report: unknown }).report : data;
  const parsed = looseReport.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('unsupported_file', `This JSON file is not an Index report: “${issue.path.join('.') || 'report'}” ${issue.message.toLowerCase()}. See docs/index-report-format.md.`);
  }
  return finish(parsed.data, 'json', fileName);
}

export function toCsv(d: IndexReportDraft): string {
  const rows: Record<string, string | number | null>[] = [
    { kind: 'report', key: 'generation', value: d.generation },
    { kind: 'report', key: 'city', value: d.city },
    { kind: 'report', key: 'report_date', value: d.reportDate },
    { kind: 'report', key: 'sample_size', value: d.sampleSize },
    { kind: 'report', key: 'sample_size_qualifier', value: d.sampleSizeQualifier },
    { kind: 'report', key: 'unit', value: d.unit },
    { kind: 'aggregate', key: 'aggregate', city: d.aggregate.city, sample: d.aggregate.sample },
    ...d.indicators.map((v) => ({ kind: 'indicator', key: v.id, city: v.city, sample: v.sample, page: v.page, evidence: v.evidence })),
    ...d.rankings.map((r) => ({ kind: 'ranking', key: r.group, rank: r.rank, of: r.of, label: r.label, ahead_of: r.aheadOf.join('; '), page: r.page, evidence: r.evidence })),
  ];
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? '')) });
}

export function fromCsv(text: string, fileName: string): IndexReportDraft {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const cols = parsed.meta.fields ?? [];
  if (!['kind', 'key'].every((c) => cols.includes(c))) {
    throw new AppError('unsupported_file', 'This CSV file is not an Index report: it needs the columns kind, key, value, city, sample… (see docs/index-report-format.md).');
  }
  const num = (s: string | undefined, line: number, col: string): number | null => {
    if (s === undefined || s.trim() === '') return null;
    const n = Number(s.replace(',', '.').replace('%', '').trim());
    if (!Number.isFinite(n)) throw new AppError('invalid_input', `Line ${line}: “${s}” in column ${col} is not a number.`);
    return n;
  };
  const raw: Record<string, unknown> & { indicators: unknown[]; rankings: unknown[]; aggregate?: unknown } = { indicators: [], rankings: [] };
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const key = (row.key ?? '').trim();
    if (row.kind === 'report') {
      const map: Record<string, string> = { generation: 'generation', city: 'city', report_date: 'reportDate', sample_size: 'sampleSize', sample_size_qualifier: 'sampleSizeQualifier', unit: 'unit' };
      if (!map[key]) throw new AppError('invalid_input', `Line ${line}: unknown report field “${key}”.`);
      raw[map[key]] = key === 'sample_size' ? num(row.value, line, 'value') : row.value?.trim() || null;
    } else if (row.kind === 'aggregate') raw.aggregate = { city: num(row.city, line, 'city'), sample: num(row.sample, line, 'sample') };
    else if (row.kind === 'indicator') raw.indicators.push({ id: key, city: num(row.city, line, 'city'), sample: num(row.sample, line, 'sample'), page: num(row.page, line, 'page'), evidence: row.evidence ?? '' });
    else if (row.kind === 'ranking')
      raw.rankings.push({ group: key, label: row.label ?? '', rank: num(row.rank, line, 'rank'), of: num(row.of, line, 'of'), aheadOf: (row.ahead_of ?? '').split(';').map((s) => s.trim()).filter(Boolean), page: num(row.page, line, 'page'), evidence: row.evidence ?? '' });
    else throw new AppError('invalid_input', `Line ${line}: unknown kind “${row.kind}” (use report, aggregate, indicator or ranking).`);
  });
  if (raw.city === null) raw.city = '';
  const loose = looseReport.safeParse(raw);
  if (!loose.success) {
    const issue = loose.error.issues[0]!;
    throw new AppError('invalid_input', `This CSV file has an invalid “${issue.path.join('.')}”: ${issue.message}`);
  }
  return finish(loose.data, 'csv', fileName);
}
