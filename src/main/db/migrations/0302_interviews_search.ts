import type { Migration } from './types';

/**
 * One FTS5 index over notes, coded passages and stakeholders, kept in step by triggers (so a deleted
 * stakeholder or note also leaves the index). 'remove_diacritics 2' makes "equipe" find "équipe".
 * Rows are keyed by (kind, ref_id); the index stores its own copy of the text so snippet() works.
 */
export const m0302InterviewsSearch: Migration = {
  id: '0302_interviews_search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE interviews_fts USING fts5(
        kind UNINDEXED, ref_id UNINDEXED, meeting_id UNINDEXED, title, body,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER meeting_note_fts_ai AFTER INSERT ON meeting_note BEGIN
        INSERT INTO interviews_fts (kind, ref_id, meeting_id, title, body)
        VALUES ('note', new.meeting_id, new.meeting_id, (SELECT title FROM meeting WHERE id = new.meeting_id), new.text);
      END;
      CREATE TRIGGER meeting_note_fts_au AFTER UPDATE OF text ON meeting_note BEGIN
        DELETE FROM interviews_fts WHERE kind = 'note' AND ref_id = old.meeting_id;
        INSERT INTO interviews_fts (kind, ref_id, meeting_id, title, body)
        VALUES ('note', new.meeting_id, new.meeting_id, (SELECT title FROM meeting WHERE id = new.meeting_id), new.text);
      END;
      CREATE TRIGGER meeting_note_fts_ad AFTER DELETE ON meeting_note BEGIN
        DELETE FROM interviews_fts WHERE kind = 'note' AND ref_id = old.meeting_id;
      END;
      CREATE TRIGGER meeting_title_fts_au AFTER UPDATE OF title ON meeting BEGIN
        UPDATE interviews_fts SET title = new.title WHERE kind = 'note' AND ref_id = new.id;
      END;

      CREATE TRIGGER coded_passage_fts_ai AFTER INSERT ON coded_passage BEGIN
        INSERT INTO interviews_fts (kind, ref_id, meeting_id, title, body)
        VALUES ('passage', new.id, new.meeting_id, new.code, new.text || ' ' || new.comment);
      END;
      CREATE TRIGGER coded_passage_fts_au AFTER UPDATE ON coded_passage BEGIN
        DELETE FROM interviews_fts WHERE kind = 'passage' AND ref_id = old.id;
        INSERT INTO interviews_fts (kind, ref_id, meeting_id, title, body)
        VALUES ('passage', new.id, new.meeting_id, new.code, new.text || ' ' || new.comment);
      END;
      CREATE TRIGGER coded_passage_fts_ad AFTER DELETE ON coded_passage BEGIN
        DELETE FROM interviews_fts WHERE kind = 'passage' AND ref_id = old.id;
      END;

      CREATE TRIGGER stakeholders_fts_ai AFTER INSERT ON stakeholders BEGIN
        INSERT INTO interviews_fts (kind, ref_id, meeting_id, title, body)
        VALUES ('stakeholder', new.id, NULL, new.name, new.organisation || ' ' || new.contact_person || ' ' || new.notes);
      END;
      CREATE TRIGGER stakeholders_fts_au AFTER UPDATE OF name, organisation, contact_person, notes ON stakeholders BEGIN
        DELETE FROM interviews_fts WHERE kind = 'stakeholder' AND ref_id = old.id;
        INSERT INTO interviews_fts (kind, ref_id, meeting_id, title, body)
        VALUES ('stakeholder', new.id, NULL, new.name, new.organisation || ' ' || new.contact_person || ' ' || new.notes);
      END;
      CREATE TRIGGER stakeholders_fts_ad AFTER DELETE ON stakeholders BEGIN
        DELETE FROM interviews_fts WHERE kind = 'stakeholder' AND ref_id = old.id;
      END;

      -- Stakeholders that existed before this step.
      INSERT INTO interviews_fts (kind, ref_id, meeting_id, title, body)
      SELECT 'stakeholder', id, NULL, name, organisation || ' ' || contact_person || ' ' || notes FROM stakeholders;
    `);
  },
};
