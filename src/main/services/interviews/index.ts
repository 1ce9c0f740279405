/** Agenda, meeting notes, coded passages, consent, search and attachments of a visit. Other areas import from here. */
export { listMeetings, getMeeting, saveDay, deleteDay, saveMeeting, deleteMeeting, addParticipant, updateParticipant, removeParticipant, getParticipant, applyTemplate } from './agenda';
export { getNote, saveNote } from './notes';
export { listCodedPassages, getPassage, createPassage, updatePassage, deletePassage, findingsByPolicyArea, findingsByStakeholder, resolveConsent, type PassageQuery } from './passages';
export { search, likeScan, toFtsQuery } from './search';
export { addAttachment, listAttachments, attachmentBytes, deleteAttachment, checkAttachment } from './attachments';
export { sanitizeNoteHtml, htmlToText } from './sanitize';
