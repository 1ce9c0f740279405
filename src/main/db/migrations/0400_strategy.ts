import type { Migration } from './types';

/**
 * The strategy draft. One document row plus ordered lists; id lists (indicator ids, partner stakeholder
 * ids) are JSON arrays because they are read and written as a whole with their parent row. Stakeholder
 * ids are soft references (the map may delete a stakeholder; the export then shows the free text).
 */
export const m0400Strategy: Migration = {
  id: '0400_strategy',
  up(db) {
    db.exec(`
      CREATE TABLE strategy_doc (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        doc_json TEXT NOT NULL CHECK (json_valid(doc_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE strategy_principle (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        key TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE strategy_priority (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        indicator_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(indicator_ids)),
        source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'index_gap', 'finding')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE strategy_action (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        priority_id TEXT REFERENCES strategy_priority(id) ON DELETE SET NULL,
        action_json TEXT NOT NULL CHECK (json_valid(action_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX strategy_action_position ON strategy_action(position);

      CREATE TABLE strategy_phase (
        phase TEXT PRIMARY KEY CHECK (phase IN ('commit','vision','structure','diagnose','design','adopt','implement','evaluate')),
        status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','done')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
