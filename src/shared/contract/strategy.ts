import { z } from 'zod';
import { idSchema } from './common';
import { method } from './define';
import {
  actionInputSchema,
  ICC_PHASES,
  PHASE_STATUSES,
  principleInputSchema,
  priorityInputSchema,
  strategyDocPatchSchema,
  type Action,
  type Principle,
  type Priority,
  type PrioritySuggestion,
  type Strategy,
} from '../domain/strategy';

const v = { visitId: idSchema };
const itemId = z.string().min(1).max(100);

export const strategyContract = {
  'strategy.get': method(z.object(v))<Strategy>(),
  /** Autosave of document-level fields: only the given fields change. */
  'strategy.updateDoc': method(z.object({ ...v, patch: strategyDocPatchSchema }))<Strategy>(),
  'strategy.setPhase': method(z.object({ ...v, phase: z.enum(ICC_PHASES), status: z.enum(PHASE_STATUSES), note: z.string().max(2000).optional() }))<Strategy>(),

  'strategy.addPrinciple': method(z.object({ ...v, principle: principleInputSchema }))<Principle>(),
  'strategy.updatePrinciple': method(z.object({ ...v, id: itemId, principle: principleInputSchema }))<Principle>(),
  'strategy.deletePrinciple': method(z.object({ ...v, id: itemId }))<{ deleted: true }>(),

  'strategy.addPriority': method(z.object({ ...v, priority: priorityInputSchema }))<Priority>(),
  'strategy.updatePriority': method(z.object({ ...v, id: itemId, priority: priorityInputSchema }))<Priority>(),
  'strategy.deletePriority': method(z.object({ ...v, id: itemId }))<{ deleted: true }>(),
  'strategy.suggestPriorities': method(z.object(v))<PrioritySuggestion[]>(),

  'strategy.addAction': method(z.object({ ...v, action: actionInputSchema }))<Action>(),
  'strategy.updateAction': method(z.object({ ...v, id: itemId, action: actionInputSchema }))<Action>(),
  'strategy.deleteAction': method(z.object({ ...v, id: itemId }))<{ deleted: true }>(),
  /** New order of every action id (drag in the table). */
  'strategy.reorderActions': method(z.object({ ...v, ids: z.array(itemId).max(2000) }))<Strategy>(),
};
