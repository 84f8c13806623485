import { DeskError } from '../../shared/desk-error';
import { runImportWorker } from '../workers/import-job';
import type { RegistryImportJob, RegistryImportResult, RegistryImportStep } from './registry-import';
import { RegistryImportRefusedError } from './registry-import-refused-error';

export const importCancelledMessage = 'The import was cancelled. The provider data in use was not changed.';

/** Runs importRegistryFile in a worker thread (see runImportWorker). */
export function runRegistryImport(
  job: RegistryImportJob,
  options: { signal?: AbortSignal; onStep?: (step: RegistryImportStep) => void } = {},
): Promise<RegistryImportResult> {
  return runImportWorker<RegistryImportStep, RegistryImportResult>({
    name: 'registry-import-worker',
    sourceFolder: __dirname,
    workerData: job satisfies RegistryImportJob,
    ...options,
    refused: (message) => new RegistryImportRefusedError(message),
    failed: (detail, cause) =>
      new DeskError(
        'internal',
        `Provider Desk could not import the registry file (${detail.replace(/\.$/, '')}). The provider data in use was not changed.`,
        { cause },
      ),
    cancelledMessage: importCancelledMessage,
  });
}
