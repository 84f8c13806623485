import { create } from 'zustand';
import type { OutboxItem, OutboxStatus } from '../../../shared/api-contract';
import { callApi } from '../desk-api';

interface OutboxState {
  items: OutboxItem[];
  status: OutboxStatus | null;
  online: boolean;
  refresh(): Promise<void>;
}

/**
 * The outbox as the page shows it, refreshed every few seconds and after every action, so its
 * state is always in view; the counts feed the badge and the status line.
 */
export const useOutbox = create<OutboxState>()((set) => ({
  items: [],
  status: null,
  online: navigator.onLine,
  async refresh() {
    try {
      const [items, status] = await Promise.all([
        callApi('outbox.list', undefined),
        callApi('outbox.status', undefined),
      ]);
      set({ items, status, online: navigator.onLine });
    } catch {
      set({ online: navigator.onLine });
    }
  },
}));

const refreshEveryMs = 3_000;

/** Starts the refresh loop once for the whole app; returns how to stop it. */
export function watchOutbox(): () => void {
  const refresh = () => void useOutbox.getState().refresh();
  refresh();
  const timer = setInterval(refresh, refreshEveryMs);
  window.addEventListener('online', refresh);
  window.addEventListener('offline', refresh);
  return () => {
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
  return online ? 'All sent' : 'Offline';
}
