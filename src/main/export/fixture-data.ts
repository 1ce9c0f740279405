/**
 * Fixture documents for tests and the benchmark: a Lindenhaven-like draft, and a scaled-up one (17 policy
 * areas, many coded passages and actions). Everything is invented. The app uses it only to warm up the
 * export worker (docx-worker.ts), inside the worker.
 */
import { INDICATORS_V2 } from '../../shared/domain/indicators';
import { ICC_PHASES } from '../../shared/domain/strategy';
import type { Language } from '../../shared/contract/common';
import { strategySectionIds } from '../../shared/contract/exports';
import type { ActionRow, FindingArea, MeetingRow, StrategyDocumentData } from './document-data';

const CODES = ['strength', 'weakness', 'opportunity', 'threat', 'recommendation', 'quote'];
const KINDS: [string, string][] = [
  ['interview', 'Interview'],
  ['round_table', 'Round table'],
  ['site_visit', 'Site visit'],
  ['workshop', 'Workshop'],
];

export const FIXTURE_PEOPLE = ['Dr. Amira Haddad', 'Tomás Ferreira', 'Claire Dubois', 'Jan Visser', 'Лариса Коваленко', 'Σοφία Νικολάου', 'j.visser@lindenhaven.example'];

export function fixtureMapSvg(nodes = 24): string {
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800"><rect width="1200" height="800" fill="#fff"/>`];
  for (let i = 0; i < nodes; i++) {
    const x = 100 + ((i * 173) % 1000);
    const y = 100 + ((i * 97) % 600);
    parts.push(`<line x1="600" y1="400" x2="${x}" y2="${y}" stroke="#999" stroke-width="2"/><circle cx="${x}" cy="${y}" r="28" fill="#1c7ed6"/><text x="${x}" y="${y + 50}" font-size="18" text-anchor="middle" font-family="Liberation Sans">Org ${i + 1}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

export function fixtureData(options: { lang?: Language; areas?: number; passages?: number; actions?: number; meetings?: number; anonymised?: boolean } = {}): StrategyDocumentData {
  const lang = options.lang ?? 'en';
  const areas = INDICATORS_V2.slice(0, options.areas ?? 17);
  const nPassages = options.passages ?? 40;
  const nActions = options.actions ?? 12;
  const nMeetings = options.meetings ?? 14;
  const indicatorNames = Object.fromEntries(INDICATORS_V2.map((i) => [i.id, i.name[lang]]));
  const priorities = ['Equal access to public services', 'Everyday interaction in neighbourhoods', 'A workforce that reflects the city', 'Participation of newcomers'].map((title, i) => ({
    id: `p${i}`,
    position: i,
    title,
    description: `Why this matters for Lindenhaven, and what success looks like by the end of the plan period (${i + 1}).`,
    indicatorIds: [areas[i % areas.length]!.id],
    source: 'manual' as const,
  }));
  const actions: ActionRow[] = Array.from({ length: nActions }, (_, i) => ({
    id: `a${i}`,
    position: i,
    title: `Action ${i + 1}: intercultural training for front-desk staff`,
    priorityId: priorities[i % 4]!.id,
    priorityTitle: priorities[i % 4]!.title,
    objective: 'Staff at every service desk can serve residents of every background with confidence.',
    description: 'A two-day course developed with migrant associations, followed by peer coaching.',
    leadStakeholderId: null,
    leadText: '',
    lead: 'Department of Social Affairs',
    partnerStakeholderIds: [] as string[],
    partnersText: '',
    partners: 'Lindenhaven Migrant Council; Stichting Samen',
    start: '2027-09',
    end: '2029-06',
    resources: '€ 45,000 per year',
    outputIndicators: '400 staff trained',
    outcomeIndicators: 'Resident satisfaction +10 points',
    indicatorIds: [areas[i % areas.length]!.id],
    indicatorNames: [areas[i % areas.length]!.name[lang]],
    priorityLevel: (['high', 'medium', 'low'] as const)[i % 3]!,
    status: (['proposed', 'planned', 'in_progress'] as const)[i % 3]!,
    updatedAt: '2027-03-20T10:00:00.000Z',
  }));
  const findings: FindingArea[] = areas.map((a, ai) => ({
    indicatorId: a.id,
    name: a.name[lang],
    items: Array.from({ length: Math.ceil(nPassages / areas.length) }, (_, k) => ({
      code: CODES[(ai + k) % CODES.length]!,
      text: `Finding ${ai + 1}.${k + 1} on ${a.name.en.toLowerCase()}: residents described how services respond to newcomers and what could be improved.`,
      attribution: (ai + k) % 2 === 0 && !options.anonymised ? 'Jan Visser, Migrant Council' : null,
      meetingTitle: 'Round table with NGOs',
    })),
  })).filter((_, i) => i * Math.ceil(nPassages / areas.length) < nPassages);
  const meetings: MeetingRow[] = Array.from({ length: nMeetings }, (_, i) => ({
    date: `2027-03-${15 + (i % 3)}`,
    dayLabel: `Day ${1 + (i % 3)}`,
    startTime: `${9 + (i % 8)}:00`,
    endTime: `${10 + (i % 8)}:00`,
    title: `Meeting ${i + 1} with city services`,
    kind: KINDS[i % KINDS.length]![0],
    kindLabel: KINDS[i % KINDS.length]![1],
    place: 'City Hall',
    participants: 'Department of Education; Lindenhaven Migrant Council',
    participantCount: 3 + (i % 5),
    team: 'Expert 1, Expert 2',
  }));
  return {
    lang,
    anonymised: options.anonymised ?? false,
    sections: strategySectionIds,
    indicatorNames,
    date: '2027-04-02',
    city: { name: 'Lindenhaven', country: 'Netherlands', population: 312400, foreignBornShare: 21.7 },
    visit: {
      title: 'Expert visit — Lindenhaven',
      startDate: '2027-03-15',
      endDate: '2027-03-17',
      team: options.anonymised ? [{ name: 'Expert 1', role: 'ICC expert' }] : [{ name: 'Dr. Amira Haddad', role: 'ICC expert (lead)' }, { name: 'Tomás Ferreira', role: 'ICC expert' }],
    },
    strategy: {
      doc: {
        title: 'Lindenhaven: one city, many stories',
        periodStart: '2027',
        periodEnd: '2031',
        authors: options.anonymised ? '' : 'City of Lindenhaven, with Dr. Amira Haddad',
        executiveSummary: 'Lindenhaven is a port city where one resident in five was born abroad.\n\n- Four priorities\n- Twelve actions\n- A yearly review',
        introduction: '',
        context: 'Lindenhaven has welcomed sailors, workers and families for three centuries.',
        vision: 'By 2031 Lindenhaven is a city where everyone can take part, meet and belong.',
        governance: 'A steering group chaired by the deputy mayor meets quarterly, with civil society seats.',
        monitoring: 'A yearly progress report goes to the council.',
        rerunIndex: true,
        rerunIndexYear: '2030',
      },
      principles: [
        { id: 'e', key: 'equality', title: 'Equality', description: 'Real equality in all city action.' },
        { id: 'd', key: 'diversity', title: 'Diversity', description: 'Diversity as an advantage.' },
        { id: 'i', key: 'interaction', title: 'Interaction', description: 'Meaningful everyday encounters.' },
        { id: 'p', key: 'participation', title: 'Participation', description: 'Everyone shapes the city.' },
      ],
      priorities,
      actions,
      phases: ICC_PHASES.map((phase, i) => ({ phase, status: i < 4 ? 'done' : i === 4 ? 'in_progress' : 'not_started', note: i === 3 ? 'Index 2026, expert visit March 2027' : '' })),
    },
    index: {
      status: 'ok',
      summary: {
        generation: 'v2',
        reportDate: '2026-10',
        sampleSize: 152,
        aggregate: { city: 61, sample: 57 },
        rows: areas.map((a, i) => ({ indicatorId: a.id, name: a.name[lang], city: 30 + ((i * 37) % 65), sample: 40 + ((i * 23) % 40) })),
        rankings: ['Lindenhaven is ranked 34th of 152 cities.'],
      },
    },
    map: { status: 'ok', svg: fixtureMapSvg(), stakeholderCount: 24, byCategory: [{ label: 'City department', count: 8 }, { label: 'NGO / civil society', count: 16 }] },
    meetings: { status: 'ok', rows: meetings },
    findings: { status: 'ok', areas: findings },
  };
}
