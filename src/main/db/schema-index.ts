/** Kysely types of the Index report tables (migration 0100). Joined into VisitDatabase in schema.ts. */
import type { Generated } from 'kysely';

export interface IndexReportTable {
  id: string;
  generation: 'v1' | 'v2';
  city: string;
  report_date: string | null;
  sample_size: number | null;
  sample_size_qualifier: 'exact' | 'more_than';
  aggregate_city: number | null;
  aggregate_sample: number | null;
  unit: 'percent' | 'points_of_100';
  source_kind: 'pdf' | 'json' | 'csv' | 'manual';
  source_file_name: string | null;
  source_sha256: string | null;
  source_page_count: number | null;
  evidence_json: Generated<string>;
  warnings_json: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface IndexReportValueTable {
  report_id: string;
  indicator_id: string;
  position: number;
  city: number | null;
  sample: number | null;
  page: number | null;
  evidence: Generated<string>;
}

export interface IndexReportRankingTable {
  report_id: string;
  position: number;
  grp: 'all' | 'population' | 'foreign_born';
  label: string;
  rank: number | null;
  of_count: number | null;
  ahead_of_json: Generated<string>;
  page: number | null;
  evidence: Generated<string>;
}

export interface IndexReportSourceTable {
  report_id: string;
  file_name: string;
  sha256: string;
  size: number;
  bytes: Uint8Array;
  created_at: string;
}

export interface IndexReportTables {
  index_report: IndexReportTable;
  index_report_value: IndexReportValueTable;
  index_report_ranking: IndexReportRankingTable;
  index_report_source: IndexReportSourceTable;
}
