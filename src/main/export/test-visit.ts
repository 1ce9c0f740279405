/**
 * Seeds a visit with everything the exports read (Index report, stakeholders, meetings with consent
 * variants, coded passages, strategy), through each area's own service. For tests and the benchmark;
 * sizes are parameters so the large-visit benchmark uses the same code. All people are invented.
 */
import { emptyDraft } from '../../shared/domain/index-report';
import { INDICATORS_V2 } from '../../shared/domain/indicators';
import { saveReport } from '../services/index-reports';
import { addParticipant, createPassage, saveDay, saveMeeting } from '../services/interviews';
import { createStakeholders } from '../services/stakeholders';
import { addActions, addPriority, updateDoc } from '../services/strategy';
import type { VisitHandle } from '../services/visit-library';
import type { Clock } from '../util/clock';

/** Names and contacts that must never appear in an anonymised export. */
export const SEEDED_PEOPLE = ['Jan Visser', 'Лариса Коваленко', 'Σοφία Νικολάου', 'Yusuf Demir', 'Marieke Smit', 'Pieter Bakker'];
export const SEEDED_CONTACTS = ['j.visser@lindenhaven.example', '+31 10 555 0199', 'l.kovalenko@mail.example'];

export interface SeedSize {
  stakeholders?: number;
  meetings?: number;
  passages?: number;
  actions?: number;
}

export function seedExportVisit(handle: VisitHandle, clock: Clock, size: SeedSize = {}): void {
  const nStake = size.stakeholders ?? 12;
  const nMeet = size.meetings ?? 6;
  const nPass = size.passages ?? 30;
  const nAct = size.actions ?? 10;
  const draft = emptyDraft('v2', 'Lindenhaven');
  draft.reportDate = '2026-10';
  draft.sampleSize = 152;
  draft.aggregate = { city: 61, sample: 57 };
  draft.indicators = draft.indicators.map((v, i) => ({ ...v, city: 30 + ((i * 37) % 65), sample: 40 + ((i * 23) % 40), ...(i === 0 ? { evidence: 'The city achieves 30 in the field of commitment, compared with 40 for the sample.', page: 4 } : {}) }));
  saveReport(handle, draft, clock);

  const stakeIds = createStakeholders(
    handle,
    Array.from({ length: nStake }, (_, i) => ({
      name: i === 0 ? 'Jan Visser' : i === 1 ? 'Лариса Коваленко' : `Organisation ${i + 1}`,
      organisation: i === 0 ? 'Lindenhaven Migrant Council' : i === 1 ? 'Українська громада' : '',
      category: i % 3 === 0 ? 'ngo_civil_society' : i % 3 === 1 ? 'migrant_minority_org' : 'city_department',
      contactPerson: i === 2 ? 'Σοφία Νικολάου' : '',
      contactDetails: i === 0 ? 'j.visser@lindenhaven.example, +31 10 555 0199' : i === 1 ? 'l.kovalenko@mail.example' : '',
      policyAreas: [INDICATORS_V2[i % 17]!.id],
    })),
    clock,
  );

  const days = [0, 1, 2].map((d) => saveDay(handle, { date: `2027-03-${15 + d}`, label: `Day ${d + 1}` }, clock));
  const meetingIds: string[] = [];
  for (let i = 0; i < nMeet; i++) {
    const kinds = ['interview', 'round_table', 'site_visit', 'workshop'] as const;
    const m = saveMeeting(handle, { dayId: days[i % 3]!.id, startTime: `${String(9 + (i % 8)).padStart(2, '0')}:00`, endTime: `${String(10 + (i % 8)).padStart(2, '0')}:00`, title: `Meeting ${i + 1} with Yusuf Demir`, place: 'City Hall', kind: kinds[i % 4]!, team: ['Dr. Amira Haddad'] }, clock);
    meetingIds.push(m.id);
    addParticipant(handle, m.id, { name: 'Yusuf Demir', role: 'chair', stakeholderId: stakeIds[0]!, consent: { status: 'given', date: '2027-03-15', scope: i % 2 ? 'quote_by_name' : 'quote_anonymously' } }, {}, clock);
    if (i === 0) addParticipant(handle, m.id, { name: 'Marieke Smit', role: 'resident', consent: { status: 'declined', date: null, scope: 'no_quote' } }, {}, clock);
    // Named in passage texts; a recorded participant, so the anonymiser knows him.
    if (i === 1) addParticipant(handle, m.id, { name: 'Pieter Bakker', role: 'teacher', consent: { status: 'given', date: '2027-03-15', scope: 'quote_by_name' } }, {}, clock);
  }
  const codes = ['strength', 'weakness', 'opportunity', 'threat', 'recommendation', 'quote'] as const;
  for (let i = 0; i < nPass; i++) {
    const code = codes[i % codes.length]!;
    createPassage(handle, meetingIds[(code === 'quote' ? Math.floor(i / 6) : i) % meetingIds.length]!, { code, text: `${code === 'quote' ? 'We need a welcome desk that speaks our languages' : 'Finding'} #${i + 1} (said by Pieter Bakker)`, policyAreas: [INDICATORS_V2[i % 17]!.id] }, clock);
  }

  updateDoc(handle, clock, { title: 'Lindenhaven für alle', periodStart: '2027', periodEnd: '2031', authors: 'Jan Visser', executiveSummary: 'Summary. Contact Jan Visser at j.visser@lindenhaven.example or 010 555 0123.', vision: 'A city for everyone.' });
  const p = addPriority(handle, clock, { title: 'Equal access', indicatorIds: ['v2.public_services'] });
  addActions(handle, clock, Array.from({ length: nAct }, (_, i) => ({ title: `Action ${i + 1}`, priorityId: i % 2 ? p.id : null, leadStakeholderId: stakeIds[i % 2]!, partnerStakeholderIds: [stakeIds[2]!], start: '2027-09', end: '2029', resources: '€ 10,000', outputIndicators: 'x trained', outcomeIndicators: 'y improved', indicatorIds: ['v2.education'] })));
}
