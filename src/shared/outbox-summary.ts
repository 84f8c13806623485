import type { OutboxStatus } from './api-contract';
import { countIn, outboxStateGroups } from './outbox-states';

/** Messages not yet sent and not given up on: the badge's number. */
export function unsentCount(status: OutboxStatus | null): number {
  return countIn(status?.counts ?? {}, outboxStateGroups.unsent);
}

/**
 * One short line for the header: offline, sending, waiting, needs attention, or all sent. A
 * message still marked as sending while no run is going was cut off (Provider Desk was closed
 * or killed mid-send): it waits to be sent again, and says so.
 */
export function statusLine(status: OutboxStatus | null): string {
  if (!status) return '';
  const { counts, online } = status;
  const attention = countIn(counts, outboxStateGroups.needsAttention);
  const cutOff = status.sending ? 0 : (counts.sending ?? 0);
  const waiting = countIn(counts, outboxStateGroups.waiting) + cutOff;
  if (!online && waiting > 0) return `Offline: ${waiting} waiting to send`;
  if (status.sending) return 'Sending…';
  if (attention > 0) return `${attention} ${attention === 1 ? 'message needs' : 'messages need'} attention`;
  if (waiting > 0) return `${waiting} waiting to send`;
  if (!online) return 'Offline';
  return (counts.sent ?? 0) > 0 ? 'All sent' : 'Nothing to send';
}
