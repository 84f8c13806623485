import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';
import { workerCode } from './worker-code';

/** How one kind of job reads its worker's messages and names the ways it can end badly. */
export interface WorkerJob<Message, Result> {
  /** The worker's file name (without .js or .ts), beside `sourceFolder` (the caller's __dirname). */
  name: string;
  sourceFolder: string;
  workerData: unknown;
  transferList?: readonly Transferable[];
  /** The worker's heap limits, for jobs that run side by side. */
  resourceLimits?: ResourceLimits;
  signal?: AbortSignal;
  /** A message's meaning: the result, an error to reject with, or nothing (progress: keep waiting). */
  read(message: Message): { result: Result } | { error: Error } | undefined;
  /** The worker threw, or could not start. */
  crashed(cause: Error): Error;
  /** The worker ended without a result: cancelled (the signal), or stopped. */
  ended(cancelled: boolean): Error;
}

/**
 * Runs a job in a worker thread and settles once: with the first result or error the worker
 * sends, or when it crashes or ends. Cancelling stops the worker at once, wherever it is; what it
 * was building is aside, and the caller cleans it up.
 */
export function runWorker<Message, Result>(job: WorkerJob<Message, Result>): Promise<Result> {
  const { code, eval: isEval } = workerCode(job.name, job.sourceFolder);
  const worker = new Worker(code, {
    eval: isEval,
    workerData: job.workerData,
    transferList: job.transferList ? [...job.transferList] : undefined,
    resourceLimits: job.resourceLimits,
  });
  return new Promise<Result>((resolve, reject) => {
    let settled = false;
    const cancel = () => void worker.terminate();
    job.signal?.addEventListener('abort', cancel, { once: true });
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      job.signal?.removeEventListener('abort', cancel);
      outcome();
    };
    worker.on('message', (message: Message) => {
      const meaning = job.read(message);
      if (meaning === undefined) return;
      if ('result' in meaning) settle(() => resolve(meaning.result));
      else settle(() => reject(meaning.error));
    });
    worker.on('error', (cause) => settle(() => reject(job.crashed(cause))));
    worker.on('exit', () => settle(() => reject(job.ended(job.signal?.aborted === true))));
  });
}
