/**
 * Index reports in a visit file. Every write is one synchronous transaction: a report, its values,
 * rankings and source bytes are saved together or not at all.
 */
import { createHash, randomUUID } from 'node:crypto';
import { reportDraftSchema, type IndexReport, type IndexReportDraft, type IndexReportSummary, type Ranking, type ReportWarning } from '../../../shared/domain/index-report';
import { refreshWarnings } from '../../../shared/domain/index-report-checks';
import { AppError, notFound } from '../../util/errors';
import type { Clock } from '../../util/clock';
import type { Selectable } from 'kysely';
import type { IndexReportTable } from '../../db/schema-index';
import type { VisitHandle } from '../visit-library';

/** A row of index_report as read (generated columns become plain values). */
type ReportRow = Selectable<IndexReportTable>;

const ORDER = 'ORDER BY report_date IS NULL, report_date DESC, created_at DESC';

const summaryOf = (r: ReportRow): IndexReportSummary => ({
  id: r.id,
  generation: r.generation,
  city: r.city,
  reportDate: r.report_date,
  sampleSize: r.sample_size,
  aggregate: { city: r.aggregate_city, sample: r.aggregate_sample },
  source: { kind: r.source_kind, fileName: r.source_file_name, sha256: r.source_sha256, pageCount: r.source_page_count },
  warningCount: (JSON.parse(r.warnings_json) as unknown[]).length,
  updatedAt: r.updated_at,
});

/** Every report of the visit, newest report date first (undated last). */
export function listReports(handle: VisitHandle): IndexReportSummary[] {
  return (handle.sqlite.prepare(`SELECT * FROM index_report ${ORDER}`).all() as ReportRow[]).map(summaryOf);
}

/** One report with its values and rankings; AppError('not_found') when it does not exist. */
export function getReport(handle: VisitHandle, id: string): IndexReport {
  const { sqlite } = handle;
  const r = sqlite.prepare('SELECT * FROM index_report WHERE id = ?').get(id) as ReportRow | undefined;
  if (!r) throw notFound('This Index report');
  const values = sqlite.prepare('SELECT indicator_id, city, sample, page, evidence FROM index_report_value WHERE report_id = ? ORDER BY position').all(id) as {
    indicator_id: string;
    city: number | null;
    sample: number | null;
    page: number | null;
    evidence: string;
  }[];
  const rankings = sqlite.prepare('SELECT grp, label, rank, of_count, ahead_of_json, page, evidence FROM index_report_ranking WHERE report_id = ? ORDER BY position').all(id) as {
    grp: Ranking['group'];
    label: string;
    rank: number | null;
    of_count: number | null;
    ahead_of_json: string;
    page: number | null;
    evidence: string;
  }[];
  const { warningCount: _count, ...summary } = summaryOf(r);
  return {
    ...summary,
    sampleSizeQualifier: r.sample_size_qualifier,
    unit: r.unit,
    indicators: values.map((v) => ({ id: v.indicator_id, city: v.city, sample: v.sample, page: v.page, evidence: v.evidence })),
    rankings: rankings.map((k) => ({ group: k.grp, label: k.label, rank: k.rank, of: k.of_count, aheadOf: JSON.parse(k.ahead_of_json) as string[], page: k.page, evidence: k.evidence })),
    evidence: JSON.parse(r.evidence_json) as IndexReport['evidence'],
    warnings: JSON.parse(r.warnings_json) as ReportWarning[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The newest report by report date (then by when it was added), or null when the visit has none. */
export function latestReport(handle: VisitHandle): IndexReport | null {
  const row = handle.sqlite.prepare(`SELECT id FROM index_report ${ORDER} LIMIT 1`).get() as { id: string } | undefined;
  return row ? getReport(handle, row.id) : null;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Saves a confirmed draft. For a PDF the original bytes are stored with it; their checksum must be the
 * one the draft was parsed from, so what is saved is exactly what the user reviewed.
 */
export function saveReport(handle: VisitHandle, input: IndexReportDraft, clock: Clock, sourceBytes?: Uint8Array): IndexReport {
  const draft = normalise(input);
  if (sourceBytes) {
    const sum = sha256Hex(sourceBytes);
    if (draft.source.sha256 && draft.source.sha256 !== sum) throw new AppError('conflict', 'The file changed since it was read. Import it again.');
    draft.source.sha256 = sum;
  }
  const id = randomUUID();
  const now = clock.now().toISOString();
  handle.sqlite.transaction(() => {
    handle.sqlite
      .prepare(
        `INSERT INTO index_report (id, generation, city, report_date, sample_size, sample_size_qualifier, aggregate_city, aggregate_sample, unit,
          source_kind, source_file_name, source_sha256, source_page_count, evidence_json, warnings_json, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, ...reportColumns(draft), now, now);
    writeChildren(handle, id, draft);
    if (sourceBytes) {
      handle.sqlite
        .prepare('INSERT INTO index_report_source (report_id, file_name, sha256, size, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, draft.source.fileName ?? 'report.pdf', draft.source.sha256, sourceBytes.length, Buffer.from(sourceBytes), now);
    }
  })();
  return getReport(handle, id);
}

/** Replaces the values of a saved report (the source file stays as it was). */
export function updateReport(handle: VisitHandle, id: string, input: IndexReportDraft, clock: Clock): IndexReport {
  const current = getReport(handle, id);
  const draft = normalise({ ...input, source: current.source });
  handle.sqlite.transaction(() => {
    handle.sqlite
      .prepare(
        `UPDATE index_report SET generation = ?, city = ?, report_date = ?, sample_size = ?, sample_size_qualifier = ?, aggregate_city = ?,
          aggregate_sample = ?, unit = ?, source_kind = ?, source_file_name = ?, source_sha256 = ?, source_page_count = ?, evidence_json = ?,
          warnings_json = ?, updated_at = ? WHERE id = ?`,
      )
      .run(...reportColumns(draft), clock.now().toISOString(), id);
    handle.sqlite.prepare('DELETE FROM index_report_value WHERE report_id = ?').run(id);
    handle.sqlite.prepare('DELETE FROM index_report_ranking WHERE report_id = ?').run(id);
    writeChildren(handle, id, draft);
  })();
  return getReport(handle, id);
}

export function deleteReport(handle: VisitHandle, id: string): void {
  const info = handle.sqlite.prepare('DELETE FROM index_report WHERE id = ?').run(id);
  if (info.changes === 0) throw notFound('This Index report');
}

/** The original file of a report, or null when it was typed in or imported from JSON/CSV. */
export function getReportSource(handle: VisitHandle, id: string): { fileName: string; sha256: string; bytes: Buffer } | null {
  getReport(handle, id);
  const row = handle.sqlite.prepare('SELECT file_name, sha256, bytes FROM index_report_source WHERE report_id = ?').get(id) as
    | { file_name: string; sha256: string; bytes: Buffer }
    | undefined;
  return row ? { fileName: row.file_name, sha256: row.sha256, bytes: row.bytes } : null;
}

function normalise(input: IndexReportDraft): IndexReportDraft {
  const parsed = reportDraftSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('invalid_input', `The report has an invalid value${first ? ` (${first.path.join('.')}: ${first.message})` : ''}. Correct it and save again.`);
  }
  const draft = structuredClone(parsed.data);
  const seen = new Set<string>();
  for (const v of draft.indicators) {
    if (seen.has(v.id)) throw new AppError('invalid_input', `The indicator ${v.id} appears twice. Keep one value per indicator.`);
    seen.add(v.id);
  }
  draft.warnings = refreshWarnings(draft);
  return draft;
}

function reportColumns(d: IndexReportDraft) {
  return [
    d.generation,
    d.city.trim(),
    d.reportDate,
    d.sampleSize,
    d.sampleSizeQualifier,
    d.aggregate.city,
    d.aggregate.sample,
    d.unit,
    d.source.kind,
    d.source.fileName,
    d.source.sha256,
    d.source.pageCount,
    JSON.stringify(d.evidence),
    JSON.stringify(d.warnings),
  ] as const;
}

function writeChildren(handle: VisitHandle, id: string, d: IndexReportDraft): void {
  const value = handle.sqlite.prepare('INSERT INTO index_report_value (report_id, indicator_id, position, city, sample, page, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)');
  d.indicators.forEach((v, i) => value.run(id, v.id, i, v.city, v.sample, v.page, v.evidence));
  const ranking = handle.sqlite.prepare('INSERT INTO index_report_ranking (report_id, position, grp, label, rank, of_count, ahead_of_json, page, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  d.rankings.forEach((r, i) => ranking.run(id, i, r.group, r.label, r.rank, r.of, JSON.stringify(r.aheadOf), r.page, r.evidence));
}
