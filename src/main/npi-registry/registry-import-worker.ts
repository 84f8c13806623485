import { parentPort, workerData } from 'node:worker_threads';
import { DeskError } from '../../shared/desk-error';
import {
  importRegistryFile,
  type RegistryImportJob,
  type RegistryImportResult,
  type RegistryImportStep,
} from './registry-import';

/**
 * Imports a registry file off the main thread: reading millions of rows and writing them to
 * SQLite takes minutes, and searches must keep answering from the registry in use meanwhile.
 */
export type RegistryWorkerMessage =
  | { kind: 'step'; step: RegistryImportStep }
  | { kind: 'imported'; result: RegistryImportResult }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string };

const post = (message: RegistryWorkerMessage) => parentPort?.postMessage(message);

importRegistryFile(workerData as RegistryImportJob, (step) => post({ kind: 'step', step })).then(
  (result) => post({ kind: 'imported', result }),
  (error: unknown) => {
    if (error instanceof DeskError && error.code === 'invalid-input')
      post({ kind: 'refused', message: error.message });
    else post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  },
);
