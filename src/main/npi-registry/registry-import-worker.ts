import { workerData } from 'node:worker_threads';
import { reportImport } from '../workers/import-job';
import { importRegistryFile, type RegistryImportJob } from './registry-import';

/**
 * Imports a registry file off the main thread: reading millions of rows and writing them to
 * SQLite takes minutes, and searches must keep answering from the registry in use meanwhile.
 */
reportImport((onStep) => importRegistryFile(workerData as RegistryImportJob, onStep));
