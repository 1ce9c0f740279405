import type { Migration } from './types';

export const m0001VisitProfile: Migration = {
  id: '0001_visit_profile',
  up(db) {
    db.exec(`
      CREATE TABLE visit_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        visit_id TEXT NOT NULL,
        profile_json TEXT NOT NULL CHECK (json_valid(profile_json)),
        is_demo INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
