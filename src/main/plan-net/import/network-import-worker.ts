import { workerData } from 'node:worker_threads';
import { reportImport } from '../../workers/import-job';
import { importNetworkData, type NetworkImportJob } from './network-import';

/**
 * Imports Plan-Net data off the main thread: a plan's whole network is a million resources or
 * more, and searches must keep answering from the network in use meanwhile.
 */
reportImport((onStep) => importNetworkData(workerData as NetworkImportJob, onStep));
