import type { Migration } from './types';

/**
 * One note per meeting (sanitised HTML + its plain text for search) and the passages coded in it.
 * A passage keeps its own copy of the text, so editing or deleting the note never loses a finding.
 * `revision` implements optimistic concurrency: a save names the revision it started from.
 */
export const m0301Notes: Migration = {
  id: '0301_notes',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_note (
        meeting_id TEXT PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
        html TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE coded_passage (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        code TEXT NOT NULL CHECK (code IN ('quote', 'strength', 'weakness', 'opportunity', 'threat', 'recommendation')),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX coded_passage_meeting ON coded_passage (meeting_id);

      CREATE TABLE coded_passage_area (
        passage_id TEXT NOT NULL REFERENCES coded_passage (id) ON DELETE CASCADE,
        indicator_id TEXT NOT NULL,
        PRIMARY KEY (passage_id, indicator_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX coded_passage_area_indicator ON coded_passage_area (indicator_id);

      CREATE TABLE coded_passage_stakeholder (
        passage_id TEXT NOT NULL REFERENCES coded_passage (id) ON DELETE CASCADE,
        stakeholder_id TEXT NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
        PRIMARY KEY (passage_id, stakeholder_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX coded_passage_stakeholder_sh ON coded_passage_stakeholder (stakeholder_id);
    `);
  },
};
