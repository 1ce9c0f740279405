import type { Migration } from './types';

/**
 * ICC Index reports of a visit: one row per report, its indicator values and rankings, and the original
 * file (PDF bytes with their SHA-256) so the evidence can always be re-checked against the source.
 * Values are REAL and nullable: a missing value is NULL, never 0.
 */
export const m0100IndexReports: Migration = {
  id: '0100_index_reports',
  up(db) {
    db.exec(`
      CREATE TABLE index_report (
        id TEXT PRIMARY KEY,
        generation TEXT NOT NULL CHECK (generation IN ('v1', 'v2')),
        city TEXT NOT NULL,
        report_date TEXT CHECK (report_date IS NULL OR report_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'),
        sample_size INTEGER CHECK (sample_size IS NULL OR sample_size > 0),
        sample_size_qualifier TEXT NOT NULL CHECK (sample_size_qualifier IN ('exact', 'more_than')),
        aggregate_city REAL,
        aggregate_sample REAL,
        unit TEXT NOT NULL CHECK (unit IN ('percent', 'points_of_100')),
        source_kind TEXT NOT NULL CHECK (source_kind IN ('pdf', 'json', 'csv', 'manual')),
        source_file_name TEXT,
        source_sha256 TEXT CHECK (source_sha256 IS NULL OR length(source_sha256) = 64),
        source_page_count INTEGER,
        evidence_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(evidence_json)),
        warnings_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE index_report_value (
        report_id TEXT NOT NULL REFERENCES index_report(id) ON DELETE CASCADE,
        indicator_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        city REAL,
        sample REAL,
        page INTEGER,
        evidence TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (report_id, indicator_id)
      ) STRICT;

      CREATE TABLE index_report_ranking (
        report_id TEXT NOT NULL REFERENCES index_report(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        grp TEXT NOT NULL CHECK (grp IN ('all', 'population', 'foreign_born')),
        label TEXT NOT NULL,
        rank INTEGER,
        of_count INTEGER,
        ahead_of_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(ahead_of_json)),
        page INTEGER,
        evidence TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (report_id, position)
      ) STRICT;

      CREATE TABLE index_report_source (
        report_id TEXT PRIMARY KEY REFERENCES index_report(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL,
        bytes BLOB NOT NULL CHECK (length(bytes) = size),
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
