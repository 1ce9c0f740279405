/**
 * The expert visit's agenda, meeting notes, coded passages and consent (domain.md §3.1, §3.3).
 * Ids of kinds, codes and consent values are stored in visit files: never rename one.
 */
import { z } from 'zod';

export const MEETING_KINDS = ['interview', 'round_table', 'site_visit', 'workshop', 'presentation', 'debrief'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const CONSENT_STATUSES = ['given', 'declined', 'not_asked'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Ordered from most to least permissive; the effective consent of several speakers is the last one any of them allows. */
export const CONSENT_SCOPES = ['quote_by_name', 'quote_anonymously', 'no_quote'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const CODE_KINDS = ['quote', 'strength', 'weakness', 'opportunity', 'threat', 'recommendation'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

/** Colours of the code kinds: highlight in the notes and badges in the findings (with a text label, never colour alone). */
export const CODE_COLORS: Record<CodeKind, string> = {
  quote: 'grape',
  strength: 'teal',
  weakness: 'red',
  opportunity: 'blue',
  threat: 'orange',
  recommendation: 'indigo',
};

export interface Consent {
  status: ConsentStatus;
  /** YYYY-MM-DD */
  date: string | null;
  scope: ConsentScope;
}

export interface Participant {
  id: string;
  meetingId: string;
  stakeholderId: string | null;
  name: string;
  role: string;
  consent: Consent;
}

export interface Meeting {
  id: string;
  dayId: string;
  startTime: string;
  endTime: string;
  title: string;
  place: string;
  kind: MeetingKind;
  /** Indicator ids from the catalogue. */
  policyAreas: string[];
  /** Names of the visiting team members who attend (from the visit profile). */
  team: string[];
  participants: Participant[];
  hasNotes: boolean;
  passageCount: number;
}

export interface AgendaDay {
  id: string;
  /** YYYY-MM-DD, or null when the day is not dated yet. */
  date: string | null;
  label: string;
  position: number;
  meetings: Meeting[];
}

export interface Agenda {
  days: AgendaDay[];
}

export interface Speaker {
  participantId: string;
  stakeholderId: string | null;
  name: string;
  status: ConsentStatus;
  scope: ConsentScope;
}

/** The consent that applies to a passage: the most restrictive of its speakers'; 'no_quote' unless all gave consent. */
export interface EffectiveConsent {
  scope: ConsentScope;
  /** "Name (role)" of the speakers when scope is quote_by_name, else null. */
  attribution: string | null;
  speakers: Speaker[];
}

export interface CodedPassage {
  id: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string | null;
  meetingKind: MeetingKind;
  code: CodeKind;
  /** Plain text (never HTML), kept even when the mark disappears from the note. */
  text: string;
  comment: string;
  policyAreas: string[];
  stakeholderIds: string[];
  consent: EffectiveConsent;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingNote {
  meetingId: string;
  /** Sanitised HTML (allow-listed tags only). */
  html: string;
  /** Incremented by every save; a save names the revision it started from. */
  revision: number;
  updatedAt: string | null;
}

/** What an autosave answers: the new revision (the editor keeps its own text). */
export interface NoteSaved {
  meetingId: string;
  revision: number;
  updatedAt: string;
}

export interface SearchHit {
  kind: 'note' | 'passage' | 'stakeholder';
  id: string;
  meetingId: string | null;
  title: string;
  /** Text with the matches wrapped in «…» markers (U+E000/U+E001), never HTML. */
  snippet: string;
}

export interface SearchResult {
  query: string;
  groups: { kind: SearchHit['kind']; hits: SearchHit[] }[];
  total: number;
  tookMs: number;
}

export interface AttachmentInfo {
  id: string;
  meetingId: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** data: URL of a small PNG/JPEG preview, or null for documents. */
  thumbnail: string | null;
  createdAt: string;
}

/** Coded passages grouped by policy area (indicator id) or stakeholder id; key '' = untagged. */
export interface FindingsGroup {
  key: string;
  passages: CodedPassage[];
}

/** Markers around a match in a search snippet (private-use characters cannot appear in notes). */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

const text = (max: number) => z.string().max(max, `At most ${max} characters.`);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:30.');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2027-03-15.');

export const consentSchema = z.object({
  status: z.enum(CONSENT_STATUSES),
  date: date.nullable().default(null),
  scope: z.enum(CONSENT_SCOPES),
});

export const dayInputSchema = z.object({
  date: date.nullable().default(null),
  label: text(200).trim().default(''),
});

export const meetingInputSchema = z.object({
  dayId: z.string().min(1),
  startTime: time,
  endTime: time,
  title: text(300).trim().min(1, 'Give the meeting a title.'),
  place: text(300).trim().default(''),
  kind: z.enum(MEETING_KINDS),
  policyAreas: z.array(text(80)).max(40).default([]),
  team: z.array(text(200)).max(20).default([]),
});
export type MeetingInput = z.input<typeof meetingInputSchema>;

export const participantInputSchema = z.object({
  name: text(300).trim().min(1, 'Enter the participant’s name.'),
  role: text(300).trim().default(''),
  stakeholderId: z.string().max(100).nullable().default(null),
  consent: consentSchema.default({ status: 'not_asked', date: null, scope: 'no_quote' }),
});
export type ParticipantInput = z.input<typeof participantInputSchema>;

export const passageInputSchema = z.object({
  code: z.enum(CODE_KINDS),
  text: text(20_000).trim().min(1, 'Select some text to code.'),
  comment: text(5_000).default(''),
  policyAreas: z.array(text(80)).max(40).default([]),
  stakeholderIds: z.array(z.string().max(100)).max(40).default([]),
});
export type PassageInput = z.input<typeof passageInputSchema>;

/** The largest note accepted: a 1 MB paste plus room for markup. */
export const MAX_NOTE_HTML = 4 * 1024 * 1024;
/** Attachments: photos of flipcharts and handed-over documents. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** What the attachment picker offers; the main side checks the bytes, not the name. */
export const ATTACHMENT_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'pdf', 'docx', 'xlsx', 'pptx', 'odt', 'txt', 'md', 'csv'];
