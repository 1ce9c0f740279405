import type { strategyContract } from '../../../shared/contract/strategy';
import * as strategy from '../../services/strategy';
import { suggestPriorities } from '../../services/strategy/suggestions';
import type { HandlerGroup } from '../dispatcher';

export const strategyHandlers: HandlerGroup<keyof typeof strategyContract> = {
  'strategy.get': ({ visitId }, { library }) => strategy.getStrategy(library.get(visitId)),
  'strategy.updateDoc': ({ visitId, patch }, { library, clock }) => strategy.updateDoc(library.get(visitId), clock, patch),
  'strategy.setPhase': ({ visitId, phase, status, note }, { library, clock }) => strategy.setPhase(library.get(visitId), clock, phase, status, note),
  'strategy.addPrinciple': ({ visitId, principle }, { library, clock }) => strategy.addPrinciple(library.get(visitId), clock, principle),
  'strategy.updatePrinciple': ({ visitId, id, principle }, { library, clock }) => strategy.updatePrinciple(library.get(visitId), clock, id, principle),
  'strategy.deletePrinciple': ({ visitId, id }, { library, clock }) => {
    strategy.deletePrinciple(library.get(visitId), clock, id);
    return { deleted: true as const };
  },
  'strategy.addPriority': ({ visitId, priority }, { library, clock }) => strategy.addPriority(library.get(visitId), clock, priority),
  'strategy.updatePriority': ({ visitId, id, priority }, { library, clock }) => strategy.updatePriority(library.get(visitId), clock, id, priority),
  'strategy.deletePriority': ({ visitId, id }, { library, clock }) => {
    strategy.deletePriority(library.get(visitId), clock, id);
    return { deleted: true as const };
  },
  'strategy.suggestPriorities': ({ visitId }, { library, settings }) => suggestPriorities(library.get(visitId), settings.get().language === 'fr' ? 'fr' : 'en'),
  'strategy.addAction': ({ visitId, action }, { library, clock }) => strategy.addAction(library.get(visitId), clock, action),
  'strategy.updateAction': ({ visitId, id, action }, { library, clock }) => strategy.updateAction(library.get(visitId), clock, id, action),
  'strategy.deleteAction': ({ visitId, id }, { library, clock }) => {
    strategy.deleteAction(library.get(visitId), clock, id);
    return { deleted: true as const };
  },
  'strategy.reorderActions': ({ visitId, ids }, { library, clock }) => strategy.reorderActions(library.get(visitId), clock, ids),
};
