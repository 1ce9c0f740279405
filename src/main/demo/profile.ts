import type { VisitProfile } from '../../shared/domain/visit';

/**
 * Lindenhaven is fictional: a port city of about 310,000 people with a large, long-settled
 * migrant population and recent arrivals. Every person in the demo is invented.
 */
export const DEMO_PROFILE: VisitProfile = {
  title: 'Expert visit — Lindenhaven (demo)',
  city: 'Lindenhaven',
  country: 'Netherlands',
  population: 312_400,
  foreignBornShare: 21.7,
  startDate: '2027-03-15',
  endDate: '2027-03-17',
  experts: [
    { name: 'Dr. Amira Haddad', role: 'ICC expert (lead)' },
    { name: 'Tomás Ferreira', role: 'ICC expert' },
    { name: 'Claire Dubois', role: 'Council of Europe Secretariat' },
  ],
  workingLanguage: 'en',
  notes: 'Demo visit: every person, organisation and figure in it is fictional.',
};
