import type { VisitSummary } from '../../shared/domain/visit';
import type { VisitLibrary } from '../services/visit-library';
import type { Clock } from '../util/clock';
import { DEMO_PROFILE } from './profile';
import { seedIndexReports } from './index-reports';
import { seedMap } from './map';
import { seedInterviews } from './interviews';
import { seedStrategy } from './strategy';

/**
 * The demo visit of a fictional city. Each capability adds its own seed step here, so the demo always
 * shows everything the app can do. Steps write through the same services the UI uses.
 */
export type DemoSeedStep = (visitId: string, library: VisitLibrary, clock: Clock) => void | Promise<void>;

const seedSteps: DemoSeedStep[] = [seedIndexReports, seedMap, seedInterviews, seedStrategy];

export async function createDemoVisit(library: VisitLibrary, clock: Clock): Promise<VisitSummary> {
  const summary = library.create(DEMO_PROFILE, { isDemo: true });
  try {
    for (const step of seedSteps) await step(summary.id, library, clock);
  } catch (error) {
    library.delete(summary.id);
    throw error;
  }
  return library.summary(summary.id);
}
