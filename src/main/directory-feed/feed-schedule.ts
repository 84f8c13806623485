import type { NetworkStatus } from '../network/network-status';

export interface FeedScheduleOptions {
  /** One feed check. It reports its own failures; a failed check waits for the next turn. */
  check: () => Promise<void>;
  /** The network as main sees it (watchNetwork): a check falls due offline and runs once back online. */
  network: Pick<NetworkStatus, 'online' | 'subscribe'>;
  dailyMs?: number;
}

export interface FeedSchedule {
  stop(): void;
}

const oneDayMs = 24 * 60 * 60 * 1000;

/**
 * Checks the feed at start and then a day after each check, while online. A check that falls
 * due offline runs when the network comes back, and so does one whose day passed while the
 * computer slept (its timer may not have fired). Never two at once.
 */
export function scheduleFeedChecks({
  check,
  network,
  dailyMs = oneDayMs,
}: FeedScheduleOptions): FeedSchedule {
  let due = true;
  let running = false;
  let stopped = false;
  let lastStartedAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function runIfDue(): void {
    if (stopped || running || !due || !network.online()) return;
    due = false;
    running = true;
    lastStartedAt = Date.now();
    clearTimeout(timer);
    void check()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (stopped) return;
        timer = setTimeout(() => {
          due = true;
          runIfDue();
        }, dailyMs);
        timer.unref();
      });
  }

  const unsubscribe = network.subscribe((online) => {
    if (online && Date.now() - lastStartedAt >= dailyMs) due = true;
    runIfDue();
  });
  runIfDue();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
