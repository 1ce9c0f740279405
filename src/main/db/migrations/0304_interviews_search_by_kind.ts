import type { Migration } from './types';

const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

/**
 * Replaces the single search index of 0302 with one FTS5 table per kind (notes, coded passages,
 * stakeholders) and a (kind, id) → FTS rowid map. 0302 found the row to replace by scanning the whole
 * index (its keys were UNINDEXED columns), which made every autosave slower as a visit grew; now each
 * trigger updates exactly one row by rowid, and a search per kind no longer reads the other kinds.
 * The map is ours (not SQLite's implicit rowids), so VACUUM cannot desynchronise it.
 */
export const m0304InterviewsSearchByKind: Migration = {
  id: '0304_interviews_search_by_kind',
  up(db) {
    db.exec(`
      DROP TRIGGER meeting_note_fts_ai; DROP TRIGGER meeting_note_fts_au; DROP TRIGGER meeting_note_fts_ad;
      DROP TRIGGER meeting_title_fts_au;
      DROP TRIGGER coded_passage_fts_ai; DROP TRIGGER coded_passage_fts_au; DROP TRIGGER coded_passage_fts_ad;
      DROP TRIGGER stakeholders_fts_ai; DROP TRIGGER stakeholders_fts_au; DROP TRIGGER stakeholders_fts_ad;
      DROP TABLE interviews_fts;

      CREATE VIRTUAL TABLE notes_fts USING fts5(meeting_id UNINDEXED, title, body, ${TOKENIZE});
      CREATE VIRTUAL TABLE passages_fts USING fts5(passage_id UNINDEXED, meeting_id UNINDEXED, code UNINDEXED, body, ${TOKENIZE});
      CREATE VIRTUAL TABLE stakeholders_fts USING fts5(stakeholder_id UNINDEXED, name, body, ${TOKENIZE});
      CREATE TABLE interviews_fts_rowid (
        kind TEXT NOT NULL CHECK (kind IN ('note', 'passage', 'stakeholder')),
        ref_id TEXT NOT NULL,
        fts_rowid INTEGER NOT NULL,
        PRIMARY KEY (kind, ref_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER meeting_note_fts_ai AFTER INSERT ON meeting_note BEGIN
        INSERT INTO notes_fts (meeting_id, title, body) VALUES (new.meeting_id, (SELECT title FROM meeting WHERE id = new.meeting_id), new.text);
        INSERT INTO interviews_fts_rowid VALUES ('note', new.meeting_id, last_insert_rowid());
      END;
      CREATE TRIGGER meeting_note_fts_au AFTER UPDATE OF text ON meeting_note WHEN new.text IS NOT old.text BEGIN
        UPDATE notes_fts SET body = new.text WHERE rowid = (SELECT fts_rowid FROM interviews_fts_rowid WHERE kind = 'note' AND ref_id = new.meeting_id);
      END;
      CREATE TRIGGER meeting_note_fts_ad AFTER DELETE ON meeting_note BEGIN
        DELETE FROM notes_fts WHERE rowid = (SELECT fts_rowid FROM interviews_fts_rowid WHERE kind = 'note' AND ref_id = old.meeting_id);
        DELETE FROM interviews_fts_rowid WHERE kind = 'note' AND ref_id = old.meeting_id;
      END;
      CREATE TRIGGER meeting_title_fts_au AFTER UPDATE OF title ON meeting BEGIN
        UPDATE notes_fts SET title = new.title WHERE rowid = (SELECT fts_rowid FROM interviews_fts_rowid WHERE kind = 'note' AND ref_id = new.id);
      END;

      CREATE TRIGGER coded_passage_fts_ai AFTER INSERT ON coded_passage BEGIN
        INSERT INTO passages_fts (passage_id, meeting_id, code, body) VALUES (new.id, new.meeting_id, new.code, new.text || ' ' || new.comment);
        INSERT INTO interviews_fts_rowid VALUES ('passage', new.id, last_insert_rowid());
      END;
      CREATE TRIGGER coded_passage_fts_au AFTER UPDATE ON coded_passage BEGIN
        UPDATE passages_fts SET code = new.code, body = new.text || ' ' || new.comment WHERE rowid = (SELECT fts_rowid FROM interviews_fts_rowid WHERE kind = 'passage' AND ref_id = new.id);
      END;
      CREATE TRIGGER coded_passage_fts_ad AFTER DELETE ON coded_passage BEGIN
        DELETE FROM passages_fts WHERE rowid = (SELECT fts_rowid FROM interviews_fts_rowid WHERE kind = 'passage' AND ref_id = old.id);
        DELETE FROM interviews_fts_rowid WHERE kind = 'passage' AND ref_id = old.id;
      END;

      CREATE TRIGGER stakeholders_fts_ai AFTER INSERT ON stakeholders BEGIN
        INSERT INTO stakeholders_fts (stakeholder_id, name, body) VALUES (new.id, new.name, new.organisation || ' ' || new.contact_person || ' ' || new.notes);
        INSERT INTO interviews_fts_rowid VALUES ('stakeholder', new.id, last_insert_rowid());
      END;
      CREATE TRIGGER stakeholders_fts_au AFTER UPDATE OF name, organisation, contact_person, notes ON stakeholders BEGIN
        UPDATE stakeholders_fts SET name = new.name, body = new.organisation || ' ' || new.contact_person || ' ' || new.notes
        WHERE rowid = (SELECT fts_rowid FROM interviews_fts_rowid WHERE kind = 'stakeholder' AND ref_id = new.id);
      END;
      CREATE TRIGGER stakeholders_fts_ad AFTER DELETE ON stakeholders BEGIN
        DELETE FROM stakeholders_fts WHERE rowid = (SELECT fts_rowid FROM interviews_fts_rowid WHERE kind = 'stakeholder' AND ref_id = old.id);
        DELETE FROM interviews_fts_rowid WHERE kind = 'stakeholder' AND ref_id = old.id;
      END;
    `);
    // Index what already exists, keeping the map in step row by row.
    const fill = (sql: string, insert: string, kind: string, idKey: string) => {
      const add = db.prepare(insert);
      const map = db.prepare('INSERT INTO interviews_fts_rowid VALUES (?, ?, ?)');
      for (const row of db.prepare(sql).all() as Record<string, string>[]) map.run(kind, row[idKey], add.run(row).lastInsertRowid);
    };
    fill('SELECT n.meeting_id AS id, m.title AS title, n.text AS body FROM meeting_note n JOIN meeting m ON m.id = n.meeting_id', 'INSERT INTO notes_fts (meeting_id, title, body) VALUES (:id, :title, :body)', 'note', 'id');
    fill(`SELECT id, meeting_id AS meeting, code, text || ' ' || comment AS body FROM coded_passage`, 'INSERT INTO passages_fts (passage_id, meeting_id, code, body) VALUES (:id, :meeting, :code, :body)', 'passage', 'id');
    fill(`SELECT id, name, organisation || ' ' || contact_person || ' ' || notes AS body FROM stakeholders`, 'INSERT INTO stakeholders_fts (stakeholder_id, name, body) VALUES (:id, :name, :body)', 'stakeholder', 'id');
  },
};
