import { DeskError } from '../../../shared/desk-error';
import { runImportWorker } from '../../workers/import-job';
import type { NetworkImportJob, NetworkImportResult, NetworkImportStep } from './network-import';
import { NetworkImportRefusedError } from './network-import-refused-error';

export const networkImportCancelledMessage =
  'The import was cancelled. The plan network in use was not changed.';

/** Runs importNetworkData in a worker thread (see runImportWorker): reading, waiting for a server, indexing. */
export function runNetworkImport(
  job: NetworkImportJob,
  options: { signal?: AbortSignal; onStep?: (step: NetworkImportStep) => void } = {},
): Promise<NetworkImportResult> {
  return runImportWorker<NetworkImportStep, NetworkImportResult>({
    name: 'network-import-worker',
    sourceFolder: __dirname,
    workerData: job satisfies NetworkImportJob,
    ...options,
    refused: (message) => new NetworkImportRefusedError(message),
    failed: (detail, cause) =>
      new DeskError(
        'internal',
        `Provider Desk could not import the plan network (${detail.replace(/\.$/, '')}). The plan network in use was not changed.`,
        { cause },
      ),
    cancelledMessage: networkImportCancelledMessage,
  });
}
