/** Canvas state, snapshots and the map payload shared by the renderer and the main side. */
import { z } from 'zod';
import type { Attitude, Quadrant, Relation, RelationType, Stakeholder } from './stakeholders';

export const MAP_VIEWS = ['free', 'grid', 'policy'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

export const mapStateSchema = z.object({
  viewport: z.object({ x: z.number().finite(), y: z.number().finite(), zoom: z.number().finite().min(0.01).max(10) }).nullable().default(null),
  view: z.enum(MAP_VIEWS).default('free'),
});
export type MapState = z.output<typeof mapStateSchema>;

const position = z.object({ id: z.string().min(1).max(100), x: z.number().finite(), y: z.number().finite() });
export const positionUpdateSchema = z.object({
  stakeholders: z.array(position).max(20_000).default([]),
  policyAreas: z.array(position).max(200).default([]),
});
export type PositionUpdate = z.input<typeof positionUpdateSchema>;

export interface MapData {
  stakeholders: Stakeholder[];
  relations: Relation[];
  policyAreas: { id: string; x: number | null; y: number | null }[];
  state: MapState;
}

export interface MapSnapshot {
  id: string;
  name: string;
  takenAt: string;
  stakeholderCount: number;
  relationCount: number;
}

interface GridPlace { influence: number; interest: number; attitude: Attitude; quadrant: Quadrant }
interface RelationChange { relationId: string; sourceName: string; targetName: string; type: RelationType; label: string }

export interface SnapshotComparison {
  from: { id: string; name: string };
  to: { id: string; name: string };
  moved: { stakeholderId: string; name: string; from: GridPlace; to: GridPlace }[];
  added: { stakeholderId: string; name: string }[];
  removed: { stakeholderId: string; name: string }[];
  relationsAppeared: RelationChange[];
  relationsDisappeared: RelationChange[];
}
