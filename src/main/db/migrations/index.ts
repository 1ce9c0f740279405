/**
 * Every migration, statically imported so bundling keeps them all. Ranges keep capabilities apart:
 * 0001–0099 core, 0100 index reports, 0200 stakeholders, 0300 agenda/interviews, 0400 strategy,
 * 0500 safety (snapshots, erasure). Add a step by appending an import and an entry.
 */
import { m0001VisitProfile } from './0001_visit_profile';
import { m0100IndexReports } from './0100_index_reports';
import { m0200Stakeholders } from './0200_stakeholders';
import { m0300Agenda } from './0300_agenda';
import { m0301Notes } from './0301_notes';
import { m0302InterviewsSearch } from './0302_interviews_search';
import { m0303MeetingAttachments } from './0303_meeting_attachments';
import { m0304InterviewsSearchByKind } from './0304_interviews_search_by_kind';
import { m0305InterviewsSearchVocab } from './0305_interviews_search_vocab';
import { m0400Strategy } from './0400_strategy';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [m0001VisitProfile, m0100IndexReports, m0200Stakeholders, m0300Agenda, m0301Notes, m0302InterviewsSearch, m0303MeetingAttachments, m0304InterviewsSearchByKind, m0305InterviewsSearchVocab, m0400Strategy].sort((a, b) => a.id.localeCompare(b.id));
