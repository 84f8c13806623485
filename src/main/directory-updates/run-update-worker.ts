import { DeskError } from '../../shared/desk-error';
import { runWorker } from '../workers/run-worker';
import { PackRefusedError } from './pack-refused-error';
import type { PrepareJob, PreparedUpdate, UpdateProgress } from './prepare-update';
import type { WorkerMessage } from './update-worker';

/**
 * The pack's bytes are moved to the worker, not copied: cloning a 60 MB pack into workerData
 * held the main thread, and every search waiting on it, for 50–100 ms (npm run bench:update).
 * Moving empties the caller's view, so a view that shares its memory with other data (Node keeps
 * small Buffers in one shared pool) is copied first and only the copy moves.
 */
function movable(bytes: Uint8Array): { bytes: Uint8Array; memory: ArrayBuffer } {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) {
    return { bytes, memory: buffer };
  }
  const copy = new Uint8Array(bytes);
  return { bytes: copy, memory: copy.buffer };
}

export const cancelledMessage = 'The directory update was cancelled. Nothing was changed.';

/**
 * Runs prepareUpdate in a worker thread; cancelling stops the worker, and the half-built file is
 * left for cleanup. The job's packBytes move to the worker: the caller's copy may be empty after.
 */
export function prepareUpdateInWorker(
  job: PrepareJob,
  options: { signal?: AbortSignal; onProgress?: (progress: UpdateProgress) => void } = {},
): Promise<PreparedUpdate> {
  const pack = movable(job.packBytes);
  return runWorker<WorkerMessage, PreparedUpdate>({
    name: 'update-worker',
    sourceFolder: __dirname,
    workerData: { ...job, packBytes: pack.bytes } satisfies PrepareJob,
    transferList: [pack.memory],
    signal: options.signal,
    read(message) {
      switch (message.kind) {
        case 'progress':
          options.onProgress?.(message.progress);
          return undefined;
        case 'prepared':
          return { result: message.prepared };
        case 'refused':
          return { error: new PackRefusedError(message.reason, message.message) };
        case 'failed':
          return {
            error: new DeskError(
              'internal',
              `Provider Desk could not apply the directory update (${message.message.replace(/\.$/, '')}). Nothing was changed.`,
            ),
          };
      }
    },
    crashed: (cause) =>
      new DeskError('internal', 'Provider Desk could not apply the directory update. Nothing was changed.', {
        cause,
      }),
    ended: (cancelled) =>
      cancelled
        ? new DeskError('not-allowed', cancelledMessage)
        : new DeskError('internal', 'The directory update stopped before it finished. Nothing was changed.'),
  });
}
