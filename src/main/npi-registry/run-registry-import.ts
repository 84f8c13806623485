import { DeskError } from '../../shared/desk-error';
import { runWorker } from '../workers/run-worker';
import type { RegistryImportJob, RegistryImportResult, RegistryImportStep } from './registry-import';
import { RegistryImportRefusedError } from './registry-import-refused-error';
import type { RegistryWorkerMessage } from './registry-import-worker';

export const importCancelledMessage = 'The import was cancelled. The provider data in use was not changed.';

const failed = (detail: string, cause?: unknown) =>
  new DeskError(
    'internal',
    `Provider Desk could not import the registry file (${detail.replace(/\.$/, '')}). The provider data in use was not changed.`,
    { cause },
  );

/**
 * Runs importRegistryFile in a worker thread. Cancelling stops the worker at once, wherever it
 * is; what it was building is aside, and the caller deletes it.
 */
export function runRegistryImport(
  job: RegistryImportJob,
  options: { signal?: AbortSignal; onStep?: (step: RegistryImportStep) => void } = {},
): Promise<RegistryImportResult> {
  return runWorker<RegistryWorkerMessage, RegistryImportResult>({
    name: 'registry-import-worker',
    sourceFolder: __dirname,
    workerData: job satisfies RegistryImportJob,
    signal: options.signal,
    read(message) {
      switch (message.kind) {
        case 'step':
          options.onStep?.(message.step);
          return undefined;
        case 'imported':
          return { result: message.result };
        case 'refused':
          return { error: new RegistryImportRefusedError(message.message) };
        case 'failed':
          return { error: failed(message.message) };
      }
    },
    crashed: (cause) => failed(cause.message, cause),
    ended: (cancelled) =>
      cancelled
        ? new DeskError('not-allowed', importCancelledMessage)
        : failed('it stopped before it finished'),
  });
}
