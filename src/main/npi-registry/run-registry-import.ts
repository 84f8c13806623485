import { Worker } from 'node:worker_threads';
import { DeskError } from '../../shared/desk-error';
import { workerCode } from '../workers/worker-code';
import type { RegistryImportJob, RegistryImportResult, RegistryImportStep } from './registry-import';
import { RegistryImportRefusedError } from './registry-import-refused-error';
import type { RegistryWorkerMessage } from './registry-import-worker';

export const importCancelledMessage = 'The import was cancelled. The provider data in use was not changed.';

/**
 * Runs importRegistryFile in a worker thread. Cancelling stops the worker at once, wherever it
 * is; what it was building is aside, and the caller deletes it.
 */
export function runRegistryImport(
  job: RegistryImportJob,
  options: { signal?: AbortSignal; onStep?: (step: RegistryImportStep) => void } = {},
): Promise<RegistryImportResult> {
  const { code, eval: isEval } = workerCode('registry-import-worker', __dirname);
  const worker = new Worker(code, { eval: isEval, workerData: job satisfies RegistryImportJob });
  return new Promise<RegistryImportResult>((resolve, reject) => {
    let settled = false;
    const cancel = () => void worker.terminate();
    options.signal?.addEventListener('abort', cancel, { once: true });
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', cancel);
      outcome();
    };
    const failed = (detail: string, cause?: unknown) =>
      new DeskError(
        'internal',
        `Provider Desk could not import the registry file (${detail.replace(/\.$/, '')}). The provider data in use was not changed.`,
        { cause },
      );
    worker.on('message', (message: RegistryWorkerMessage) => {
      switch (message.kind) {
        case 'step':
          options.onStep?.(message.step);
          return;
        case 'imported':
          return settle(() => resolve(message.result));
        case 'refused':
          return settle(() => reject(new RegistryImportRefusedError(message.message)));
        case 'failed':
          return settle(() => reject(failed(message.message)));
      }
    });
    worker.on('error', (cause) => settle(() => reject(failed(cause.message, cause))));
    worker.on('exit', () =>
      settle(() =>
        reject(
          options.signal?.aborted
            ? new DeskError('not-allowed', importCancelledMessage)
            : failed('it stopped before it finished'),
        ),
      ),
    );
  });
}
