import { parentPort, workerData } from 'node:worker_threads';
import { DeskError } from '../../../shared/desk-error';
import {
  importNetworkData,
  type NetworkImportJob,
  type NetworkImportResult,
  type NetworkImportStep,
} from './network-import';

/**
 * Imports Plan-Net data off the main thread: a plan's whole network is a million resources or
 * more, and searches must keep answering from the network in use meanwhile.
 */
export type NetworkWorkerMessage =
  | { kind: 'step'; step: NetworkImportStep }
  | { kind: 'imported'; result: NetworkImportResult }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string };

const post = (message: NetworkWorkerMessage) => parentPort?.postMessage(message);

importNetworkData(workerData as NetworkImportJob, (step) => post({ kind: 'step', step })).then(
  (result) => post({ kind: 'imported', result }),
  (error: unknown) => {
    if (error instanceof DeskError && error.code === 'invalid-input')
      post({ kind: 'refused', message: error.message });
    else post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  },
);
