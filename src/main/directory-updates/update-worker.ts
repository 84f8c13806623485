import { parentPort, workerData } from 'node:worker_threads';
import { PackRefusedError } from './pack-refused-error';
import { prepareUpdate, type PrepareJob, type PreparedUpdate, type UpdateProgress } from './prepare-update';

/**
 * Prepares an update off the main thread. better-sqlite3 and JSON parsing are synchronous, and
 * a large pack takes seconds; meanwhile searches keep answering from the directory in use.
 */
export type WorkerMessage =
  | { kind: 'progress'; progress: UpdateProgress }
  | { kind: 'prepared'; prepared: PreparedUpdate }
  | { kind: 'refused'; reason: PackRefusedError['reason']; message: string }
  | { kind: 'failed'; message: string };

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  const prepared = prepareUpdate(workerData as PrepareJob, (progress) =>
    post({ kind: 'progress', progress }),
  );
  post({ kind: 'prepared', prepared });
} catch (error) {
  if (error instanceof PackRefusedError)
    post({ kind: 'refused', reason: error.reason, message: error.message });
  else post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
