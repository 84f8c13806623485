import { describe, expect, it } from 'vitest';
import {
  allows,
  countIn,
  outboxStateGroups,
  outboxStates,
  outboxTransitions,
  OutboxTransitionError,
} from './outbox-states';

describe('the outbox’s transition table', () => {
  it('lets a message be sent only once: nothing leaves sent or cancelled', () => {
    for (const transition of Object.keys(outboxTransitions) as (keyof typeof outboxTransitions)[]) {
      expect(allows(transition, 'sent')).toBe(false);
      expect(allows(transition, 'cancelled')).toBe(false);
    }
  });

  it('never lets a person cancel or retry a message that is on its way', () => {
    expect(allows('cancel', 'sending')).toBe(false);
    expect(allows('retryByHand', 'sending')).toBe(false);
    expect(allows('cancel', 'queued')).toBe(true);
    expect(allows('retryByHand', 'failed')).toBe(true);
  });

  it('names a refused move in its error, for the log', () => {
    expect(new OutboxTransitionError('deliver', 'queued').message).toBe(
      'Outbox transition "deliver" is not allowed from "queued".',
    );
  });

  it('reaches every state by some move', () => {
    const reached = new Set(Object.values(outboxTransitions).map((transition) => transition.to));
    expect(outboxStates.filter((state) => !reached.has(state))).toEqual([]);
  });

  it('counts the badge’s unsent messages across their states', () => {
    expect(countIn({ queued: 2, sending: 1, held: 1, sent: 5, failed: 3 }, outboxStateGroups.unsent)).toBe(4);
    expect(countIn({}, outboxStateGroups.needsAttention)).toBe(0);
  });
});
