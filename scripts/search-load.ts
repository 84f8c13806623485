import type { DirectoryService } from '../src/main/directory/directory-service';
import { allQueries } from './search-queries';
import { mainThreadClock } from './thread-clock';

export interface SearchLoadReport {
  searches: number;
  /** The longest a search kept someone waiting: from when it was due to when it answered. */
  slowestMs: number;
  /** What was going on when the slowest search answered, from `phase()`. */
  slowestDuring: string;
  /** Of the slowest search's wait, how long the main thread waited for a CPU (Linux only). */
  slowestQueuedMs: number | null;
}

/**
 * Searches on a timer, on the caller's event loop, as a person keeps typing while an update is
 * applied. A search is late when something else holds the loop, so each one's wait counts, not
 * only its own run time: the wait is what the person sees.
 */
export function searchContinuously(
  directory: Pick<DirectoryService, 'search'>,
  options: { everyMs: number; phase: () => string },
): { stop(): SearchLoadReport } {
  const report: SearchLoadReport = { searches: 0, slowestMs: 0, slowestDuring: '', slowestQueuedMs: null };
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    const due = performance.now() + options.everyMs;
    const clockAtSchedule = mainThreadClock();
    timer = setTimeout(() => {
      const started = performance.now();
      directory.search(allQueries[report.searches % allQueries.length]!);
      const finished = performance.now();
      report.searches += 1;
      // libuv's clock is coarser than performance.now(), so a timer can fire a little before `due`.
      const waited = Math.max(finished - due, finished - started);
      if (waited > report.slowestMs) {
        const clock = mainThreadClock();
        report.slowestMs = waited;
        report.slowestDuring = options.phase();
        report.slowestQueuedMs = clock && clockAtSchedule ? clock.queuedMs - clockAtSchedule.queuedMs : null;
      }
      schedule();
    }, options.everyMs);
  };
  schedule();
  return {
    stop() {
      clearTimeout(timer);
      return report;
    },
  };
}
