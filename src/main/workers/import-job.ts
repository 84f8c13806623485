import { parentPort } from 'node:worker_threads';
import { DeskError } from '../../shared/desk-error';
import { runWorker } from './run-worker';

/**
 * How an import worker (the NPI registry's, the plan network's) talks to main: steps while it
 * reads, then the result, a refusal a person can act on (an 'invalid-input' DeskError), or a
 * failure. Each import only says what its job, steps and sentences are.
 */
export type ImportWorkerMessage<Step, Result> =
  | { kind: 'step'; step: Step }
  | { kind: 'imported'; result: Result }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string };

/** In the worker: runs the import and posts its steps and how it ended. */
export function reportImport<Step, Result>(run: (onStep: (step: Step) => void) => Promise<Result>): void {
  const post = (message: ImportWorkerMessage<Step, Result>) => parentPort?.postMessage(message);
  run((step) => post({ kind: 'step', step })).then(
    (result) => post({ kind: 'imported', result }),
    (error: unknown) => {
      if (error instanceof DeskError && error.code === 'invalid-input')
        post({ kind: 'refused', message: error.message });
      else post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
}

export interface ImportInWorker<Step> {
  /** The worker's file name, beside `sourceFolder` (the caller's __dirname). */
  name: string;
  sourceFolder: string;
  workerData: unknown;
  signal?: AbortSignal;
  onStep?: (step: Step) => void;
  /** The import's own refusal, with the worker's sentence. */
  refused(message: string): Error;
  /** "Provider Desk could not import … (detail)." */
  failed(detail: string, cause?: unknown): Error;
  /** Said when the signal stopped the worker. */
  cancelledMessage: string;
}

/**
 * In main: runs an import worker. Cancelling stops it at once, wherever it is; what it was
 * building is aside, and the caller deletes it.
 */
export function runImportWorker<Step, Result>(job: ImportInWorker<Step>): Promise<Result> {
  return runWorker<ImportWorkerMessage<Step, Result>, Result>({
    name: job.name,
    sourceFolder: job.sourceFolder,
    workerData: job.workerData,
    signal: job.signal,
    read(message) {
      switch (message.kind) {
        case 'step':
          job.onStep?.(message.step);
          return undefined;
        case 'imported':
          return { result: message.result };
        case 'refused':
          return { error: job.refused(message.message) };
        case 'failed':
          return { error: job.failed(message.message) };
      }
    },
    crashed: (cause) => job.failed(cause.message, cause),
    ended: (cancelled) =>
      cancelled
        ? new DeskError('not-allowed', job.cancelledMessage)
        : job.failed('it stopped before it finished'),
  });
}
