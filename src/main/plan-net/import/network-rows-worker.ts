import { parentPort, workerData } from 'node:worker_threads';
import { readNuccCodeSet, specialtyOf } from '../../provider-search/nucc-code-set';
import { compactBatch, type CompactBatch } from '../db/resource-batch-writer';
import { PlanNetRefusedError } from '../plan-net-refused-error';
import { readSourceFiles } from '../read-plan-net-source';
import type { PlanNetProgress, PlanNetReadSummary } from '../resource-sink';
import type { SourceFile } from '../source-files';

export interface NetworkRowsJob {
  /** This thread's share of the files, each with its place among all the files read. */
  files: readonly { file: SourceFile; place: number }[];
  nuccCsvPath: string;
  /** One Int32: batches the writer has written; this thread waits when it is too far ahead. */
  written: SharedArrayBuffer;
}

export type NetworkRowsMessage =
  | { kind: 'rows'; place: number; batch: CompactBatch }
  | { kind: 'progress'; progress: PlanNetProgress }
  | { kind: 'read'; summary: PlanNetReadSummary }
  | { kind: 'refused'; message: string; file: string; line: number | null }
  | { kind: 'failed'; message: string };

/** Batches read and posted but not yet written: enough to keep the writer busy, few in memory. */
const aheadBatches = 8;

const job = workerData as NetworkRowsJob;
const post = (message: NetworkRowsMessage) => parentPort?.postMessage(message);
const written = new Int32Array(job.written);
const specialtyNames = new Map(
  readNuccCodeSet(job.nuccCsvPath).map((code) => [code.code, specialtyOf(code)]),
);
const totalBytes = job.files.reduce((total, { file }) => total + file.size, 0);
let posted = 0;

function waitForWriter(): void {
  for (;;) {
    const done = Atomics.load(written, 0);
    if (posted - done <= aheadBatches) return;
    Atomics.wait(written, 0, done, 1000);
  }
}

/**
 * Reads its share of the Plan-Net files and makes each batch's rows (parsing and resourceRow:
 * most of an import's work) on a thread of its own, while the import's thread writes them.
 */
async function readShare(): Promise<PlanNetReadSummary> {
  const done = { resources: 0, bytesRead: 0, files: 0, skipped: {} as Record<string, number> };
  for (const { file, place } of job.files) {
    const summary = await readSourceFiles([file], {
      onResources(batch) {
        post({ kind: 'rows', place, batch: compactBatch(batch, (code) => specialtyNames.get(code)) });
        posted += 1;
        waitForWriter();
      },
      onProgress: (progress) =>
        post({
          kind: 'progress',
          progress: {
            resources: done.resources + progress.resources,
            bytesRead: done.bytesRead + progress.bytesRead,
            totalBytes,
          },
        }),
    });
    done.resources += summary.resources;
    done.bytesRead += file.size;
    done.files += summary.files;
    for (const [type, count] of Object.entries(summary.skipped))
      done.skipped[type] = (done.skipped[type] ?? 0) + count;
  }
  return { resources: done.resources, skipped: done.skipped, files: done.files };
}

readShare().then(
  (summary) => post({ kind: 'read', summary }),
  (error: unknown) => {
    if (error instanceof PlanNetRefusedError)
      post({ kind: 'refused', message: error.message, file: error.file, line: error.line });
    else post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  },
);
