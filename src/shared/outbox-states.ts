/**
 * The outbox's states and every move between them, declared once. The SQL that changes a row,
 * the service that sends, and the page that offers Retry or Cancel all read this table, so a
 * state cannot be allowed in one place and refused in another.
 */
export const outboxStates = ['queued', 'sending', 'sent', 'retrying', 'failed', 'held', 'cancelled'] as const;

export type OutboxState = (typeof outboxStates)[number];

/** Where every message starts: written whole to desk.db before any network attempt. */
export const initialOutboxState = 'queued' satisfies OutboxState;

interface Transition {
  readonly from: readonly OutboxState[];
  readonly to: OutboxState;
  /**
   * For a message whose mailbox a directory update retired: 'never' for every move that would
   * send it as it is addressed, 'only' for the moves that hold it and send it on to the new
   * mailbox. Absent, the move is the same either way.
   */
  readonly retiredMailbox?: 'never' | 'only';
}

export const outboxTransitions = {
  /** A message due now is taken for delivery, under a lease. */
  claim: { from: ['queued', 'retrying'], to: 'sending', retiredMailbox: 'never' },
  /** The server accepted it. */
  deliver: { from: ['sending'], to: 'sent' },
  /** A network error or a "try again later" reply: it waits, then is tried again. */
  retryLater: { from: ['sending'], to: 'retrying' },
  /** The server refused it, or it kept failing for three days. */
  fail: { from: ['sending'], to: 'failed' },
  /** It needs settings, a password or an encrypted connection before it may go. */
  hold: { from: ['sending'], to: 'held' },
  /** Whoever was sending it stopped (a crash, a kill) and its lease ran out: it is due again. */
  reclaim: { from: ['sending'], to: 'retrying' },
  /** "Retry" on one message. */
  retryByHand: { from: ['failed', 'held', 'retrying'], to: 'queued', retiredMailbox: 'never' },
  /** "Send now", or new mail settings: held messages start afresh. */
  releaseHeld: { from: ['held'], to: 'queued', retiredMailbox: 'never' },
  /** "Send now", or the network is back: waiting retries need not wait out their timers. */
  releaseWaiting: { from: ['retrying'], to: 'queued', retiredMailbox: 'never' },
  /**
   * A directory update retired its mailbox: it waits for a person. A failed one keeps its
   * state and its reason (the server's refusal, or that it may already have arrived), which a
   * person should still read; Retry no longer sends it, and the new address is offered beside.
   */
  holdForRetiredMailbox: { from: ['queued', 'retrying', 'held'], to: 'held', retiredMailbox: 'only' },
  /**
   * The person's one click: queued again, to the mailbox the update named instead, with the same
   * Message-ID (no server ever accepted it).
   */
  sendToNewAddress: { from: ['held', 'failed'], to: 'queued', retiredMailbox: 'only' },
  /** "Cancel" on one message; never one on its way or already gone. */
  cancel: { from: ['queued', 'retrying', 'held', 'failed'], to: 'cancelled' },
  /**
   * A restored backup cannot know what left after it was made: each unsent message waits for a
   * person instead of going out a second time.
   */
  failAfterRestore: { from: ['queued', 'sending', 'retrying', 'held'], to: 'failed' },
} as const satisfies Record<string, Transition>;

export type OutboxTransition = keyof typeof outboxTransitions;

/** Whether the move is never, or only, for a message whose mailbox was retired; null: for either. */
export function retiredMailboxRule(transition: OutboxTransition): 'never' | 'only' | null {
  const rule: Transition = outboxTransitions[transition];
  return rule.retiredMailbox ?? null;
}

/** Whether a message in `state` (its mailbox retired or not) may take this transition. */
export function allows(transition: OutboxTransition, state: OutboxState, mailboxRetired = false): boolean {
  const rule = retiredMailboxRule(transition);
  if (rule === (mailboxRetired ? 'never' : 'only')) return false;
  return (outboxTransitions[transition].from as readonly OutboxState[]).includes(state);
}

/** A move the table does not list: a fault in Provider Desk, never something a person did. */
export class OutboxTransitionError extends Error {
  override readonly name = 'OutboxTransitionError';

  constructor(
    readonly transition: OutboxTransition,
    readonly state: OutboxState | null,
  ) {
    super(
      state === null
        ? `Outbox transition "${transition}" names a message that is not in the outbox.`
        : `Outbox transition "${transition}" is not allowed from "${state}".`,
    );
  }
}

/**
 * How long a claimed delivery stays its sender's without word from it. The sender renews it every
 * third of that while it talks to the server, so only a sender that stopped (a crash, a kill)
 * lets it run out; only then may another process, or the next start, send the message again.
 */
export const deliveryLeaseSeconds = 30;

/** Groups of states the page and the status line count by, and the SQL selects by. */
export const outboxStateGroups = {
  /** Due now or later, without anyone's help. */
  waiting: ['queued', 'retrying'],
  /** Stuck until a person acts. */
  needsAttention: ['held', 'failed'],
  /** Not sent and not given up on: the badge's number. */
  unsent: ['queued', 'sending', 'retrying', 'held'],
  /** Stopped for a reason the item keeps (its last error): what diagnostics sums up. */
  withReason: ['retrying', 'held', 'failed'],
  /** Not sent and not cancelled: it may still leave, so a retired mailbox concerns it. */
  mayStillLeave: ['queued', 'sending', 'retrying', 'held', 'failed'],
} as const satisfies Record<string, readonly OutboxState[]>;

/** How many messages are in any of `states`. */
export function countIn(
  counts: Partial<Record<OutboxState, number>>,
  states: readonly OutboxState[],
): number {
  return states.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
}
