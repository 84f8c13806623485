import type Database from 'better-sqlite3';
import type { OutboxItem, OutboxMessage } from '../../shared/api-contract';
import type { MailboxRetirement } from '../../shared/mailbox-retirement';
import {
  initialOutboxState,
  OutboxTransitionError,
  outboxStateGroups,
  outboxTransitions,
  retiredMailboxRule,
  type OutboxState,
  type OutboxTransition,
} from '../../shared/outbox-states';
import {
  itemColumns,
  onItsWay,
  sqlStates,
  toDelivery,
  toItem,
  type DeliveryItem,
  type DeliveryRow,
  type ItemRow,
  type OutgoingMessage,
} from './outbox-rows';

/**
 * The sender's lease ran out and someone else took the message back while this one was still
 * sending it: the result is not recorded, and it is not treated as this sender's to retry.
 */
export class DeliveryLeaseLostError extends Error {
  override readonly name = 'DeliveryLeaseLostError';

  constructor(
    readonly id: number,
    readonly state: OutboxState | null,
  ) {
    super(`Outbox message ${id} is no longer leased to this sender (it is now ${state ?? 'gone'}).`);
  }
}

/** A message a retirement held: its number and form, what the log may say of it. */
export interface RetiredMailboxHold {
  id: number;
  formId: string;
}

const retiredMark = {
  never: ' AND retired_mailbox_update IS NULL',
  only: ' AND retired_mailbox_update IS NOT NULL',
} as const;

/** Where the table allows a transition: the states it leaves, and a retired mailbox's part in it. */
function allowed(transition: OutboxTransition): string {
  const rule = retiredMailboxRule(transition);
  return `(state IN ${sqlStates(outboxTransitions[transition].from)}${rule ? retiredMark[rule] : ''})`;
}

const to = (transition: OutboxTransition): string => `'${outboxTransitions[transition].to}'`;

const interruptedReason = 'Provider Desk closed while this was being sent; it is sent again.';

/**
 * Every SQL statement on outbox rows. Each state change is one statement whose WHERE clause
 * names the states the transition table allows it from, so a move the table does not list
 * changes nothing and throws. A delivery is claimed with a lease (this sender's name and an
 * expiry), and its result is recorded only while the lease is still this sender's.
 */
export function createOutboxRepository(db: Database.Database, options: { leaseOwner: string }) {
  const owner = options.leaseOwner;
  const insert = db.prepare(
    `INSERT INTO outbox (message_id, form_id, to_address, from_address, subject, body_text, contains_phi, state, created_at, updated_at)
     VALUES (@messageId, @formId, @to, @from, @subject, @text, @containsPhi, '${initialOutboxState}', @at, @at)`,
  );
  const retireDraft = db.prepare<[string]>('DELETE FROM drafts WHERE id = ?');
  const list = db.prepare<{ owner: string }, ItemRow>(
    `SELECT ${itemColumns} FROM outbox ORDER BY id DESC LIMIT 500`,
  );
  const one = db.prepare<
    { id: number; owner: string },
    ItemRow & { body_text: string; from_address: string | null }
  >(`SELECT ${itemColumns}, body_text, from_address FROM outbox WHERE id = @id`);
  const stateOf = db.prepare<[number], OutboxState>('SELECT state FROM outbox WHERE id = ?').pluck();
  const counts = db.prepare<[], { state: OutboxState; count: number }>(
    'SELECT state, count(*) AS count FROM outbox GROUP BY state',
  );
  const problems = db.prepare<[], { state: OutboxState; reason: string; count: number }>(
    `SELECT state, last_error AS reason, count(*) AS count FROM outbox
     WHERE state IN ${sqlStates(outboxStateGroups.withReason)} AND last_error IS NOT NULL
     GROUP BY state, last_error ORDER BY max(updated_at) DESC, state LIMIT 10`,
  );

  const due = db.prepare<{ at: string }, DeliveryRow>(
    `SELECT id, message_id, form_id, to_address, from_address, subject, body_text, contains_phi, attempts, created_at, retrying_since
     FROM outbox
     WHERE ${allowed('claim')} AND (next_attempt_at IS NULL OR next_attempt_at <= @at)
     ORDER BY id LIMIT 1`,
  );
  const claim = db.prepare<{ id: number; owner: string; until: string; at: string }>(
    `UPDATE outbox SET state = ${to('claim')}, lease_owner = @owner, lease_expires_at = @until, updated_at = @at
     WHERE id = @id AND ${allowed('claim')}`,
  );
  const renewLease = db.prepare<{ id: number; owner: string; until: string }>(
    `UPDATE outbox SET lease_expires_at = @until WHERE id = @id AND state IN ${onItsWay} AND lease_owner = @owner`,
  );
  const countAttempt = db.prepare<{ id: number; owner: string }>(
    `UPDATE outbox SET attempts = attempts + 1 WHERE id = @id AND state IN ${onItsWay} AND lease_owner = @owner`,
  );
  // The four ways a delivery ends; each only while this sender still holds the lease.
  const leaseHeld = 'id = @id AND lease_owner = @owner';
  const endLease = 'lease_owner = NULL, lease_expires_at = NULL';
  const deliver = db.prepare<{ id: number; owner: string; reply: string; at: string }>(
    `UPDATE outbox SET state = ${to('deliver')}, sent_at = @at, server_reply = @reply, next_attempt_at = NULL,
       last_error = NULL, ${endLease}, updated_at = @at
     WHERE ${leaseHeld} AND ${allowed('deliver')}`,
  );
  const retryLater = db.prepare<{ id: number; owner: string; next: string; reason: string; at: string }>(
    `UPDATE outbox SET state = ${to('retryLater')}, next_attempt_at = @next, last_error = @reason,
       retrying_since = coalesce(retrying_since, @at), ${endLease}, updated_at = @at
     WHERE ${leaseHeld} AND ${allowed('retryLater')}`,
  );
  // Failed for good, or held for a person: the same end, with the reason kept for the page.
  const endWithReason = (transition: 'fail' | 'hold') =>
    db.prepare<{ id: number; owner: string; reason: string; at: string }>(
      `UPDATE outbox SET state = ${to(transition)}, next_attempt_at = NULL, last_error = @reason, ${endLease}, updated_at = @at
       WHERE ${leaseHeld} AND ${allowed(transition)}`,
    );
  const fail = endWithReason('fail');
  const hold = endWithReason('hold');
  // An item whose lease has run out was being sent by a process that stopped; a lease from
  // before leases existed (NULL) has run out too.
  const reclaim = db
    .prepare<{ reason: string; at: string }, number>(
      `UPDATE outbox SET state = ${to('reclaim')}, next_attempt_at = @at, last_error = @reason, ${endLease}, updated_at = @at
     WHERE ${allowed('reclaim')} AND (lease_expires_at IS NULL OR lease_expires_at <= @at)
     RETURNING id`,
    )
    .pluck();
  const retryByHand = db.prepare<{ id: number; at: string }>(
    `UPDATE outbox SET state = ${to('retryByHand')}, next_attempt_at = NULL, retrying_since = NULL, updated_at = @at
     WHERE id = @id AND ${allowed('retryByHand')}`,
  );
  const cancel = db.prepare<{ id: number; at: string }>(
    `UPDATE outbox SET state = ${to('cancel')}, next_attempt_at = NULL, updated_at = @at
     WHERE id = @id AND ${allowed('cancel')}`,
  );
  // A held item starts afresh (days spent waiting for settings are not days of retrying); a
  // waiting retry keeps its count.
  const releaseHeld = db.prepare<{ at: string }>(
    `UPDATE outbox SET state = ${to('releaseHeld')}, next_attempt_at = NULL, retrying_since = NULL, updated_at = @at
     WHERE ${allowed('releaseHeld')}`,
  );
  const releaseWaiting = db.prepare<{ at: string }>(
    `UPDATE outbox SET state = ${to('releaseWaiting')}, next_attempt_at = NULL, updated_at = @at
     WHERE ${allowed('releaseWaiting')} AND next_attempt_at > @at`,
  );
  // A retirement marks every message still to leave that is addressed to the mailbox, in any case
  // of its letters. One on its way is marked too: its delivery may still end short of the
  // server's acceptance, and then it is held like the rest, never tried there again.
  const markRetired = db
    .prepare<MailboxRetirement & { at: string }, number>(
      `UPDATE outbox SET retired_mailbox_update = @updateDate, replacement_address = @replacement, updated_at = @at
     WHERE lower(to_address) = lower(@address) AND state IN ${sqlStates(outboxStateGroups.mayStillLeave)}
     RETURNING id`,
    )
    .pluck();
  // A message held for an older retirement, whose new mailbox this update retires in turn.
  const markReplacementRetired = db.prepare<MailboxRetirement & { at: string }>(
    `UPDATE outbox SET replacement_address = @replacement, updated_at = @at
     WHERE lower(replacement_address) = lower(@address) AND retired_mailbox_update IS NOT NULL
       AND state IN ${sqlStates(outboxStateGroups.mayStillLeave)}`,
  );
  // Its waiting and its reason go: both were about sending it where it is addressed.
  const holdRetired = db
    .prepare<{ id: number; at: string }, string>(
      `UPDATE outbox SET state = ${to('holdForRetiredMailbox')}, next_attempt_at = NULL, retrying_since = NULL,
       last_error = NULL, updated_at = @at
     WHERE id = @id AND ${allowed('holdForRetiredMailbox')}
     RETURNING form_id`,
    )
    .pluck();
  const sendToNewAddress = db.prepare<{ id: number; at: string }>(
    `UPDATE outbox SET state = ${to('sendToNewAddress')}, to_address = replacement_address,
       retired_mailbox_update = NULL, replacement_address = NULL, next_attempt_at = NULL, retrying_since = NULL,
       last_error = NULL, updated_at = @at
     WHERE id = @id AND ${allowed('sendToNewAddress')} AND replacement_address IS NOT NULL`,
  );
  // What the timer waits for: messages due later, and other senders' leases that may run out.
  const waiting = db.prepare<{ owner: string }, { next: string | null; count: number }>(
    `SELECT count(*) AS count,
            min(CASE WHEN state IN ${onItsWay} THEN coalesce(lease_expires_at, '') ELSE coalesce(next_attempt_at, '') END) AS next
     FROM outbox
     WHERE ${allowed('claim')} OR (${allowed('reclaim')} AND coalesce(lease_owner, '') <> @owner)`,
  );

  const enqueue = db.transaction((message: OutgoingMessage, draftId: string | null, at: string): number => {
    const result = insert.run({ ...message, containsPhi: message.containsPhi ? 1 : 0, at });
    if (draftId) retireDraft.run(draftId);
    return Number(result.lastInsertRowid);
  });

  const holdForRetiredMailboxes = db.transaction((retirements: readonly MailboxRetirement[], at: string) => {
    const held: RetiredMailboxHold[] = [];
    let marked = 0;
    for (const retirement of retirements) {
      markReplacementRetired.run({ ...retirement, at });
      for (const id of markRetired.all({ ...retirement, at })) {
        marked += 1;
        const formId = holdRetired.get({ id, at });
        if (formId !== undefined) held.push({ id, formId });
      }
    }
    return { held, marked };
  });

  /**
   * A delivery's end, recorded; a message whose mailbox was retired while it was on its way is
   * then held, in the same transaction, so no sender can take it for the old mailbox again.
   */
  const endDelivery = db.transaction((end: () => number, id: number, at: string): number => {
    const changes = end();
    if (changes > 0) holdRetired.get({ id, at });
    return changes;
  });

  const reclaimExpired = db.transaction((reason: string, at: string): number => {
    const ids = reclaim.all({ reason, at });
    for (const id of ids) holdRetired.get({ id, at });
    return ids.length;
  });

  const claimNext = db.transaction((at: string, until: string): DeliveryItem | null => {
    const row = due.get({ at });
    if (!row) return null;
    claim.run({ id: row.id, owner, until, at });
    return { ...toDelivery(row), attempts: row.attempts + 1 };
  });

  /** A single row's move that changed nothing: the table does not allow it from where the row is. */
  function refused(transition: OutboxTransition, id: number): never {
    throw new OutboxTransitionError(transition, stateOf.get(id) ?? null);
  }

  /** A delivery's end that changed nothing: this sender no longer holds the lease. */
  function recorded(changes: number, id: number): void {
    if (changes === 0) throw new DeliveryLeaseLostError(id, stateOf.get(id) ?? null);
  }

  return {
    /** Writes the whole message, and retires its draft in the same transaction. */
    enqueue: (message: OutgoingMessage, draftId: string | null, now: Date): number =>
      enqueue.immediate(message, draftId, now.toISOString()),
    list: (): OutboxItem[] => list.all({ owner }).map(toItem),
    /** One item with its exact text, or null when it is not in the outbox. */
    get(id: number): OutboxMessage | null {
      const row = one.get({ id, owner });
      return row ? { ...toItem(row), text: row.body_text, from: row.from_address } : null;
    },
    countsByState(): Partial<Record<OutboxState, number>> {
      return Object.fromEntries(counts.all().map((row) => [row.state, row.count]));
    },
    /** Why items wait or failed, the latest reasons first, each with how many items share it. */
    problems: () => problems.all(),

    /** The next item due, leased to this sender until `until`, in one transaction. */
    claimNext: (now: Date, until: Date): DeliveryItem | null =>
      claimNext.immediate(now.toISOString(), until.toISOString()),
    /** Keeps a long delivery's lease; false when it is no longer this sender's. */
    renewLease: (id: number, until: Date): boolean =>
      renewLease.run({ id, owner, until: until.toISOString() }).changes > 0,
    /** An attempt counts once the server is actually tried, not when an item is held before. */
    countAttempt(id: number): void {
      recorded(countAttempt.run({ id, owner }).changes, id);
    },
    markSent(id: number, reply: string, now: Date): void {
      recorded(deliver.run({ id, owner, reply, at: now.toISOString() }).changes, id);
    },
    markRetry(id: number, next: Date, reason: string, now: Date): void {
      const at = now.toISOString();
      const end = () => retryLater.run({ id, owner, next: next.toISOString(), reason, at }).changes;
      recorded(endDelivery.immediate(end, id, at), id);
    },
    markFailed(id: number, reason: string, now: Date): void {
      recorded(fail.run({ id, owner, reason, at: now.toISOString() }).changes, id);
    },
    markHeld(id: number, reason: string, now: Date): void {
      const at = now.toISOString();
      recorded(
        endDelivery.immediate(() => hold.run({ id, owner, reason, at }).changes, id, at),
        id,
      );
    },
    /** Deliveries whose lease ran out (their sender stopped) become due now; returns how many. */
    reclaimExpired: (now: Date): number => reclaimExpired.immediate(interruptedReason, now.toISOString()),
    retryByHand: (id: number, now: Date): void => {
      if (retryByHand.run({ id, at: now.toISOString() }).changes === 0) refused('retryByHand', id);
    },
    cancel: (id: number, now: Date): void => {
      if (cancel.run({ id, at: now.toISOString() }).changes === 0) refused('cancel', id);
    },
    /**
     * Marks what is addressed to each retired mailbox and holds what is not on its way; returns
     * the messages held and how many were marked, those on their way included.
     */
    holdForRetiredMailboxes: (retirements: readonly MailboxRetirement[], now: Date) =>
      holdForRetiredMailboxes.immediate(retirements, now.toISOString()),
    /** Queued again, to the mailbox that replaced its retired one. */
    sendToNewAddress: (id: number, now: Date): void => {
      if (sendToNewAddress.run({ id, at: now.toISOString() }).changes === 0) refused('sendToNewAddress', id);
    },
    /** Held items become due at once (the settings may be fixed); returns how many. */
    releaseHeld: (now: Date): number => releaseHeld.run({ at: now.toISOString() }).changes,
    /** Retries waiting for their time become due at once; returns how many. */
    releaseWaiting: (now: Date): number => releaseWaiting.run({ at: now.toISOString() }).changes,
    /** How many wait, and the earliest time one is due or another sender's lease runs out. */
    waiting(): { count: number; nextAt: string | null } {
      const row = waiting.get({ owner }) ?? { next: null, count: 0 };
      return { count: row.count, nextAt: row.next || null };
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
