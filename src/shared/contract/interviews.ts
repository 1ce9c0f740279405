import { z } from 'zod';
import { fileTokenSchema, idSchema, languageSchema, type ProducedFile } from './common';
import { method } from './define';
import {
  CODE_KINDS,
  MAX_NOTE_HTML,
  dayInputSchema,
  meetingInputSchema,
  participantInputSchema,
  passageInputSchema,
  type Agenda,
  type AgendaDay,
  type AttachmentInfo,
  type CodedPassage,
  type FindingsGroup,
  type Meeting,
  type MeetingNote,
  type NoteSaved,
  type Participant,
  type SearchResult,
} from '../domain/interviews';

const visit = { visitId: idSchema };
const deleted = <T extends z.ZodRawShape>(shape: T) => method(z.object({ ...visit, ...shape }))<{ deleted: true }>();

/** The agenda, meeting notes, coded passages, consent, search and attachments of a visit. */
export const interviewsContract = {
  'interviews.agenda': method(z.object(visit))<Agenda>(),
  /** Fills an empty agenda with the default three-day visit, dated from the visit profile. */
  'interviews.applyTemplate': method(z.object({ ...visit, lang: languageSchema }))<Agenda>(),
  'interviews.saveDay': method(z.object({ ...visit, id: idSchema.optional(), day: dayInputSchema }))<AgendaDay>(),
  'interviews.deleteDay': deleted({ dayId: idSchema }),
  'interviews.saveMeeting': method(z.object({ ...visit, id: idSchema.optional(), meeting: meetingInputSchema }))<Meeting>(),
  'interviews.deleteMeeting': deleted({ meetingId: idSchema }),
  'interviews.addParticipant': method(
    z.object({
      ...visit,
      meetingId: idSchema,
      participant: participantInputSchema,
      /** Creates a stakeholder record from the participant's name in the same step. */
      createStakeholder: z.object({ category: z.string().trim().min(1, 'Choose a category.').max(80), organisation: z.string().max(300).default('') }).optional(),
    }),
  )<Participant>(),
  'interviews.updateParticipant': method(z.object({ ...visit, participantId: idSchema, participant: participantInputSchema }))<Participant>(),
  'interviews.removeParticipant': deleted({ participantId: idSchema }),

  'interviews.getNote': method(z.object({ ...visit, meetingId: idSchema }))<MeetingNote>(),
  /** Autosave; fails with code 'conflict' when another window saved since baseRevision. */
  'interviews.saveNote': method(
    z.object({ ...visit, meetingId: idSchema, html: z.string().max(MAX_NOTE_HTML, 'This note is too large to save.'), baseRevision: z.number().int().min(0) }),
  )<NoteSaved>(),

  'interviews.createPassage': method(z.object({ ...visit, meetingId: idSchema, id: idSchema.optional(), passage: passageInputSchema }))<CodedPassage>(),
  'interviews.updatePassage': method(
    z.object({
      ...visit,
      passageId: idSchema,
      patch: z.object({ code: z.enum(CODE_KINDS).optional(), comment: z.string().max(5000).optional(), policyAreas: z.array(z.string().max(80)).max(40).optional(), stakeholderIds: z.array(idSchema).max(40).optional() }),
      /** False when the open editor updates the mark in the note itself. */
      syncNote: z.boolean().default(true),
    }),
  )<CodedPassage>(),
  'interviews.deletePassage': deleted({ passageId: idSchema, syncNote: z.boolean().default(true) }),
  'interviews.passages': method(z.object({ ...visit, meetingId: idSchema.optional(), policyArea: z.string().max(80).optional(), stakeholderId: idSchema.optional() }))<CodedPassage[]>(),
  'interviews.findings': method(z.object({ ...visit, by: z.enum(['policyArea', 'stakeholder']) }))<FindingsGroup[]>(),
  'interviews.search': method(z.object({ ...visit, query: z.string().max(500) }))<SearchResult>(),

  'interviews.attachments': method(z.object({ ...visit, meetingId: idSchema }))<AttachmentInfo[]>(),
  'interviews.addAttachment': method(z.object({ ...visit, meetingId: idSchema, fileToken: fileTokenSchema }))<AttachmentInfo>(),
  /** Hands the stored file back to the user (save dialog or download). */
  'interviews.openAttachment': method(z.object({ ...visit, attachmentId: idSchema }))<ProducedFile>(),
  'interviews.deleteAttachment': deleted({ attachmentId: idSchema }),
};
