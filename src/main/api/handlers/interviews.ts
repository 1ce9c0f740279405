import { readFileSync, writeFileSync } from 'node:fs';
import type { interviewsContract } from '../../../shared/contract/interviews';
import * as svc from '../../services/interviews';
import { eraseCheckpoint } from '../../services/safety/erase';
import type { VisitHandle } from '../../services/visit-library';
import type { HandlerGroup } from '../dispatcher';

/** Deletes personal data, then erases it from FTS segments and the WAL at once (not only when the visit closes). */
function erasing<T>(handle: VisitHandle, remove: (handle: VisitHandle) => T): T {
  const result = remove(handle);
  eraseCheckpoint(handle.sqlite);
  return result;
}

export const interviewsHandlers: HandlerGroup<keyof typeof interviewsContract> = {
  'interviews.agenda': ({ visitId }, { library }) => svc.listMeetings(library.get(visitId)),
  'interviews.applyTemplate': ({ visitId, lang }, { library, clock }) => {
    const { profile } = library.summary(visitId);
    return svc.applyTemplate(library.get(visitId), { startDate: profile.startDate, lang, team: profile.experts.map((e) => e.name) }, clock);
  },
  'interviews.saveDay': ({ visitId, id, day }, { library, clock }) => svc.saveDay(library.get(visitId), { ...day, id }, clock),
  'interviews.deleteDay': ({ visitId, dayId }, { library }) => erasing(library.get(visitId), (h) => svc.deleteDay(h, dayId)),
  'interviews.saveMeeting': ({ visitId, id, meeting }, { library, clock }) => svc.saveMeeting(library.get(visitId), { ...meeting, id }, clock),
  'interviews.deleteMeeting': ({ visitId, meetingId }, { library }) => erasing(library.get(visitId), (h) => svc.deleteMeeting(h, meetingId)),
  'interviews.addParticipant': ({ visitId, meetingId, participant, createStakeholder }, { library, clock }) =>
    svc.addParticipant(library.get(visitId), meetingId, participant, { createStakeholder }, clock),
  'interviews.updateParticipant': ({ visitId, participantId, participant }, { library, clock }) => svc.updateParticipant(library.get(visitId), participantId, participant, clock),
  'interviews.removeParticipant': ({ visitId, participantId }, { library }) => erasing(library.get(visitId), (h) => svc.removeParticipant(h, participantId)),

  'interviews.getNote': ({ visitId, meetingId }, { library }) => svc.getNote(library.get(visitId), meetingId),
  'interviews.saveNote': ({ visitId, meetingId, html, baseRevision }, { library, clock }) => svc.saveNote(library.get(visitId), { meetingId, html, baseRevision }, clock),

  'interviews.createPassage': ({ visitId, meetingId, id, passage }, { library, clock }) => svc.createPassage(library.get(visitId), meetingId, { ...passage, id }, clock),
  'interviews.updatePassage': ({ visitId, passageId, patch, syncNote }, { library, clock }) => svc.updatePassage(library.get(visitId), passageId, patch, clock, { syncNote }),
  'interviews.deletePassage': ({ visitId, passageId, syncNote }, { library, clock }) =>
    erasing(library.get(visitId), (h) => svc.deletePassage(h, passageId, clock, { syncNote })),
  'interviews.passages': ({ visitId, ...query }, { library }) => svc.listCodedPassages(library.get(visitId), query),
  'interviews.findings': ({ visitId, by }, { library }) => (by === 'policyArea' ? svc.findingsByPolicyArea(library.get(visitId)) : svc.findingsByStakeholder(library.get(visitId))),
  'interviews.search': ({ visitId, query }, { library }) => svc.search(library.get(visitId), query),

  'interviews.attachments': ({ visitId, meetingId }, { library }) => svc.listAttachments(library.get(visitId), meetingId),
  'interviews.addAttachment': ({ visitId, meetingId, fileToken }, { library, files, clock }) => {
    const file = files.resolve(fileToken);
    const added = svc.addAttachment(library.get(visitId), meetingId, file.name, readFileSync(file.path), clock);
    files.release(fileToken);
    return added;
  },
  'interviews.openAttachment': ({ visitId, attachmentId }, { library, files }) => {
    const { fileName, mimeType, bytes } = svc.attachmentBytes(library.get(visitId), attachmentId);
    const path = files.tempPath();
    writeFileSync(path, bytes, { mode: 0o600 });
    return files.produced(path, fileName, mimeType);
  },
  'interviews.deleteAttachment': ({ visitId, attachmentId }, { library }) => erasing(library.get(visitId), (h) => svc.deleteAttachment(h, attachmentId)),
};
