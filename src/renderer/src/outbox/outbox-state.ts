import { create } from 'zustand';
import type { OutboxItem, OutboxStatus } from '../../../shared/api-contract';
import { countIn, outboxStateGroups } from '../../../shared/outbox-states';
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

/** Messages not yet sent and not given up on: the badge's number. */
export function unsentCount(status: OutboxStatus | null): number {
  return countIn(status?.counts ?? {}, outboxStateGroups.unsent);
}

/** One short line for the header: offline, sending, waiting, needs attention, or all sent. */
export function statusLine(status: OutboxStatus | null): string {
  if (!status) return '';
  const { counts, online } = status;
  const attention = countIn(counts, outboxStateGroups.needsAttention);
  const waiting = countIn(counts, outboxStateGroups.waiting);
  if (!online && waiting > 0) return `Offline: ${waiting} waiting to send`;
  if (status.sending) return 'Sending…';
  if (attention > 0) return `${attention} ${attention === 1 ? 'message needs' : 'messages need'} attention`;
  if (waiting > 0) return `${waiting} waiting to send`;
  if (!online) return 'Offline';
  return (counts.sent ?? 0) > 0 ? 'All sent' : 'Nothing to send';
}
