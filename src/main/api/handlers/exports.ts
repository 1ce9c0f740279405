import type { exportsContract } from '../../../shared/contract/exports';
import { prepareDocxWorker } from '../../export/docx-runner';
import { exportToProducedFile } from '../../export/export-service';
import { cancelJob, jobProgress } from '../../export/jobs';
import type { HandlerGroup } from '../dispatcher';

export const exportsHandlers: HandlerGroup<keyof typeof exportsContract> = {
  'exports.strategyDocx': (input, ctx) => exportToProducedFile(ctx, { kind: 'strategy', ...input }),
  'exports.findingsDocx': (input, ctx) => exportToProducedFile(ctx, { kind: 'findings', ...input }),
  'exports.agendaDocx': (input, ctx) => exportToProducedFile(ctx, { kind: 'agenda', ...input }),
  'exports.progress': ({ jobId }) => jobProgress(jobId),
  'exports.prepare': () => {
    void prepareDocxWorker();
    return { started: true as const };
  },
  'exports.cancel': ({ jobId }) => ({ cancelled: cancelJob(jobId) }),
};
