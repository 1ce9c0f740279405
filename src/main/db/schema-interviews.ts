/** Kysely types of the interviews tables (migrations 0300–0303). The services use prepared statements; these document the shape. */
import type { Generated } from 'kysely';

export interface AgendaDayTable { id: string; date: string | null; label: Generated<string>; position: number; created_at: string; updated_at: string }
export interface MeetingTable {
  id: string;
  day_id: string;
  start_time: string;
  end_time: string;
  title: string;
  place: Generated<string>;
  kind: string;
  policy_areas: Generated<string>;
  team: Generated<string>;
  created_at: string;
  updated_at: string;
}
export interface MeetingParticipantTable {
  id: string;
  meeting_id: string;
  stakeholder_id: string | null;
  name: string;
  role: Generated<string>;
  consent_status: Generated<string>;
  consent_date: string | null;
  consent_scope: Generated<string>;
  position: Generated<number>;
  created_at: string;
  updated_at: string;
}
export interface MeetingNoteTable { meeting_id: string; html: Generated<string>; text: Generated<string>; revision: Generated<number>; created_at: string; updated_at: string }
export interface CodedPassageTable { id: string; meeting_id: string; code: string; text: string; comment: Generated<string>; created_at: string; updated_at: string }
export interface CodedPassageAreaTable { passage_id: string; indicator_id: string }
export interface CodedPassageStakeholderTable { passage_id: string; stakeholder_id: string }
export interface MeetingAttachmentTable {
  id: string;
  meeting_id: string;
  file_name: string;
  mime_type: string;
  size: number;
  bytes: Buffer;
  thumbnail: Buffer | null;
  thumbnail_mime: string | null;
  created_at: string;
  updated_at: string;
}

export interface InterviewsTables {
  agenda_day: AgendaDayTable;
  meeting: MeetingTable;
  meeting_participant: MeetingParticipantTable;
  meeting_note: MeetingNoteTable;
  coded_passage: CodedPassageTable;
  coded_passage_area: CodedPassageAreaTable;
  coded_passage_stakeholder: CodedPassageStakeholderTable;
  meeting_attachment: MeetingAttachmentTable;
}
