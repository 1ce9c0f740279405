import { VisitLibrary, type VisitHandle } from '../visit-library';
import { fixedClock } from '../../../../test/support/temp';
import { applyTemplate, listMeetings } from './agenda';

/** A fresh visit in a temporary library, with the default agenda applied (tests only). */
export function visitWithAgenda(dir: string): { library: VisitLibrary; handle: VisitHandle; meetingIds: string[] } {
  const clock = fixedClock();
  const library = new VisitLibrary(dir, clock);
  const summary = library.create({ title: 'Test visit', city: 'Testville', country: '', population: null, foreignBornShare: null, startDate: '2027-03-15', endDate: '2027-03-17', experts: [], workingLanguage: 'en', notes: '' });
  const handle = library.get(summary.id);
  applyTemplate(handle, { startDate: '2027-03-15', lang: 'en', team: ['Dr. Amira Haddad', 'Tomás Ferreira'] }, clock);
  const meetingIds = listMeetings(handle).days.flatMap((d) => d.meetings.map((m) => m.id));
  return { library, handle, meetingIds };
}
