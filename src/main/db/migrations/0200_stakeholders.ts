import type { Migration } from './types';

/**
 * Stakeholders, their relations and the canvas state. Relations and snapshot rows reference stakeholders
 * with ON DELETE CASCADE so deleting a stakeholder erases every trace of it in one statement.
 */
export const m0200Stakeholders: Migration = {
  id: '0200_stakeholders',
  up(db) {
    db.exec(`
      CREATE TABLE stakeholders (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        organisation TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (length(category) > 0),
        level TEXT NOT NULL CHECK (level IN ('local', 'regional', 'national', 'international')),
        influence INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
        interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),
        attitude TEXT NOT NULL CHECK (attitude IN ('champion', 'supportive', 'neutral', 'sceptical', 'opposed')),
        policy_areas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(policy_areas) AND json_type(policy_areas) = 'array'),
        contact_person TEXT NOT NULL DEFAULT '',
        contact_details TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        x REAL,
        y REAL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stakeholders_name ON stakeholders (name);

      CREATE TABLE stakeholder_relations (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (type IN ('partnership', 'funding', 'reporting_line', 'information_flow', 'influence', 'conflict')),
        label TEXT NOT NULL DEFAULT '',
        strength INTEGER NOT NULL DEFAULT 2 CHECK (strength BETWEEN 1 AND 3),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (source_id <> target_id)
      ) STRICT;
      CREATE INDEX stakeholder_relations_source ON stakeholder_relations (source_id);
      CREATE INDEX stakeholder_relations_target ON stakeholder_relations (target_id);

      -- Policy-area nodes placed on the canvas (indicator ids); areas only referenced by stakeholders
      -- appear too, this table keeps the ones added by hand and every area's position.
      CREATE TABLE map_policy_areas (
        indicator_id TEXT PRIMARY KEY,
        x REAL,
        y REAL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One row: viewport and chosen view of the canvas.
      CREATE TABLE map_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state_json TEXT NOT NULL CHECK (json_valid(state_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE map_snapshots (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        taken_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Names are not copied: a snapshot shows the current name, and erasing a stakeholder erases its rows.
      CREATE TABLE map_snapshot_stakeholders (
        snapshot_id TEXT NOT NULL REFERENCES map_snapshots (id) ON DELETE CASCADE,
        stakeholder_id TEXT NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        level TEXT NOT NULL,
        influence INTEGER NOT NULL,
        interest INTEGER NOT NULL,
        attitude TEXT NOT NULL,
        x REAL,
        y REAL,
        PRIMARY KEY (snapshot_id, stakeholder_id)
      ) STRICT;
      CREATE INDEX map_snapshot_stakeholders_sh ON map_snapshot_stakeholders (stakeholder_id);

      CREATE TABLE map_snapshot_relations (
        snapshot_id TEXT NOT NULL REFERENCES map_snapshots (id) ON DELETE CASCADE,
        relation_id TEXT NOT NULL,
        source_id TEXT NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        label TEXT NOT NULL,
        strength INTEGER NOT NULL,
        PRIMARY KEY (snapshot_id, relation_id)
      ) STRICT;
      CREATE INDEX map_snapshot_relations_source ON map_snapshot_relations (source_id);
      CREATE INDEX map_snapshot_relations_target ON map_snapshot_relations (target_id);
    `);
  },
};
