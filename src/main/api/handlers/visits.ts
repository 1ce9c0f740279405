import type { visitsContract } from '../../../shared/contract/visits';
import { AppError } from '../../util/errors';
import { createDemoVisit } from '../../demo';
import type { HandlerGroup } from '../dispatcher';

export const visitsHandlers: HandlerGroup<keyof typeof visitsContract> = {
  'visits.list': (_input, { library }) => library.list(),
  'visits.get': ({ visitId }, { library }) => library.summary(visitId),
  'visits.create': ({ profile }, { library }) => library.create(profile),
  'visits.updateProfile': ({ visitId, profile }, { library }) => library.updateProfile(visitId, profile),
  'visits.rename': ({ visitId, title }, { library }) => {
    const { profile } = library.summary(visitId);
    return library.updateProfile(visitId, { ...profile, title });
  },
  'visits.delete': ({ visitId, confirmTitle }, { library }) => {
    const { profile } = library.summary(visitId);
    if (confirmTitle.trim() !== profile.title.trim()) {
      throw new AppError(
        'invalid_input',
        { en: 'Type the visit’s name exactly to confirm that it should be deleted.', fr: 'Saisissez exactement le nom de la visite pour confirmer sa suppression.' },
        { confirmTitle: 'The name does not match.' },
      );
    }
    library.delete(visitId);
    return { deleted: true as const };
  },
  'demo.create': (_input, ctx) => createDemoVisit(ctx.library, ctx.clock),
};
