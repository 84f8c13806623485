import { create } from 'zustand';
import type { OutboxItem, OutboxStatus } from '../../../shared/api-contract';
import { callApi, subscribeToDeskEvents } from '../desk-api';

interface OutboxStore {
  items: OutboxItem[];
  /** The counts, whether a run is going, and whether main sees a network: pushed by main. */
  status: OutboxStatus | null;
  refresh(): Promise<void>;
}

/**
 * The outbox as the page shows it. Main pushes its status with every change; the list is fetched
 * again then and after every action, so its state is always in view. The counts feed the badge
 * and the status line.
 */
let refreshing: Promise<void> | null = null;
let refreshAgain = false;

export const useOutbox = create<OutboxStore>()((set) => ({
  items: [],
  status: null,
  refresh() {
    // A burst of changes (a queue draining) asks many times; one look at a time, plus one after.
    if (refreshing) {
      refreshAgain = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        refreshAgain = false;
        try {
          const [items, status] = await Promise.all([
            callApi('outbox.list', undefined),
            callApi('outbox.status', undefined),
          ]);
          set({ items, status });
        } catch {
          // The status line keeps its last answer; the next event or look tries again.
        }
      } while (refreshAgain);
      refreshing = null;
    })();
    return refreshing;
  },
}));

/** A slow look now and then as well, in case an event was missed while a stream reconnected. */
const safetyRefreshMs = 30_000;

/** Keeps the outbox state fresh for the whole app; returns how to stop. */
export function watchOutbox(): () => void {
  const refresh = () => void useOutbox.getState().refresh();
  refresh();
  const stopEvents = subscribeToDeskEvents((message) => {
    if (message.event !== 'outbox.changed') return;
    useOutbox.setState({ status: message.payload });
    refresh();
  });
  const timer = setInterval(refresh, safetyRefreshMs);
  return () => {
    stopEvents();
    clearInterval(timer);
  };
}
