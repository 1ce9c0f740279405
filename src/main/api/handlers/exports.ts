import type { exportsContract } from '../../../shared/contract/exports';
import type { HandlerGroup } from '../dispatcher';
import { AppError } from '../../util/errors';

const notYet = (): never => {
  throw new AppError('internal', 'The Word export is being built and is not available in this version yet.');
};

export const exportsHandlers: HandlerGroup<keyof typeof exportsContract> = {
  'exports.strategyDocx': notYet,
  'exports.findingsDocx': notYet,
  'exports.agendaDocx': notYet,
  'exports.progress': ({ jobId }) => ({ jobId, stage: 'unknown', fraction: 0, finished: true }),
  'exports.cancel': () => ({ cancelled: false }),
};
