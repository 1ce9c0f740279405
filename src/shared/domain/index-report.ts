/**
 * An ICC Index report as the app keeps it (domain.md §1.4–1.7): one generation, the city and sample
 * rates per indicator, the aggregate, the rankings, where every value came from, and what looks wrong.
 * A draft is what an import produced before the user confirmed it; a report is what was saved.
 */
import { z } from 'zod';
import { indicatorsOf, isIndicatorId, type IndexGeneration } from './indicators';

/** Rates are 0–100 in every report seen; a parsed value above 100 is kept (and flagged), never clipped. */
const rate = z.number().finite().min(0).max(1000).nullable();
const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'Write the date as YYYY-MM or YYYY-MM-DD.')
  .nullable();

export const generationSchema = z.enum(['v1', 'v2']);
export const rankingGroupSchema = z.enum(['all', 'population', 'foreign_born']);
export type RankingGroup = z.infer<typeof rankingGroupSchema>;

export const indicatorValueSchema = z.object({
  id: z.string().refine(isIndicatorId, 'Unknown indicator id.'),
  city: rate,
  sample: rate,
  /** 1-based page of the PDF the value was read from; null when typed in or imported from JSON/CSV. */
  page: z.number().int().min(1).nullable(),
  /** The sentence the value came from (empty when typed in). */
  evidence: z.string().max(4000),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const rankingSchema = z.object({
  group: rankingGroupSchema,
  /** The group as the report words it, e.g. "cities with more than 200,000 inhabitants". */
  label: z.string().max(300),
  rank: z.number().int().min(1).max(10000).nullable(),
  of: z.number().int().min(1).max(10000).nullable(),
  aheadOf: z.array(z.string().max(120)).max(20),
  page: z.number().int().min(1).nullable(),
  evidence: z.string().max(4000),
});
export type Ranking = z.infer<typeof rankingSchema>;

export const reportWarningSchema = z.object({
  /** Stable code the UI translates: rate_over_100, indicator_missing, sample_size_unlikely, ... */
  code: z.string().max(60),
  /** What the warning is about: 'city', 'reportDate', 'sampleSize', 'aggregate', 'indicator:v2.education', 'ranking:all'. */
  field: z.string().max(80).nullable(),
  /** English sentence (the CLI prints it; the UI translates by code). */
  message: z.string().max(500),
});
export type ReportWarning = z.infer<typeof reportWarningSchema>;

export const sourceKindSchema = z.enum(['pdf', 'json', 'csv', 'manual']);
export const reportSourceSchema = z.object({
  kind: sourceKindSchema,
  fileName: z.string().max(260).nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  pageCount: z.number().int().min(0).nullable(),
});
export type ReportSource = z.infer<typeof reportSourceSchema>;

export const evidenceSchema = z.object({ page: z.number().int().min(1).nullable(), text: z.string().max(4000) });
export type Evidence = z.infer<typeof evidenceSchema>;

/** Everything but the identity: what an import produces and what the review screen edits. */
export const reportDraftSchema = z.object({
  generation: generationSchema,
  city: z.string().trim().max(200),
  reportDate: isoDate,
  sampleSize: z.number().int().min(1).max(10000).nullable(),
  sampleSizeQualifier: z.enum(['exact', 'more_than']),
  aggregate: z.object({ city: rate, sample: rate }),
  unit: z.enum(['percent', 'points_of_100']),
  indicators: z.array(indicatorValueSchema).max(40),
  rankings: z.array(rankingSchema).max(10),
  source: reportSourceSchema,
  /** Evidence for the report-level fields, keyed like warnings' field ('city', 'reportDate', 'sampleSize', 'aggregate'). */
  evidence: z.record(z.string(), evidenceSchema),
  warnings: z.array(reportWarningSchema).max(100),
});
export type IndexReportDraft = z.infer<typeof reportDraftSchema>;

export interface IndexReport extends IndexReportDraft {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface IndexReportSummary {
  id: string;
  generation: IndexGeneration;
  city: string;
  reportDate: string | null;
  sampleSize: number | null;
  aggregate: { city: number | null; sample: number | null };
  source: ReportSource;
  warningCount: number;
  updatedAt: string;
}

/** An empty draft with one row per indicator of the generation: the start of manual entry. */
export function emptyDraft(generation: IndexGeneration, city = ''): IndexReportDraft {
  return {
    generation,
    city,
    reportDate: null,
    sampleSize: null,
    sampleSizeQualifier: 'exact',
    aggregate: { city: null, sample: null },
    unit: 'percent',
    indicators: indicatorsOf(generation).map((i) => ({ id: i.id, city: null, sample: null, page: null, evidence: '' })),
    rankings: [],
    source: { kind: 'manual', fileName: null, sha256: null, pageCount: null },
    evidence: {},
    warnings: [],
  };
}

/** Gap per indicator (city minus sample), largest shortfall first; rows without both values go last. */
export function gapsOf(report: Pick<IndexReportDraft, 'indicators'>): { id: string; city: number | null; sample: number | null; gap: number | null }[] {
  return report.indicators
    .map((v) => ({ id: v.id, city: v.city, sample: v.sample, gap: v.city !== null && v.sample !== null ? v.city - v.sample : null }))
    .sort((a, b) => (a.gap === null ? 1 : b.gap === null ? -1 : a.gap - b.gap));
}
