import type { ExportProgress } from '../../shared/contract/exports';

/**
 * Export runs the UI can follow and stop, by the jobId it chose. In-memory and per process: a job is
 * only meaningful while its request is running. Finished jobs are forgotten after a minute.
 */
interface Job {
  progress: ExportProgress;
  cancel: () => void;
  cancelled: boolean;
}

const jobs = new Map<string, Job>();
const KEEP_MS = 60_000;

export function startJob(jobId: string | undefined): { report: (stage: string, fraction: number) => void; onCancel: (fn: () => void) => void; isCancelled: () => boolean; finish: (stage: 'done' | 'cancelled' | 'failed') => void } {
  const job: Job = { progress: { jobId: jobId ?? '', stage: 'collect', fraction: 0, finished: false }, cancel: () => {}, cancelled: false };
  if (jobId) jobs.set(jobId, job);
  return {
    report: (stage, fraction) => {
      job.progress = { ...job.progress, stage, fraction };
    },
    onCancel: (fn) => {
      job.cancel = fn;
      if (job.cancelled) fn();
    },
    isCancelled: () => job.cancelled,
    finish: (stage) => {
      job.progress = { ...job.progress, stage, fraction: stage === 'done' ? 1 : job.progress.fraction, finished: true };
      if (jobId) setTimeout(() => jobs.get(jobId) === job && jobs.delete(jobId), KEEP_MS).unref();
    },
  };
}

export function jobProgress(jobId: string): ExportProgress {
  return jobs.get(jobId)?.progress ?? { jobId, stage: 'unknown', fraction: 0, finished: true };
}

export function cancelJob(jobId: string): boolean {
  const job = jobs.get(jobId);
  if (!job || job.progress.finished) return false;
  job.cancelled = true;
  job.cancel();
  return true;
}
