import { z } from 'zod';
import { fileTokenSchema, idSchema, languageSchema, type ProducedFile } from './common';
import { method } from './define';
import { mapStateSchema, positionUpdateSchema, type MapData, type MapSnapshot, type MapState, type SnapshotComparison } from '../domain/map';
import { relationInputSchema, relationPatchSchema, stakeholderInputSchema, stakeholderPatchSchema, type Relation, type Stakeholder } from '../domain/stakeholders';
import type { ImportPreview, ImportResult } from '../domain/stakeholder-io';

const visit = { visitId: idSchema };
/** The renderer may choose ids (so undo can restore a deleted record under its old id). */
const withId = { id: idSchema.optional() };

export const mapContract = {
  'stakeholders.list': method(z.object(visit))<Stakeholder[]>(),
  'stakeholders.get': method(z.object({ ...visit, id: idSchema }))<Stakeholder>(),
  'stakeholders.create': method(z.object({ ...visit, stakeholder: stakeholderInputSchema.extend(withId) }))<Stakeholder>(),
  'stakeholders.update': method(z.object({ ...visit, id: idSchema, patch: stakeholderPatchSchema }))<Stakeholder>(),
  'stakeholders.delete': method(z.object({ ...visit, ids: z.array(idSchema).min(1).max(20_000) }))<{ deleted: number }>(),
  'stakeholders.importPreview': method(z.object({ ...visit, fileToken: fileTokenSchema, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }))<ImportPreview>(),
  'stakeholders.importCommit': method(z.object({ ...visit, fileToken: fileTokenSchema }))<ImportResult>(),
  'stakeholders.export': method(z.object({ ...visit, format: z.enum(['csv', 'xlsx']), includePersonalData: z.boolean().default(true) }))<ProducedFile>(),

  'relations.list': method(z.object(visit))<Relation[]>(),
  'relations.create': method(z.object({ ...visit, relation: relationInputSchema.extend(withId) }))<Relation>(),
  'relations.update': method(z.object({ ...visit, id: idSchema, patch: relationPatchSchema }))<Relation>(),
  'relations.delete': method(z.object({ ...visit, ids: z.array(idSchema).min(1).max(50_000) }))<{ deleted: number }>(),

  /** Everything the canvas needs in one round-trip. */
  'map.load': method(z.object(visit))<MapData>(),
  /** Re-inserts records and relations with their ids (paste, undo of a delete) in one transaction. */
  'map.restore': method(
    z.object({
      ...visit,
      stakeholders: z.array(stakeholderInputSchema.extend({ id: idSchema })).max(20_000).default([]),
      relations: z.array(relationInputSchema.extend({ id: idSchema })).max(50_000).default([]),
    }),
  )<{ stakeholders: number; relations: number }>(),
  'map.movePositions': method(z.object({ ...visit, positions: positionUpdateSchema }))<{ moved: number }>(),
  'map.saveState': method(z.object({ ...visit, state: mapStateSchema }))<MapState>(),
  'map.addPolicyArea': method(z.object({ ...visit, id: z.string().min(1).max(100), x: z.number().finite().nullable().default(null), y: z.number().finite().nullable().default(null) }))<{ id: string }>(),
  'map.removePolicyArea': method(z.object({ ...visit, id: z.string().min(1).max(100) }))<{ removed: true }>(),
  'map.snapshots.list': method(z.object(visit))<MapSnapshot[]>(),
  'map.snapshots.create': method(z.object({ ...visit, name: z.string().trim().min(1, 'Give the snapshot a name.').max(200) }))<MapSnapshot>(),
  'map.snapshots.delete': method(z.object({ ...visit, id: idSchema }))<{ deleted: true }>(),
  /** `current` as an id compares with the live map. */
  'map.snapshots.compare': method(z.object({ ...visit, fromId: idSchema, toId: idSchema }))<SnapshotComparison>(),
  /** The headless figure (same as the Word export uses), as SVG text. */
  'map.figure': method(z.object({ ...visit, anonymise: z.boolean().default(false), lang: languageSchema.default('en') }))<{ svg: string }>(),
};
