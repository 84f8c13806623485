import type Database from 'better-sqlite3';
import type { OutboxItem, OutboxMessage } from '../../shared/api-contract';
import {
  initialOutboxState,
  OutboxTransitionError,
  outboxStateGroups,
  outboxTransitions,
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

const from = (transition: OutboxTransition): string => sqlStates(outboxTransitions[transition].from);
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
     WHERE state IN ${from('claim')} AND (next_attempt_at IS NULL OR next_attempt_at <= @at)
     ORDER BY id LIMIT 1`,
  );
  const claim = db.prepare<{ id: number; owner: string; until: string; at: string }>(
    `UPDATE outbox SET state = ${to('claim')}, lease_owner = @owner, lease_expires_at = @until, updated_at = @at
     WHERE id = @id AND state IN ${from('claim')}`,
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
     WHERE ${leaseHeld} AND state IN ${from('deliver')}`,
  );
  const retryLater = db.prepare<{ id: number; owner: string; next: string; reason: string; at: string }>(
    `UPDATE outbox SET state = ${to('retryLater')}, next_attempt_at = @next, last_error = @reason,
       retrying_since = coalesce(retrying_since, @at), ${endLease}, updated_at = @at
     WHERE ${leaseHeld} AND state IN ${from('retryLater')}`,
  );
  // Failed for good, or held for a person: the same end, with the reason kept for the page.
  const endWithReason = (transition: 'fail' | 'hold') =>
    db.prepare<{ id: number; owner: string; reason: string; at: string }>(
      `UPDATE outbox SET state = ${to(transition)}, next_attempt_at = NULL, last_error = @reason, ${endLease}, updated_at = @at
       WHERE ${leaseHeld} AND state IN ${from(transition)}`,
    );
  const fail = endWithReason('fail');
  const hold = endWithReason('hold');
  // An item whose lease has run out was being sent by a process that stopped; a lease from
  // before leases existed (NULL) has run out too.
  const reclaim = db.prepare<{ reason: string; at: string }>(
    `UPDATE outbox SET state = ${to('reclaim')}, next_attempt_at = @at, last_error = @reason, ${endLease}, updated_at = @at
     WHERE state IN ${from('reclaim')} AND (lease_expires_at IS NULL OR lease_expires_at <= @at)`,
  );
  const retryByHand = db.prepare<{ id: number; at: string }>(
    `UPDATE outbox SET state = ${to('retryByHand')}, next_attempt_at = NULL, retrying_since = NULL, updated_at = @at
     WHERE id = @id AND state IN ${from('retryByHand')}`,
  );
  const cancel = db.prepare<{ id: number; at: string }>(
    `UPDATE outbox SET state = ${to('cancel')}, next_attempt_at = NULL, updated_at = @at
     WHERE id = @id AND state IN ${from('cancel')}`,
  );
  // A held item starts afresh (days spent waiting for settings are not days of retrying); a
  // waiting retry keeps its count.
  const releaseHeld = db.prepare<{ at: string }>(
    `UPDATE outbox SET state = ${to('releaseHeld')}, next_attempt_at = NULL, retrying_since = NULL, updated_at = @at
     WHERE state IN ${from('releaseHeld')}`,
  );
  const releaseWaiting = db.prepare<{ at: string }>(
    `UPDATE outbox SET state = ${to('releaseWaiting')}, next_attempt_at = NULL, updated_at = @at
     WHERE state IN ${from('releaseWaiting')} AND next_attempt_at > @at`,
  );
  // What the timer waits for: messages due later, and other senders' leases that may run out.
  const waiting = db.prepare<{ owner: string }, { next: string | null; count: number }>(
    `SELECT count(*) AS count,
            min(CASE WHEN state IN ${onItsWay} THEN coalesce(lease_expires_at, '') ELSE coalesce(next_attempt_at, '') END) AS next
     FROM outbox
     WHERE state IN ${from('claim')} OR (state IN ${from('reclaim')} AND coalesce(lease_owner, '') <> @owner)`,
  );

  const enqueue = db.transaction((message: OutgoingMessage, draftId: string | null, at: string): number => {
    const result = insert.run({ ...message, containsPhi: message.containsPhi ? 1 : 0, at });
    if (draftId) retireDraft.run(draftId);
    return Number(result.lastInsertRowid);
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
      recorded(
        retryLater.run({ id, owner, next: next.toISOString(), reason, at: now.toISOString() }).changes,
        id,
      );
    },
    markFailed(id: number, reason: string, now: Date): void {
      recorded(fail.run({ id, owner, reason, at: now.toISOString() }).changes, id);
    },
    markHeld(id: number, reason: string, now: Date): void {
      recorded(hold.run({ id, owner, reason, at: now.toISOString() }).changes, id);
    },
    /** Deliveries whose lease ran out (their sender stopped) become due now; returns how many. */
    reclaimExpired: (now: Date): number =>
      reclaim.run({ reason: interruptedReason, at: now.toISOString() }).changes,
    retryByHand: (id: number, now: Date): void => {
      if (retryByHand.run({ id, at: now.toISOString() }).changes === 0) refused('retryByHand', id);
    },
    cancel: (id: number, now: Date): void => {
      if (cancel.run({ id, at: now.toISOString() }).changes === 0) refused('cancel', id);
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
