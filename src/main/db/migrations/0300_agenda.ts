import type { Migration } from './types';

/**
 * The visit's agenda: days, meetings, and the people met with their consent (per participant and
 * meeting). JSON arrays hold indicator ids and team names, which are small, fixed-vocabulary lists.
 */
export const m0300Agenda: Migration = {
  id: '0300_agenda',
  up(db) {
    db.exec(`
      CREATE TABLE agenda_day (
        id TEXT PRIMARY KEY,
        date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        label TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE meeting (
        id TEXT PRIMARY KEY,
        day_id TEXT NOT NULL REFERENCES agenda_day (id) ON DELETE CASCADE,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        place TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('interview', 'round_table', 'site_visit', 'workshop', 'presentation', 'debrief')),
        policy_areas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(policy_areas) AND json_type(policy_areas) = 'array'),
        team TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(team) AND json_type(team) = 'array'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_day ON meeting (day_id, start_time);

      CREATE TABLE meeting_participant (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        stakeholder_id TEXT REFERENCES stakeholders (id) ON DELETE SET NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL DEFAULT '',
        consent_status TEXT NOT NULL DEFAULT 'not_asked' CHECK (consent_status IN ('given', 'declined', 'not_asked')),
        consent_date TEXT,
        consent_scope TEXT NOT NULL DEFAULT 'no_quote' CHECK (consent_scope IN ('quote_by_name', 'quote_anonymously', 'no_quote')),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_participant_meeting ON meeting_participant (meeting_id);
      CREATE INDEX meeting_participant_stakeholder ON meeting_participant (stakeholder_id);
    `);
  },
};
