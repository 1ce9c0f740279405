import { describe, expect, it } from 'vitest';
import { useTempDir, fixedClock } from '../../../test/support/temp';
import { VisitLibrary } from '../services/visit-library';
import { listCodedPassages, listMeetings, findingsByPolicyArea, search } from '../services/interviews';
import { createDemoVisit } from '.';

describe('interviews demo seed', () => {
  const tempDir = useTempDir();
  it('fills the demo with 20+ meetings, 150+ coded passages across most policy areas and mixed consent', async () => {
    const library = new VisitLibrary(tempDir(), fixedClock());
    const visit = await createDemoVisit(library, fixedClock());
    const handle = library.get(visit.id);
    const meetings = listMeetings(handle).days.flatMap((d) => d.meetings);
    expect(meetings.length).toBeGreaterThanOrEqual(20);
    const passages = listCodedPassages(handle);
    expect(passages.length).toBeGreaterThanOrEqual(150);
    expect(findingsByPolicyArea(handle).filter((g) => g.key).length).toBeGreaterThanOrEqual(15);
    const scopes = new Set(passages.filter((p) => p.code === 'quote').map((p) => p.consent.scope));
    expect([...scopes].sort()).toEqual(['no_quote', 'quote_anonymously', 'quote_by_name']);
    expect(meetings.flatMap((m) => m.participants).filter((p) => p.stakeholderId).length).toBeGreaterThan(40);
    expect(search(handle, 'ecole segregation').total + search(handle, 'segregation').total).toBeGreaterThan(0);
    library.closeAll();
  });
});
