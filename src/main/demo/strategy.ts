/** Demo seed step: a complete first draft of Lindenhaven's intercultural strategy (all invented). */
import type { ActionInput } from '../../shared/domain/strategy';
import { addActions, addPriority, getStrategy, setPhase, updateDoc } from '../services/strategy';
import type { VisitLibrary } from '../services/visit-library';
import type { Clock } from '../util/clock';

const DOC = {
  title: 'Lindenhaven: one port, many stories',
  periodStart: '2027',
  periodEnd: '2031',
  authors: 'City of Lindenhaven, Intercultural Unit; with the Council of Europe Intercultural Cities expert team',
  executiveSummary:
    'Lindenhaven is a port city of 312,400 people; more than one resident in five was born abroad. Its Intercultural Cities Index score is above the sample average, but the expert visit of March 2027 showed gaps in anti-discrimination, in the diversity of the city workforce and in the participation of newcomers.\n\nThis draft strategy proposes four priorities and a plan of fourteen actions for 2027–2031:\n- equal access to public services for every resident;\n- everyday interaction in mixed neighbourhoods and schools;\n- a city administration that reflects the city;\n- a real say for newcomers and migrant-led organisations.\n\nA steering group with civil-society seats will follow the plan every quarter, and the city will re-run the ICC Index in 2030.',
  introduction: 'Lindenhaven joined the Intercultural Cities network in 2025. This strategy is the city’s first: it builds on the Index report, the stakeholder map drawn with city officers and the conversations of the expert visit.',
  context:
    'Three centuries of trade have made Lindenhaven a city of arrivals: sailors, guest workers from Morocco and Turkey, families from Suriname, EU workers, and since 2022 about 1,900 people from Ukraine under temporary protection. The port district and Lindenhaven Noord are the most diverse areas; school segregation between them is rising.',
  vision: 'By 2031 Lindenhaven is a city where everyone, wherever they were born, can take part, meet others as neighbours and shape the decisions that affect them. Diversity is how the port city works, and the city administration leads by example.',
  governance:
    'The Deputy Mayor for Social Affairs holds political responsibility. A cross-departmental working group, coordinated by the Intercultural Unit, meets monthly. A steering group of city departments, the Migrant Advisory Council, civil-society organisations and the university meets quarterly to review progress and adjust the plan.\n\n- Each action has one lead department, accountable to the working group.\n- The council receives a yearly progress report.\n- A yearly budget line is set in the city budget from 2028.',
  monitoring:
    'Each action has output and outcome indicators. The Intercultural Unit collects them twice a year; the university’s perception survey measures how residents experience interaction and discrimination.\n\n- Mid-term review in 2029, with civil society.\n- Final evaluation in 2031.',
  rerunIndex: true,
  rerunIndexYear: '2030',
};

const PRIORITIES = [
  { key: 'access', title: 'Equal access to public services', description: 'Every resident, newcomer or long-settled, finds services that understand and serve them well.', indicatorIds: ['v2.public_services', 'v2.welcoming'], source: 'index_gap' as const },
  { key: 'interaction', title: 'Everyday interaction in neighbourhoods and schools', description: 'More places and occasions where people of different backgrounds meet as neighbours, parents and colleagues.', indicatorIds: ['v2.interaction', 'v2.neighbourhoods', 'v2.education'], source: 'finding' as const },
  { key: 'workforce', title: 'A city administration that reflects the city', description: 'The city as employer and purchaser practises the equality it asks of others.', indicatorIds: ['v2.anti_discrimination', 'v2.intelligence_competence'], source: 'index_gap' as const },
  { key: 'participation', title: 'A real say for newcomers', description: 'Migrant-led organisations and newcomers take part in decisions, with the means to do so.', indicatorIds: ['v2.participation', 'v2.leadership_citizenship'], source: 'manual' as const },
];

type Seed = [priority: string, title: string, objective: string, lead: string, partners: string[], start: string, end: string, budget: string, output: string, outcome: string, areas: string[], level: 'high' | 'medium' | 'low', status: ActionInput['status']];

const ACTIONS: Seed[] = [
  ['access', 'Intercultural training for front-desk staff', 'Staff at every service desk serve residents of every background with confidence.', 'dept_social', ['refugee_council', 'migrant_council'], '2027-09', '2029-06', '€ 45,000 per year', '400 staff trained', 'Resident satisfaction with services +10 points', ['v2.public_services'], 'high', 'planned'],
  ['access', 'One welcome desk for newcomers', 'Newcomers find housing, school, work and language help in one place.', 'dept_social', ['refugee_council', 'ukrainian', 'library'], '2028-01', '2028-12', '€ 120,000 (set-up)', 'Desk open 5 days a week', 'Newcomers registered with a GP within 3 months: 90 %', ['v2.welcoming'], 'high', 'proposed'],
  ['access', 'Information in the ten main languages', 'Key city information reaches residents who do not read Dutch.', 'dept_comms', ['radio', 'library'], '2027-10', '2028-06', '€ 30,000', '40 leaflets and web pages translated', 'Share of residents who know where to get help +15 %', ['v2.media_communication', 'v2.language'], 'medium', 'planned'],
  ['interaction', 'Mixed schools programme', 'Parents choose mixed schools; schools in the port district attract families from across the city.', 'dept_education', ['school_haven', 'school_board'], '2027-09', '2031-06', '€ 80,000 per year', '8 schools twinned', 'Segregation index between school districts −10 %', ['v2.education'], 'high', 'in_progress'],
  ['interaction', 'Neighbourhood encounter fund', 'Residents organise activities that bring neighbours of different backgrounds together.', 'dept_culture', ['women_centre', 'interfaith', 'residents_port'], '2028-01', '2031-12', '€ 60,000 per year', '30 projects funded per year', 'Residents with a friend of another background +8 %', ['v2.interaction', 'v2.neighbourhoods'], 'medium', 'proposed'],
  ['interaction', 'Language cafés in every library branch', 'Newcomers practise Dutch with neighbours; neighbours meet newcomers.', 'library', ['volunteers', 'refugee_council'], '2027-09', '2029-12', '€ 15,000 per year', '6 cafés weekly', '500 regular participants', ['v2.language', 'v2.interaction'], 'low', 'in_progress'],
  ['interaction', 'Anti-rumour campaign, second wave', 'Rumours about newcomers are answered with facts and stories.', 'icc_unit', ['antirumour', 'radio', 'dept_comms'], '2027-11', '2029-06', '€ 35,000', '100 new anti-rumour agents', 'Agreement with common rumours −10 points in the survey', ['v2.anti_discrimination', 'v2.media_communication'], 'medium', 'planned'],
  ['workforce', 'Diversity monitor of the city workforce', 'The city knows how diverse its staff is, at every grade.', 'dept_hr', ['university'], '2027-09', '2028-03', '€ 20,000', 'Yearly anonymous staff survey', 'Baseline published in 2028', ['v2.anti_discrimination'], 'high', 'planned'],
  ['workforce', 'Anonymous recruitment pilot', 'Selection is based on skills, not names.', 'dept_hr', ['migrant_biz'], '2028-01', '2029-12', 'Within existing budget', 'All vacancies in 3 departments', 'Share of hires with a migrant background +5 points', ['v2.anti_discrimination', 'v2.business_labour'], 'medium', 'proposed'],
  ['workforce', 'Intercultural criteria in city procurement', 'Suppliers to the city commit to equal treatment.', 'dept_econ', ['chamber'], '2028-06', '2030-12', 'Within existing budget', 'Clause in all tenders above € 50,000', 'Number of suppliers with a diversity plan', ['v2.business_labour'], 'low', 'proposed'],
  ['workforce', 'Community policing with the ICC manual', 'Residents trust the police to treat them fairly.', 'police', ['mediators', 'safety_office'], '2027-10', '2029-10', '€ 25,000', '60 officers trained', 'Trust in police among residents of migrant background +10 points', ['v2.mediation'], 'medium', 'planned'],
  ['participation', 'A budget for the Migrant Advisory Council', 'The council can consult its communities and give advice on time.', 'council', ['migrant_council'], '2028-01', '2031-12', '€ 40,000 per year', '4 advices per year', 'Share of advices taken up by the council', ['v2.participation', 'v2.leadership_citizenship'], 'high', 'proposed'],
  ['participation', 'Participatory budgeting in the port district', 'Residents of every background decide on part of the district budget.', 'dept_housing', ['residents_port', 'women_centre', 'eritrean'], '2028-03', '2030-12', '€ 250,000 per round', '2 rounds', 'Turnout among residents born abroad ≥ 20 %', ['v2.participation', 'v2.neighbourhoods'], 'medium', 'proposed'],
  ['participation', 'Youth intercultural ambassadors', 'Young people lead the debate on what kind of city they want.', 'youth_council', ['eritrean', 'dept_sport'], '2027-09', '2029-06', '€ 18,000 per year', '25 ambassadors per year', 'Young people who feel heard by the city +10 %', ['v2.participation'], 'low', 'in_progress'],
];

export function seedStrategy(visitId: string, library: VisitLibrary, clock: Clock): void {
  const handle = library.get(visitId);
  const exists = (key: string) => !!handle.sqlite.prepare('SELECT 1 FROM stakeholders WHERE id = ?').get(`demo-sh-${key.replace(/_/g, '-')}`);
  const idOf = (key: string) => (exists(key) ? `demo-sh-${key.replace(/_/g, '-')}` : null);
  handle.sqlite.transaction(() => {
    updateDoc(handle, clock, DOC);
    const pids = new Map(PRIORITIES.map((p) => [p.key, addPriority(handle, clock, p).id]));
    addActions(
      handle,
      clock,
      ACTIONS.map(([p, title, objective, lead, partners, start, end, resources, outputIndicators, outcomeIndicators, indicatorIds, priorityLevel, status]) => ({
        title,
        priorityId: pids.get(p)!,
        objective,
        description: '',
        leadStakeholderId: idOf(lead),
        leadText: idOf(lead) ? '' : lead.replace(/_/g, ' '),
        partnerStakeholderIds: partners.map(idOf).filter((x): x is string => !!x),
        start,
        end,
        resources,
        outputIndicators,
        outcomeIndicators,
        indicatorIds,
        priorityLevel,
        status,
      })),
    );
    const phases: [Parameters<typeof setPhase>[2], Parameters<typeof setPhase>[3], string][] = [
      ['commit', 'done', 'Council decision to join ICC, 2025'],
      ['vision', 'in_progress', 'Vision drafted in this strategy'],
      ['structure', 'done', 'Intercultural Unit and working group since 2023'],
      ['diagnose', 'done', 'Index report 2026; expert visit March 2027'],
      ['design', 'in_progress', 'Consultation round spring 2027'],
      ['adopt', 'not_started', 'Council vote planned for autumn 2027'],
      ['implement', 'not_started', ''],
      ['evaluate', 'not_started', 'Index re-run in 2030'],
    ];
    for (const [phase, status, note] of phases) setPhase(handle, clock, phase, status, note);
  })();
  if (getStrategy(handle).actions.length !== ACTIONS.length) throw new Error('demo strategy seed incomplete');
}
