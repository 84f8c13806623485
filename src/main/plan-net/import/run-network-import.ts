import { DeskError } from '../../../shared/desk-error';
import { runWorker } from '../../workers/run-worker';
import type { NetworkImportJob, NetworkImportResult, NetworkImportStep } from './network-import';
import { NetworkImportRefusedError } from './network-import-refused-error';
import type { NetworkWorkerMessage } from './network-import-worker';

export const networkImportCancelledMessage =
  'The import was cancelled. The plan network in use was not changed.';

const failed = (detail: string, cause?: unknown) =>
  new DeskError(
    'internal',
    `Provider Desk could not import the plan network (${detail.replace(/\.$/, '')}). The plan network in use was not changed.`,
    { cause },
  );

/**
 * Runs importNetworkData in a worker thread. Cancelling stops the worker at once, wherever it is
 * (reading, waiting for a server, indexing); what it was building is aside, and the caller deletes it.
 */
export function runNetworkImport(
  job: NetworkImportJob,
  options: { signal?: AbortSignal; onStep?: (step: NetworkImportStep) => void } = {},
): Promise<NetworkImportResult> {
  return runWorker<NetworkWorkerMessage, NetworkImportResult>({
    name: 'network-import-worker',
    sourceFolder: __dirname,
    workerData: job satisfies NetworkImportJob,
    signal: options.signal,
    read(message) {
      switch (message.kind) {
        case 'step':
          options.onStep?.(message.step);
          return undefined;
        case 'imported':
          return { result: message.result };
        case 'refused':
          return { error: new NetworkImportRefusedError(message.message) };
        case 'failed':
          return { error: failed(message.message) };
      }
    },
    crashed: (cause) => failed(cause.message, cause),
    ended: (cancelled) =>
      cancelled
        ? new DeskError('not-allowed', networkImportCancelledMessage)
        : failed('it stopped before it finished'),
  });
}
