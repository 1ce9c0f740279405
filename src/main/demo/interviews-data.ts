/**
 * Lindenhaven's demo agenda and notes (fictional: every person, quote and figure is invented).
 * Statements: [code, policy-area stems (v2), text, speaker index in the meeting's participants or null].
 */
import type { CodeKind, ConsentScope, ConsentStatus, MeetingKind } from '../../shared/domain/interviews';

type C = 'Q' | 'S' | 'W' | 'O' | 'T' | 'R';
export const CODE_OF: Record<C, CodeKind> = { Q: 'quote', S: 'strength', W: 'weakness', O: 'opportunity', T: 'threat', R: 'recommendation' };
/** [name, role, stakeholder name in the demo map (or a new record's category), consent status, scope] */
export type DemoParticipant = [string, string, string, ConsentStatus, ConsentScope];
export type DemoStatement = [C, string[], string, number | null];
export interface DemoMeeting {
  day: number;
  start: string;
  end: string;
  kind: MeetingKind;
  title: string;
  place: string;
  areas: string[];
  team: number[];
  participants: DemoParticipant[];
  intro: string;
  statements: DemoStatement[];
}

export const DEMO_DAYS = [
  { date: '2027-03-15', label: 'Day 1 — City leadership and departments' },
  { date: '2027-03-16', label: 'Day 2 — Civil society, institutions and neighbourhoods' },
  { date: '2027-03-17', label: 'Day 3 — Presentation and debrief' },
];

const g = 'given' as const;
const byName = 'quote_by_name' as const;
const anon = 'quote_anonymously' as const;
const none = 'no_quote' as const;

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    day: 0, start: '09:00', end: '10:00', kind: 'interview', title: 'Opening meeting with the mayor and the ICC coordinator', place: 'City Hall, Mayor’s office', areas: ['commitment', 'leadership_citizenship'], team: [0, 1, 2],
    participants: [['Eva van den Berg', 'Mayor', 'Mayor Eva van den Berg', g, byName], ['Noor Visser', 'ICC coordinator', 'Intercultural Unit', g, byName]],
    intro: 'Welcome by the mayor; overview of the 2025 intercultural plan and the expectations for the visit.',
    statements: [
      ['Q', ['commitment'], 'Lindenhaven was built by people who came from the sea. Diversity is not a project here, it is our history.', 0],
      ['S', ['commitment'], 'The council adopted the intercultural plan in 2025 with a clear majority and the mayor chairs the steering group herself.', null],
      ['W', ['commitment', 'leadership_citizenship'], 'The intercultural unit has two staff and no multi-year budget; every year its funding is renegotiated.', 1],
      ['Q', ['leadership_citizenship'], 'We coordinate everything and own nothing: departments see us as the people who organise the festival.', 1],
      ['O', ['commitment'], 'The Index report will be debated in council in June; the mayor wants to use it to anchor the unit in the 2028 budget.', null],
      ['T', ['leadership_citizenship'], 'A council group campaigns against “diversity spending” and may make the unit a budget issue before the elections.', null],
      ['R', ['commitment'], 'Give the intercultural unit a multi-year mandate and budget line, and report on the plan to council every year.', null],
      ['S', ['leadership_citizenship'], 'Non-Dutch residents can vote in local elections after five years, and turnout campaigns target them.', 0],
    ],
  },
  {
    day: 0, start: '10:30', end: '12:30', kind: 'round_table', title: 'Round table with heads of department', place: 'City Hall, Council chamber', areas: ['education', 'public_services', 'neighbourhoods', 'cultural_social_life', 'business_labour', 'media_communication'], team: [0, 1, 2],
    participants: [['Pieter de Wit', 'Head of Education', 'Education Department', g, byName], ['Marloes Kuipers', 'Head of Housing and Urban Renewal', 'Housing and Urban Renewal', g, anon], ['Hassan Bouzid', 'Head of Social Services', 'Social Services', g, byName], ['Ilse Vermeer', 'Head of Culture and Events', 'Culture and Events', g, byName], ['Ruud Smit', 'Head of Economic Development', 'Economic Development', 'declined', none], ['Anouk Peters', 'Head of Communication', 'Communication Office', g, anon]],
    intro: 'Seven departments present; each described what they do for diversity and where they need support.',
    statements: [
      ['S', ['education'], 'The education department funds a “mixed schools” pilot in three primary schools with shared enrolment rules.', 0],
      ['Q', ['education'], 'Parents choose schools that look like them. If we do nothing, segregation will double in ten years.', 0],
      ['W', ['neighbourhoods'], 'The port district renewal plan was drawn up without any consultation of the migrant associations living there.', 1],
      ['Q', ['neighbourhoods'], 'Honestly, we build houses; the social side is somebody else’s job.', 1],
      ['S', ['public_services'], 'Social services run outreach in eleven languages and employ cultural mediators in the two largest district offices.', 2],
      ['W', ['public_services'], 'There is no data on whether migrants use public services less than others; nobody is asked.', 2],
      ['S', ['cultural_social_life'], 'The Harbour Festival deliberately programmes artists from the city’s communities on the main stage.', 3],
      ['O', ['cultural_social_life', 'interaction'], 'The culture department would like to turn the festival into a year-round programme in the neighbourhoods.', 3],
      ['W', ['business_labour'], 'Economic development has no programme for migrant entrepreneurs and does not see it as its remit.', 4],
      ['S', ['media_communication'], 'The communication office co-designed the anti-rumour campaign and trained its own staff in inclusive language.', 5],
      ['R', ['public_services', 'intelligence_competence'], 'Collect anonymous data on service use by origin and language so that gaps can be seen and addressed.', null],
    ],
  },
  {
    day: 0, start: '13:30', end: '14:15', kind: 'interview', title: 'Human resources and diversity in the workforce', place: 'City Hall, room 2.14', areas: ['anti_discrimination', 'intelligence_competence'], team: [1],
    participants: [['Jeroen Mulder', 'HR manager', 'Human Resources', g, anon]],
    intro: 'Short meeting on recruitment, staff training and workforce diversity.',
    statements: [
      ['W', ['anti_discrimination'], 'The city does not know how diverse its own workforce is; HR says collecting such data would be illegal.', 0],
      ['Q', ['anti_discrimination'], 'We hire the best candidate. Origin plays no role, so we do not measure it.', 0],
      ['O', ['intelligence_competence'], 'A voluntary, anonymous staff survey is legally possible and the works council supports it.', null],
      ['S', ['intelligence_competence'], 'All new managers follow a one-day intercultural competence module since 2026.', 0],
      ['R', ['anti_discrimination'], 'Introduce anonymous application procedures and publish workforce diversity figures every two years.', null],
      ['T', ['anti_discrimination'], 'Without figures, the city cannot answer the Index questions on staff diversity and will score low again.', null],
    ],
  },
  {
    day: 0, start: '14:30', end: '15:30', kind: 'interview', title: 'Meeting with the local police', place: 'Police station Centrum', areas: ['mediation', 'anti_discrimination', 'public_space'], team: [0, 2],
    participants: [['Karin Bos', 'Inspector, community unit', 'Lindenhaven Police — Community Unit', g, byName], ['Erik Dekker', 'Community officer, Port district', 'Lindenhaven Police — Community Unit', 'not_asked', none]],
    intro: 'Discussion of community policing, trust and reporting of discrimination.',
    statements: [
      ['S', ['mediation'], 'Each district has a named community officer who attends mosque open days and residents’ meetings.', 0],
      ['Q', ['mediation'], 'Trust is built over coffee, not over a police radio.', 0],
      ['W', ['anti_discrimination'], 'Only a handful of discrimination complaints reach the police each year; people go to the anti-discrimination office or nowhere.', 0],
      ['T', ['public_space'], 'Tensions around the planned reception centre in the port district have already led to two incidents.', 1],
      ['O', ['mediation'], 'The police would join a training on the Council of Europe’s intercultural community policing manual.', 0],
      ['R', ['mediation', 'anti_discrimination'], 'Set up a joint reporting route with the anti-discrimination office and train community officers with the ICC policing manual.', null],
    ],
  },
  {
    day: 0, start: '16:00', end: '17:00', kind: 'interview', title: 'Public safety office and neighbourhood mediation', place: 'City Hall, room 1.03', areas: ['mediation', 'neighbourhoods'], team: [1, 2],
    participants: [['Lotte Brouwer', 'Coordinator', 'Neighbourhood Mediation Service', g, byName], ['Dennis Vos', 'Public safety advisor', 'Public Safety Office', g, anon]],
    intro: 'How neighbour conflicts are handled and whether cultural aspects are recognised.',
    statements: [
      ['S', ['mediation'], 'The mediation service resolves about 70 % of neighbour conflicts referred to it, with volunteer mediators from many backgrounds.', 0],
      ['Q', ['mediation'], 'Half of our cases are about noise and cooking smells; behind them there is usually a story of not knowing each other.', 0],
      ['W', ['mediation'], 'Mediators receive no specific training on intercultural conflicts.', 0],
      ['O', ['neighbourhoods'], 'The dialogue evenings in the port district could be extended to the Noord district where tensions are rising.', 1],
      ['R', ['mediation'], 'Add an intercultural module to mediator training and recruit mediators from the newer communities.', null],
      ['S', ['public_space'], 'Night-time mediation teams on the quay have reduced complaints about groups of young people.', 1],
      ['T', ['neighbourhoods'], 'The mediation service depends on a single grant that ends in 2028.', 1],
    ],
  },
  {
    day: 0, start: '17:15', end: '18:00', kind: 'workshop', title: 'Working session with the Intercultural Unit', place: 'Intercultural Unit, Havenstraat 12', areas: ['commitment', 'intelligence_competence', 'interaction'], team: [0, 1, 2],
    participants: [['Noor Visser', 'ICC coordinator', 'Intercultural Unit', g, byName], ['Daan Koster', 'Project officer', 'Intercultural Unit', g, byName]],
    intro: 'Review of the Index questionnaire answers and of the evidence behind them.',
    statements: [
      ['S', ['intelligence_competence'], 'The university runs an annual perception survey on living together, with questions the unit helped design.', 1],
      ['W', ['interaction'], 'Several Index answers on interaction were based on good intentions rather than on activities that actually take place.', null],
      ['Q', ['commitment'], 'We answered the questionnaire honestly, and it hurt. That is why we need the visit.', 0],
      ['O', ['interaction'], 'Sports clubs are willing to run mixed teams if the city covers insurance and pitch costs.', 1],
      ['R', ['intelligence_competence'], 'Publish the perception survey results each year and use them as baseline indicators of the strategy.', null],
      ['R', ['interaction'], 'Create a small-grants scheme for activities that bring people of different backgrounds together.', null],
    ],
  },
  {
    day: 0, start: '19:00', end: '20:30', kind: 'site_visit', title: 'Evening visit: language café at the City Library', place: 'City Library, Centrum branch', areas: ['language', 'interaction'], team: [1],
    participants: [['Sanne de Groot', 'Librarian', 'City Library', g, byName], ['Oksana Melnyk', 'Volunteer and participant', 'Ukrainian Community Lindenhaven', g, anon]],
    intro: 'Observed a language café with about 40 participants from 15 countries.',
    statements: [
      ['S', ['language'], 'Language cafés run weekly in six library branches, with volunteers and no registration needed.', 0],
      ['Q', ['language', 'interaction'], 'Here nobody asks for papers. You come, you talk, you are somebody.', 1],
      ['S', ['interaction'], 'Long-settled residents come as volunteers and stay for the conversation; friendships form across groups.', 0],
      ['W', ['language'], 'There are waiting lists for formal Dutch courses of up to nine months.', 1],
      ['O', ['language'], 'Libraries could host accredited courses in the evening with the regional education centre.', 0],
      ['R', ['language'], 'Recognise the language cafés as part of the city’s language policy and fund a coordinator.', null],
      ['W', ['language', 'public_services'], 'City letters are sent in Dutch only; interpreters are booked only on request and rarely offered.', 0],
      ['S', ['language'], 'Children’s books are available in 23 languages and mother-tongue reading hours are popular.', 0],
    ],
  },
  {
    day: 1, start: '09:00', end: '10:30', kind: 'round_table', title: 'NGOs and migrant and minority associations', place: 'Community centre De Brug', areas: ['participation', 'welcoming', 'anti_discrimination'], team: [0, 1],
    participants: [['Fatima Ouali', 'Chair', 'جمعية الجالية المغربية — Moroccan Community Association', g, byName], ['Ahmad Karimi', 'Coordinator', 'Refugee Council Lindenhaven', g, byName], ['Mehmet Yıldız', 'Board member', 'Turkish Cultural Centre Lindenhaven', g, anon], ['Tesfay Haile', 'Spokesperson', 'Eritrean Youth Network', 'declined', none], ['Marta Kowalska', 'Chair', 'Polish Workers’ Association', g, anon], ['Yvonne Kromo', 'Volunteer', 'Surinamese Elders Foundation', 'not_asked', none]],
    intro: 'Eleven associations present; frank discussion on participation and recognition.',
    statements: [
      ['Q', ['participation'], 'We are invited to the festival every year, but never to the table where the budget is decided.', 0],
      ['W', ['participation'], 'The Migrant Advisory Council is consulted late and its advice is rarely answered in writing.', 0],
      ['S', ['welcoming'], 'The refugee council runs a buddy programme pairing each newcomer family with a local volunteer.', 1],
      ['Q', ['welcoming'], 'A newcomer needs one friend in the first month more than ten leaflets.', 1],
      ['W', ['welcoming'], 'EU labour migrants are not covered by any welcome service; they “do not count” as newcomers.', 4],
      ['Q', ['anti_discrimination'], 'My son sent forty applications with his own name and none with a Dutch one. He got three interviews with the Dutch one.', 2],
      ['T', ['anti_discrimination'], 'Young people from the Eritrean community say they no longer report discrimination because nothing happens.', 3],
      ['O', ['participation'], 'Associations offered to co-host participatory budgeting evenings in their own premises.', 0],
      ['R', ['participation'], 'Give the Migrant Advisory Council a budget, a right to a written answer and a seat in the strategy steering group.', null],
      ['R', ['welcoming'], 'Extend welcome services to EU mobile workers and their families.', null],
      ['W', ['business_labour'], 'Foreign diplomas take more than a year to be recognised; doctors and engineers work as cleaners meanwhile.', 1],
      ['S', ['cultural_social_life'], 'Associations run Saturday schools, sports clubs and cultural evenings largely with volunteers.', null],
    ],
  },
  {
    day: 1, start: '10:45', end: '11:45', kind: 'round_table', title: 'Religious communities and interfaith platform', place: 'Al-Fath Mosque', areas: ['interaction', 'mediation'], team: [0, 2],
    participants: [['Imam Youssef Amrani', 'Imam', 'Al-Fath Mosque', g, byName], ['Rev. Hanna Bakker', 'Council of Churches', 'Council of Churches', g, byName], ['Rabbi David Stern', 'Liberal Jewish Community', 'Liberal Jewish Community', g, anon], ['Priya Raman', 'Coordinator', 'Interfaith Dialogue Platform', g, byName]],
    intro: 'Visit to the mosque followed by a meeting of the interfaith platform.',
    statements: [
      ['S', ['interaction'], 'The interfaith platform organises an annual walk visiting a mosque, two churches, a synagogue and a Hindu temple.', 3],
      ['Q', ['interaction'], 'After the walk people stop saying “the mosque” and start saying “Youssef’s mosque”.', 3],
      ['S', ['mediation'], 'Religious leaders jointly called for calm after the 2025 harbour incident and were heard.', 0],
      ['W', ['interaction'], 'Young people are almost absent from interfaith activities.', 1],
      ['T', ['anti_discrimination'], 'The synagogue and the mosque both report hate mail increasing since 2024.', 2],
      ['O', ['education', 'interaction'], 'Schools asked for visits to places of worship as part of citizenship education.', 1],
      ['R', ['interaction'], 'Support a youth strand of the interfaith platform and link it to school programmes.', null],
      ['R', ['anti_discrimination'], 'Agree a protocol with the police for protecting places of worship after threats.', null],
    ],
  },
  {
    day: 1, start: '12:00', end: '13:00', kind: 'site_visit', title: 'Visit to the Havenschool (primary school)', place: 'Havenschool, Kadeweg 4', areas: ['education', 'language'], team: [0, 1],
    participants: [['Mieke Jacobs', 'Head teacher', 'Havenschool (primary)', g, byName], ['Rachid Benali', 'Parent, parents’ café', 'parents', g, anon]],
    intro: 'Tour of the school, visit of a welcome class and of the parents’ café.',
    statements: [
      ['S', ['education'], 'The school has 31 nationalities and a waiting list of families from all backgrounds, thanks to its reputation for quality.', 0],
      ['Q', ['education'], 'Mixed schools do not happen by themselves. You have to be good, and you have to tell people you are good.', 0],
      ['S', ['language'], 'Home languages are valued: children present in their first language once a term.', 0],
      ['Q', ['education', 'participation'], 'At the parents’ café I learned how the school works. Before, I was afraid of the teacher.', 1],
      ['W', ['education'], 'Teachers receive no structured training in teaching in super-diverse classrooms.', 0],
      ['R', ['education'], 'Spread the Havenschool model (welcome classes, parents’ café, home languages) to the schools board Noord.', null],
      ['O', ['education'], 'The teacher training college is interested in placing trainees at the school.', 0],
    ],
  },
  {
    day: 1, start: '13:30', end: '14:30', kind: 'round_table', title: 'Schools board, teachers and university', place: 'University of Applied Sciences, room A1.20', areas: ['education', 'intelligence_competence'], team: [0, 1],
    participants: [['Femke Jansen', 'Researcher', 'Lindenhaven University of Applied Sciences', g, byName], ['Bas van Leeuwen', 'Director', 'Schools Board Lindenhaven Noord', g, anon], ['Saskia Hendriks', 'Teacher', 'teachers', 'not_asked', none]],
    intro: 'Segregation, teacher training and research cooperation.',
    statements: [
      ['W', ['education'], 'Segregation between primary schools in Noord has risen for five years; two schools now have over 85 % pupils with a migration background.', 1],
      ['Q', ['education'], 'Free school choice is sacred in this country. We cannot force anybody.', 1],
      ['S', ['intelligence_competence'], 'The perception survey shows that 64 % of residents see diversity as an asset, up from 57 % in 2022.', 0],
      ['W', ['intelligence_competence'], 'Research findings rarely reach policy; there is no structural dialogue between the university and the city.', 0],
      ['O', ['education'], 'A common enrolment system for all schools in Noord is being discussed by the schools boards.', 1],
      ['R', ['education'], 'Support a common enrolment system with a diversity objective and monitor its effect.', null],
      ['T', ['education'], 'Teacher shortages hit the most diverse schools hardest.', 2],
    ],
  },
  {
    day: 1, start: '15:00', end: '16:00', kind: 'interview', title: 'Businesses and employers’ organisations', place: 'Chamber of Commerce', areas: ['business_labour', 'international_outlook'], team: [1, 2],
    participants: [['Wim Verhoeven', 'Regional director', 'Chamber of Commerce', g, anon], ['Leyla Demir', 'Founder', 'Migrant Entrepreneurs Network', g, byName], ['Thomas Visser', 'HR director', 'Port Authority Lindenhaven', g, byName]],
    intro: 'Employment, entrepreneurship and the port economy.',
    statements: [
      ['S', ['business_labour'], 'The port authority has a traineeship for refugees with technical diplomas; 40 trainees so far, 31 hired.', 2],
      ['Q', ['business_labour'], 'We have 600 vacancies. We cannot afford to ignore anybody who can weld.', 2],
      ['W', ['business_labour'], 'Migrant entrepreneurs have no access to the city’s start-up support in practice: everything is in Dutch and online.', 1],
      ['Q', ['business_labour'], 'I started three businesses in this city and never once met anybody from economic development.', 1],
      ['O', ['international_outlook'], 'The port’s international links (Gdynia, Tangier, Izmir) could support trade missions with diaspora entrepreneurs.', null],
      ['R', ['business_labour'], 'Open start-up support to migrant entrepreneurs, with multilingual advice and mentors from the network.', null],
      ['S', ['business_labour', 'anti_discrimination'], 'Three large employers signed a diversity charter in 2026.', 0],
    ],
  },
  {
    day: 1, start: '16:15', end: '17:00', kind: 'interview', title: 'Local media', place: 'Radio Haven FM studio', areas: ['media_communication'], team: [2],
    participants: [['Jasper Kok', 'Editor', 'Lindenhavens Dagblad', g, anon], ['Amina Hussein', 'Presenter', 'Radio Haven FM', g, byName]],
    intro: 'Media coverage of diversity and of the reception centre debate.',
    statements: [
      ['W', ['media_communication'], 'The regional newspaper covers migration mostly through conflict stories; no journalist has a migration background.', 0],
      ['Q', ['media_communication'], 'Conflict sells. A language café does not.', 0],
      ['S', ['media_communication'], 'Radio Haven FM broadcasts in seven languages and trains young presenters from the neighbourhoods.', 1],
      ['T', ['media_communication'], 'Local Facebook groups spread rumours about the reception centre faster than anybody can correct them.', 1],
      ['O', ['media_communication'], 'The editor is open to a diversity guide for journalists if it comes from peers, not from the city.', 0],
      ['R', ['media_communication'], 'Support a media diversity programme (training, a source list of diverse experts, internships) with the regional press.', null],
      ['S', ['language', 'media_communication'], 'The city’s social media accounts answer questions in English, Arabic, Turkish, Polish and Ukrainian.', 1],
    ],
  },
  {
    day: 1, start: '17:30', end: '19:00', kind: 'site_visit', title: 'Site visit: port district and community centre De Brug', place: 'Port district', areas: ['neighbourhoods', 'public_space', 'interaction'], team: [0, 1, 2],
    participants: [['Gerrit Post', 'Chair', 'Port District Residents’ Association', g, anon], ['Nadia El Idrissi', 'Manager', 'Women’s Centre De Brug', g, byName]],
    intro: 'Walk through the renewal area, the market square and the community centre.',
    statements: [
      ['W', ['neighbourhoods'], 'The renewal plan will replace 400 social housing units with 250 mid-market flats; long-term residents fear displacement.', 0],
      ['Q', ['neighbourhoods'], 'They talk about us, never with us. Old Dutch and new Dutch here agree on that.', 0],
      ['S', ['public_space'], 'The renovated market square is busy and mixed on Saturdays; stallholders come from a dozen countries.', null],
      ['S', ['interaction'], 'De Brug hosts sewing, homework and cooking groups where women of different origins meet every day.', 1],
      ['T', ['neighbourhoods'], 'Opposition to the reception centre is mobilising residents who felt ignored by the renewal plan.', null],
      ['O', ['public_space'], 'Empty ground floors along the quay could become shared community spaces during the renewal.', 1],
      ['R', ['neighbourhoods'], 'Involve residents of all backgrounds in the renewal plan through a neighbourhood panel with real influence.', null],
      ['Q', ['public_space'], 'The market is the only place where everybody meets. Do not make it a car park.', 1],
      ['W', ['public_space'], 'Playgrounds and sports pitches are unevenly spread; the port district has none for teenagers.', 1],
    ],
  },
  {
    day: 1, start: '19:30', end: '20:30', kind: 'workshop', title: 'Youth council and youth workers', place: 'Youth centre Spot', areas: ['participation', 'interaction', 'leadership_citizenship'], team: [1],
    participants: [['Sara Mahmoud', 'Member, 17', 'Youth Council', g, byName], ['Kevin Jansen', 'Youth worker', 'Youth Work Lindenhaven', g, anon], ['Dima Petrenko', 'Member, 16', 'Youth Council', 'declined', none]],
    intro: 'Workshop with 14 young people on belonging and participation.',
    statements: [
      ['Q', ['participation'], 'They ask our opinion and then decide what they had already decided.', 0],
      ['S', ['participation'], 'The youth council has its own budget of €40,000 a year and decided on a skate park last year.', 1],
      ['W', ['interaction'], 'Young people meet across backgrounds at school and in sport, but not in their free time in the neighbourhood.', 1],
      ['T', ['leadership_citizenship'], 'Young people without Dutch citizenship cannot vote in local elections until 18 and five years’ residence, and feel excluded.', 2],
      ['O', ['participation'], 'Young people proposed a city-wide “swap your neighbourhood” day.', 0],
      ['R', ['participation', 'leadership_citizenship'], 'Give the youth council a formal role in the strategy and support young people’s citizenship education.', null],
      ['Q', ['anti_discrimination'], 'In the club I am Sara. In the tram I am “the girl with the headscarf”.', 0],
    ],
  },
  {
    day: 1, start: '20:30', end: '21:00', kind: 'debrief', title: 'Team debrief, day 2', place: 'Hotel De Kade', areas: [], team: [0, 1, 2],
    participants: [],
    intro: 'Internal debrief of the visiting team.',
    statements: [
      ['S', ['participation', 'interaction'], 'Civil society is strong, organised and willing; the gap is between it and the city’s decision-making.', null],
      ['W', ['commitment'], 'Departments outside social affairs do not see the intercultural plan as theirs.', null],
      ['R', ['commitment'], 'Make every department name an intercultural lead and include diversity objectives in department plans.', null],
    ],
  },
  {
    day: 2, start: '08:30', end: '09:15', kind: 'interview', title: 'Reception agency and welcoming services', place: 'COA location Lindenhaven', areas: ['welcoming', 'public_services'], team: [0, 2],
    participants: [['Johan Smits', 'Location manager', 'Reception Agency (COA) location', g, anon], ['Hassan Bouzid', 'Head of Social Services', 'Social Services', g, byName]],
    intro: 'Reception of asylum seekers and the planned second location.',
    statements: [
      ['S', ['welcoming'], 'Newcomers with a residence permit get a personal welcome interview and a “welcome pack” in their language.', 1],
      ['W', ['welcoming'], 'The welcome pack does not mention associations or the language cafés; it is all about rules and obligations.', null],
      ['T', ['welcoming'], 'The national reception crisis pushes the city to open a second location quickly, with little time to prepare residents.', 0],
      ['O', ['welcoming'], 'The COA is willing to run open days and involve neighbours as volunteers.', 0],
      ['R', ['welcoming'], 'Prepare the new reception location with residents through open days, a neighbour committee and volunteers.', null],
      ['S', ['welcoming', 'language'], 'Ukrainian families under temporary protection were housed with hosts and got school places within two weeks.', 1],
      ['Q', ['welcoming'], 'Every good welcome starts with the neighbours, not with the newcomers.', 1],
    ],
  },
  {
    day: 2, start: '09:30', end: '11:00', kind: 'presentation', title: 'Public presentation: the intercultural city', place: 'City Library, auditorium', areas: ['commitment', 'media_communication'], team: [0, 1, 2],
    participants: [['Audience (about 120 people)', 'public', 'Residents', 'not_asked', none], ['Eva van den Berg', 'Mayor', 'Mayor Eva van den Berg', g, byName]],
    intro: 'Presentation of the ICC approach and of the Index results, followed by questions.',
    statements: [
      ['S', ['commitment'], 'The mayor opened the evening and committed publicly to a strategy before the end of 2027.', 1],
      ['Q', ['commitment'], 'We will not write this strategy about you. We will write it with you.', 1],
      ['T', ['media_communication'], 'Several questions repeated rumours about newcomers’ benefits; the anti-rumour agents answered with facts.', 0],
      ['O', ['participation'], 'Many participants left their contact details to take part in strategy workshops.', null],
      ['S', ['anti_discrimination', 'media_communication'], 'The anti-rumour network (42 trained agents) was visible and respected in the room.', null],
    ],
  },
  {
    day: 2, start: '11:15', end: '12:00', kind: 'interview', title: 'Anti-discrimination office', place: 'Anti-Discrimination Office', areas: ['anti_discrimination'], team: [1],
    participants: [['Linda Tjon', 'Director', 'Anti-Discrimination Office', g, byName]],
    intro: 'Complaints, trends and cooperation with the city and police.',
    statements: [
      ['S', ['anti_discrimination'], 'The office handled 312 complaints in 2026, 18 % more than in 2025, mostly about the labour market and housing.', 0],
      ['Q', ['anti_discrimination'], 'Every complaint we receive stands for ten that are never made.', 0],
      ['W', ['anti_discrimination'], 'The city has no anti-discrimination policy of its own; it relies entirely on the office.', 0],
      ['O', ['anti_discrimination'], 'The office could run mystery-shopping tests on rental agents if the city funds them.', 0],
      ['R', ['anti_discrimination'], 'Adopt a municipal anti-discrimination plan with testing of rental and job markets and public reporting.', null],
      ['T', ['anti_discrimination'], 'Online hate against council members with a migration background is increasing.', 0],
    ],
  },
  {
    day: 2, start: '12:00', end: '13:00', kind: 'workshop', title: 'Strategy workshop with the Migrant Advisory Council', place: 'City Hall, room 3.01', areas: ['participation', 'leadership_citizenship'], team: [0, 1],
    participants: [['Olga Ivanova', 'Chair', 'Migrant Advisory Council', g, byName], ['Abdi Warsame', 'Member', 'Migrant Advisory Council', g, anon]],
    intro: 'First ideas for the strategy’s governance.',
    statements: [
      ['Q', ['participation'], 'Advice without an answer is a monologue.', 0],
      ['R', ['leadership_citizenship'], 'Create a strategy steering group with equal numbers of city and civil-society members.', null],
      ['O', ['leadership_citizenship'], 'The council’s procedure committee is reviewing advisory bodies this year.', 0],
      ['W', ['participation'], 'Members are volunteers with day jobs and receive no compensation or support.', 1],
      ['R', ['participation'], 'Compensate advisory council members and provide a secretariat.', null],
      ['T', ['participation'], 'Turnout of non-Dutch voters in the 2026 local election fell to 19 %.', 0],
    ],
  },
  {
    day: 2, start: '14:00', end: '15:00', kind: 'debrief', title: 'Debrief with the political leadership', place: 'City Hall, Mayor’s office', areas: ['commitment', 'leadership_citizenship'], team: [0, 1, 2],
    participants: [['Eva van den Berg', 'Mayor', 'Mayor Eva van den Berg', g, byName], ['Samir El Amrani', 'Deputy Mayor for Social Affairs', 'Deputy Mayor for Social Affairs', g, byName], ['Joris Hoekstra', 'Deputy Mayor for Finance', 'Deputy Mayor for Finance', g, anon]],
    intro: 'First findings presented by the experts; discussion of next steps.',
    statements: [
      ['S', ['commitment'], 'The political leadership accepted the first findings without defensiveness and asked for concrete priorities.', null],
      ['Q', ['commitment'], 'Tell us the three things we should start on Monday.', 0],
      ['Q', ['commitment'], 'I will support a budget if I see results that the council can measure.', 2],
      ['O', ['commitment'], 'The deputy mayor for social affairs offered to lead a cross-department working group.', 1],
      ['R', ['commitment', 'leadership_citizenship'], 'Agree a strategy with measurable indicators, a multi-year budget and an annual public report.', null],
      ['R', ['neighbourhoods', 'participation'], 'Start with the port district: one neighbourhood panel, one shared space, one welcome plan for the new reception location.', null],
    ],
  },
  {
    day: 2, start: '15:30', end: '16:30', kind: 'debrief', title: 'Experts’ wrap-up and next steps', place: 'Intercultural Unit, Havenstraat 12', areas: ['commitment', 'international_outlook'], team: [0, 1, 2],
    participants: [['Noor Visser', 'ICC coordinator', 'Intercultural Unit', g, byName]],
    intro: 'Planning the Intercultural Profile report and the follow-up.',
    statements: [
      ['S', ['international_outlook'], 'Lindenhaven is active in the Dutch ICC network and has hosted a study visit from Gdynia.', 0],
      ['O', ['international_outlook'], 'The city could apply for an intercity grant with Gdynia on welcoming EU mobile workers.', 0],
      ['R', ['international_outlook'], 'Use the Dutch network to learn from cities with municipal anti-discrimination plans.', null],
      ['Q', ['commitment'], 'Now the real work starts: turning three days of listening into one plan the council can vote on.', 0],
    ],
  },
];
