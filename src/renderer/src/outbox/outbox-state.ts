import { create } from 'zustand';
import type { OutboxItem, OutboxStatus } from '../../../shared/api-contract';
import { callApi, subscribeToDeskEvents } from '../desk-api';

interface OutboxState {
  items: OutboxItem[];
  status: OutboxStatus | null;
  online: boolean;
  refresh(): Promise<void>;
}

/**
 * The outbox as the page shows it, refreshed whenever main says it changed and after every
 * action, so its state is always in view; the counts feed the badge and the status line.
 */
let refreshing: Promise<void> | null = null;
let refreshAgain = false;

export const useOutbox = create<OutboxState>()((set) => ({
  items: [],
  status: null,
  online: navigator.onLine,
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
          set({ items, status, online: navigator.onLine });
        } catch {
          set({ online: navigator.onLine });
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
  const stopEvents = subscribeToDeskEvents((event) => {
    if (event === 'outbox.changed') refresh();
  });
  const timer = setInterval(refresh, safetyRefreshMs);
  window.addEventListener('online', refresh);
  window.addEventListener('offline', refresh);
  return () => {
    stopEvents();
    clearInterval(timer);
    window.removeEventListener('online', refresh);
    window.removeEventListener('offline', refresh);
  };
}

/** Messages not yet sent and not given up on: the badge's number. */
export function unsentCount(status: OutboxStatus | null): number {
  const counts = status?.counts ?? {};
  return (counts.queued ?? 0) + (counts.sending ?? 0) + (counts.retrying ?? 0) + (counts.held ?? 0);
}

/** One short line for the header: offline, sending, waiting, needs attention, or all sent. */
export function statusLine(status: OutboxStatus | null, online: boolean): string {
  if (!status) return '';
  const counts = status.counts;
  const attention = (counts.held ?? 0) + (counts.failed ?? 0);
  const waiting = (counts.queued ?? 0) + (counts.retrying ?? 0);
  if (!online && waiting > 0) return `Offline: ${waiting} waiting to send`;
  if (status.sending) return 'Sending…';
  if (attention > 0) return `${attention} ${attention === 1 ? 'message needs' : 'messages need'} attention`;
  if (waiting > 0) return `${waiting} waiting to send`;
  if (!online) return 'Offline';
  return (counts.sent ?? 0) > 0 ? 'All sent' : 'Nothing to send';
}
