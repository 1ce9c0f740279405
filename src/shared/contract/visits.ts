import { z } from 'zod';
import { idSchema, visitIdInput } from './common';
import { method } from './define';
import { visitProfileSchema, type VisitLibraryListing, type VisitSummary } from '../domain/visit';

export const visitsContract = {
  'visits.list': method(z.object({}))<VisitLibraryListing>(),
  'visits.get': method(visitIdInput)<VisitSummary>(),
  'visits.create': method(z.object({ profile: visitProfileSchema }))<VisitSummary>(),
  'visits.updateProfile': method(z.object({ visitId: idSchema, profile: visitProfileSchema }))<VisitSummary>(),
  'visits.rename': method(z.object({ visitId: idSchema, title: z.string().trim().min(1, 'Give the visit a name.').max(200) }))<VisitSummary>(),
  /** Deleting is final: the UI asks for confirmation and the input repeats the title as proof. */
  'visits.delete': method(z.object({ visitId: idSchema, confirmTitle: z.string() }))<{ deleted: true }>(),
  'demo.create': method(z.object({}))<VisitSummary>(),
};
