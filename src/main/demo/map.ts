/** Demo seed step: Lindenhaven's stakeholder map, a "before the workshop" snapshot, then the workshop's changes. */
import { STAKEHOLDER_CATEGORIES, type Attitude, type StakeholderLevel } from '../../shared/domain/stakeholders';
import type { VisitLibrary } from '../services/visit-library';
import { addPolicyArea, createRelations, createSnapshot, createStakeholders, updateStakeholder } from '../services/stakeholders';
import type { Clock } from '../util/clock';
import { DEMO_POSITIONS, DEMO_RELATIONS, DEMO_STAKEHOLDERS } from './map-data';

/** Categories sit in sectors of a ring, members in a small block, so the first view is already readable. */
function clusterPosition(categoryIndex: number, member: number): { x: number; y: number } {
  const angle = (2 * Math.PI * categoryIndex) / STAKEHOLDER_CATEGORIES.length - Math.PI / 2;
  const cx = Math.cos(angle) * 1150, cy = Math.sin(angle) * 820;
  return { x: Math.round(cx + (member % 2) * 215 - 100), y: Math.round(cy + Math.floor(member / 2) * 80 - 60) };
}

const position = (key: string, ci: number, m: number) => {
  const p = DEMO_POSITIONS[key];
  return p ? { x: p[0], y: p[1] } : clusterPosition(ci, m);
};

export function seedMap(visitId: string, library: VisitLibrary, clock: Clock): void {
  const handle = library.get(visitId);
  const members = new Map<string, number>();
  const ids = new Map<string, string>();
  const inputs = DEMO_STAKEHOLDERS.map(([key, name, organisation, category, level, influence, interest, attitude, areas, contactPerson, contactDetails, notes]) => {
    const ci = STAKEHOLDER_CATEGORIES.findIndex((c) => c.id === category);
    const m = members.get(category) ?? 0;
    members.set(category, m + 1);
    const id = `demo-sh-${key.replace(/_/g, '-')}`;
    ids.set(key, id);
    return {
      id, name, organisation, category, level: level as StakeholderLevel, influence, interest, attitude: attitude as Attitude,
      policyAreas: areas.map((a) => `v2.${a}`), contactPerson, contactDetails, notes, tags: ci < 2 ? ['city hall'] : [], ...position(key, ci, m),
    };
  });
  handle.sqlite.transaction(() => {
    createStakeholders(handle, inputs, clock);
    createRelations(handle, DEMO_RELATIONS.map(([from, to, type, label, strength], i) => ({ id: `demo-rel-${i + 1}`, sourceId: ids.get(from)!, targetId: ids.get(to)!, type: type as 'partnership', label, strength })), clock);
    // Policy-area nodes from the precomputed layout (a ring as fallback for areas added later).
    const used = [...new Set(inputs.flatMap((s) => s.policyAreas))].sort();
    used.forEach((a, i) => {
      const p = DEMO_POSITIONS[`pa:${a.slice(3)}`];
      const angle = (2 * Math.PI * i) / used.length - Math.PI / 2;
      addPolicyArea(handle, a, p ? p[0] : Math.round(Math.cos(angle) * 520 - 75), p ? p[1] : Math.round(Math.sin(angle) * 360 - 15), clock);
    });
  })();
  createSnapshot(handle, 'Before the workshop', { now: () => new Date('2027-03-15T09:00:00Z') });
  // What the stakeholder workshop of 16 March changed: the picture the comparison shows.
  updateStakeholder(handle, ids.get('dept_housing')!, { interest: 4, attitude: 'supportive' }, clock);
  updateStakeholder(handle, ids.get('school_board')!, { interest: 4 }, clock);
  updateStakeholder(handle, ids.get('newspaper')!, { attitude: 'neutral', interest: 3 }, clock);
  updateStakeholder(handle, ids.get('port_authority')!, { interest: 3, attitude: 'supportive' }, clock);
  createRelations(handle, [
    { id: 'demo-rel-w1', sourceId: ids.get('dept_housing')!, targetId: ids.get('icc_unit')!, type: 'partnership', label: 'renewal co-design', strength: 2 },
    { id: 'demo-rel-w2', sourceId: ids.get('port_authority')!, targetId: ids.get('migrant_biz')!, type: 'funding', label: 'mentoring', strength: 1 },
  ], clock);
}
