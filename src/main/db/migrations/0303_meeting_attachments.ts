import type { Migration } from './types';

/** Photos of flipcharts and documents handed over in a meeting, stored inside the visit file. */
export const m0303MeetingAttachments: Migration = {
  id: '0303_meeting_attachments',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_attachment (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        bytes BLOB NOT NULL,
        thumbnail BLOB,
        thumbnail_mime TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_attachment_meeting ON meeting_attachment (meeting_id);
    `);
  },
};
