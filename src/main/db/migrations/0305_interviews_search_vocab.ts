import type { Migration } from './types';

/**
 * Term statistics of the notes index (fts5vocab 'row': term → number of notes). Search reads it to
 * tell a broad query (a word in thousands of notes) from a selective one before running it.
 */
export const m0305InterviewsSearchVocab: Migration = {
  id: '0305_interviews_search_vocab',
  up(db) {
    db.exec(`CREATE VIRTUAL TABLE notes_fts_vocab USING fts5vocab(notes_fts, 'row');`);
  },
};
