import { describe, expect, it } from 'vitest';
import { VisitLibrary } from '../services/visit-library';
import { useTempDir, fixedClock } from '../../../test/support/temp';
import { DEMO_PROFILE } from './profile';
import { seedMap } from './map';
import { compareSnapshots, listRelations, listSnapshots, listStakeholders } from '../services/stakeholders';

describe('demo stakeholder map', () => {
  const tempDir = useTempDir();
  it('has 40–60 stakeholders, 15+ policy areas in use, 80+ relations and a comparable snapshot', () => {
    const library = new VisitLibrary(tempDir(), fixedClock());
    const visit = library.create(DEMO_PROFILE, { isDemo: true });
    seedMap(visit.id, library, fixedClock());
    const h = library.get(visit.id);
    const sh = listStakeholders(h);
    expect(sh.length).toBeGreaterThanOrEqual(40);
    expect(sh.length).toBeLessThanOrEqual(60);
    expect(new Set(sh.flatMap((s) => s.policyAreas)).size).toBeGreaterThanOrEqual(15);
    expect(listRelations(h).length).toBeGreaterThanOrEqual(80);
    const [snap] = listSnapshots(h);
    const diff = compareSnapshots(h, snap!.id, 'current');
    expect(diff.moved.map((m) => m.name)).toContain('Housing and Urban Renewal');
    expect(diff.relationsAppeared).toHaveLength(2);
    library.close(visit.id);
  });
});
