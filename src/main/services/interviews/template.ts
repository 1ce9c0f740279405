import type { MeetingKind } from '../../../shared/domain/interviews';

/**
 * The default three-day agenda of an expert visit (domain.md §3.1, inferred, every item editable).
 * Titles are in the visit's working language; policy areas are v2 indicator ids.
 */
export interface TemplateMeeting {
  start: string;
  end: string;
  kind: MeetingKind;
  title: { en: string; fr: string };
  place: { en: string; fr: string };
  policyAreas: string[];
}

const cityHall = { en: 'City Hall', fr: 'Hôtel de ville' };
const m = (start: string, end: string, kind: MeetingKind, en: string, fr: string, policyAreas: string[], place = cityHall): TemplateMeeting => ({
  start,
  end,
  kind,
  title: { en, fr },
  place,
  policyAreas,
});

export const DEFAULT_AGENDA: { label: { en: string; fr: string }; meetings: TemplateMeeting[] }[] = [
  {
    label: { en: 'Day 1 — City leadership and departments', fr: 'Jour 1 — Direction de la ville et services' },
    meetings: [
      m('09:00', '10:00', 'interview', 'Opening meeting with the mayor and the ICC coordinator', 'Réunion d’ouverture avec le maire et la coordination ICC', ['v2.commitment', 'v2.leadership_citizenship']),
      m('10:30', '12:30', 'round_table', 'Round table with heads of department: education, social services, housing and urban planning, culture and sport, economic development and employment, HR and diversity, communication', 'Table ronde avec les chefs de service : éducation, action sociale, logement et urbanisme, culture et sport, développement économique et emploi, RH et diversité, communication', ['v2.education', 'v2.public_services', 'v2.neighbourhoods', 'v2.cultural_social_life', 'v2.business_labour', 'v2.media_communication']),
      m('14:00', '15:30', 'interview', 'Meeting with the local police', 'Rencontre avec la police municipale', ['v2.mediation', 'v2.anti_discrimination', 'v2.public_space'], { en: 'Police headquarters', fr: 'Commissariat central' }),
    ],
  },
  {
    label: { en: 'Day 2 — Civil society, institutions and neighbourhoods', fr: 'Jour 2 — Société civile, institutions et quartiers' },
    meetings: [
      m('09:00', '10:30', 'round_table', 'NGOs and migrant and minority associations', 'ONG et associations de migrants et de minorités', ['v2.participation', 'v2.welcoming', 'v2.anti_discrimination'], { en: 'Community centre', fr: 'Centre communautaire' }),
      m('11:00', '12:30', 'round_table', 'Religious communities, schools, teachers and universities', 'Communautés religieuses, écoles, enseignants et universités', ['v2.education', 'v2.interaction', 'v2.intelligence_competence']),
      m('14:00', '15:00', 'interview', 'Businesses and employers’ organisations', 'Entreprises et organisations d’employeurs', ['v2.business_labour', 'v2.international_outlook'], { en: 'Chamber of commerce', fr: 'Chambre de commerce' }),
      m('15:15', '16:00', 'interview', 'Local media', 'Médias locaux', ['v2.media_communication']),
      m('16:30', '18:00', 'site_visit', 'Site visits: neighbourhoods and community centres', 'Visites de terrain : quartiers et centres communautaires', ['v2.neighbourhoods', 'v2.public_space', 'v2.interaction'], { en: 'Neighbourhoods', fr: 'Quartiers' }),
    ],
  },
  {
    label: { en: 'Day 3 — Presentation and debrief', fr: 'Jour 3 — Présentation et restitution' },
    meetings: [
      m('09:30', '11:00', 'presentation', 'Public presentation of the intercultural city concept', 'Présentation publique du concept de cité interculturelle', ['v2.commitment', 'v2.media_communication']),
      m('11:30', '12:30', 'debrief', 'Debrief with the political leadership: first findings and next steps', 'Restitution à la direction politique : premiers constats et prochaines étapes', ['v2.commitment', 'v2.leadership_citizenship']),
    ],
  },
];
