import { runWorker } from '../../workers/run-worker';
import type { CompactBatch } from '../db/resource-batch-writer';
import { PlanNetRefusedError } from '../plan-net-refused-error';
import type { PlanNetProgress, PlanNetReadSummary } from '../resource-sink';
import { listSourceFiles, type SourceFile } from '../source-files';
import type { NetworkRowsJob, NetworkRowsMessage } from './network-rows-worker';

export interface ReadNetworkRowsOptions {
  nuccCsvPath: string;
  signal?: AbortSignal;
  /** Writes a batch of the file at `place` among all those read, in that file's order. */
  onRows(batch: CompactBatch, place: number): void;
  onProgress?(progress: PlanNetProgress): void;
}

/** Reading threads: parsing and making rows is most of the work, and there are two cores. */
const readers = 2;

/**
 * Each reading thread's young heap, in MB: what parsing leaves is short-lived, and V8's default
 * room for it, times two threads, took most of the import's peak memory.
 */
const youngGenerationMb = 16;

/**
 * readPlanNetSource with the files shared between two threads (network-rows-worker.ts) that
 * parse them and make their rows, this thread writing what they post: parsing, not SQLite, is
 * most of an import's work. Each batch says which file it is from, so the writer can keep the
 * files' order whatever order batches arrive in. Refusals are the reader's PlanNetRefusedError.
 */
export async function readNetworkRows(
  paths: readonly string[],
  options: ReadNetworkRowsOptions,
): Promise<PlanNetReadSummary> {
  const files = (await Promise.all(paths.map((path) => listSourceFiles(path)))).flat();
  const stop = new AbortController();
  const signal = options.signal === undefined ? stop.signal : AbortSignal.any([options.signal, stop.signal]);
  const progress = shares(files).map(() => ({ resources: 0, bytesRead: 0, totalBytes: 0 }));
  const reading = shares(files).map((share, reader) =>
    readShare(share, options, signal, stop, (latest) => {
      progress[reader] = latest;
      options.onProgress?.({
        resources: progress.reduce((total, each) => total + each.resources, 0),
        bytesRead: progress.reduce((total, each) => total + each.bytesRead, 0),
        totalBytes: files.reduce((total, file) => total + file.size, 0),
      });
    }),
  );
  try {
    const summaries = await Promise.all(reading);
    const skipped: Record<string, number> = {};
    for (const summary of summaries)
      for (const [type, count] of Object.entries(summary.skipped))
        skipped[type] = (skipped[type] ?? 0) + count;
    return {
      resources: summaries.reduce((total, summary) => total + summary.resources, 0),
      skipped,
      files: summaries.reduce((total, summary) => total + summary.files, 0),
    };
  } catch (error) {
    stop.abort();
    await Promise.allSettled(reading);
    throw error;
  }
}

/** The files in shares of about the same size, largest first; each keeps its place in the list. */
function shares(files: readonly SourceFile[]): { file: SourceFile; place: number }[][] {
  const split = Array.from({ length: readers }, () => ({
    bytes: 0,
    files: [] as { file: SourceFile; place: number }[],
  }));
  const bySize = files.map((file, place) => ({ file, place })).sort((a, b) => b.file.size - a.file.size);
  for (const item of bySize) {
    const lightest = split.reduce((least, share) => (share.bytes < least.bytes ? share : least));
    lightest.files.push(item);
    lightest.bytes += item.file.size;
  }
  return split
    .filter((share) => share.files.length > 0)
    .map((share) => share.files.sort((a, b) => a.place - b.place));
}

function readShare(
  files: NetworkRowsJob['files'],
  options: ReadNetworkRowsOptions,
  signal: AbortSignal,
  stop: AbortController,
  onProgress: (progress: PlanNetProgress) => void,
): Promise<PlanNetReadSummary> {
  const written = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const count = new Int32Array(written);
  return runWorker<NetworkRowsMessage, PlanNetReadSummary>({
    name: 'network-rows-worker',
    sourceFolder: __dirname,
    workerData: { files, nuccCsvPath: options.nuccCsvPath, written } satisfies NetworkRowsJob,
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    signal,
    read(message) {
      if (stop.signal.aborted) return undefined;
      switch (message.kind) {
        case 'rows':
          try {
            options.onRows(message.batch, message.place);
          } catch (error) {
            stop.abort();
            return { error: error instanceof Error ? error : new Error(String(error)) };
          }
          Atomics.add(count, 0, 1);
          Atomics.notify(count, 0);
          return undefined;
        case 'progress':
          onProgress(message.progress);
          return undefined;
        case 'read':
          return { result: message.summary };
        case 'refused':
          return { error: new PlanNetRefusedError(message.message, message.file, message.line) };
        case 'failed':
          return { error: new Error(message.message) };
      }
    },
    crashed: (cause) => cause,
    ended: () =>
      options.signal?.aborted === true
        ? (options.signal.reason as Error)
        : new Error('A thread reading the files stopped before it finished.'),
  });
}
