import { readFileSync } from 'node:fs';

export interface ThreadClock {
  /** Time the main thread spent running on a CPU. */
  ranMs: number;
  /** Time it was ready to run but waited for a CPU that other threads or processes held. */
  queuedMs: number;
}

/**
 * The main thread's own clock, from Linux's scheduler statistics; null elsewhere. A late search
 * means one of two things: this thread was busy (the updater's fault), or it waited for a CPU
 * (a busy machine's). The two fields tell them apart.
 */
export function mainThreadClock(): ThreadClock | null {
  try {
    const [ran, queued] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ');
    return { ranMs: Number(ran) / 1e6, queuedMs: Number(queued) / 1e6 };
  } catch {
    return null;
  }
}
