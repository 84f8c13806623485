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
      for (const mailboxRetired of [false, true]) {
        expect(allows(transition, 'sent', mailboxRetired)).toBe(false);
        expect(allows(transition, 'cancelled', mailboxRetired)).toBe(false);
      }
    }
  });

  it('never sends a message whose mailbox was retired where it is addressed, and lets a person move it on', () => {
    const sendsAsAddressed = ['claim', 'retryByHand', 'releaseHeld', 'releaseWaiting'] as const;
    for (const transition of sendsAsAddressed)
      for (const state of outboxStates) expect(allows(transition, state, true)).toBe(false);
    expect(allows('retryByHand', 'held')).toBe(true);
    // Held for it, it can go to the new mailbox or be cancelled; the new address is for it alone.
    expect(allows('holdForRetiredMailbox', 'queued', true)).toBe(true);
    expect(allows('sendToNewAddress', 'held', true)).toBe(true);
    expect(allows('cancel', 'held', true)).toBe(true);
    expect(allows('sendToNewAddress', 'held')).toBe(false);
    expect(allows('holdForRetiredMailbox', 'queued')).toBe(false);
    // A failed one keeps its reason for a person to read, and may still go to the new mailbox.
    expect(allows('holdForRetiredMailbox', 'failed', true)).toBe(false);
    expect(allows('sendToNewAddress', 'failed', true)).toBe(true);
    expect(allows('sendToNewAddress', 'sending', true)).toBe(false);
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
