import type Database from 'better-sqlite3';
import type { OutboxState, OutgoingMessage } from './outbox-store';

/** An item as the sender needs it: the exact message fixed at queue time, and where it stands. */
export interface DeliveryItem extends OutgoingMessage {
  id: number;
  attempts: number;
  queuedAt: string;
  /** When it first failed since it was last queued or retried by hand, or null. */
  retryingSince: string | null;
}

interface DeliveryRow {
  id: number;
  message_id: string;
  form_id: string;
  to_address: string;
  from_address: string | null;
  subject: string;
  body_text: string;
  contains_phi: number;
  attempts: number;
  created_at: string;
  retrying_since: string | null;
}

/**
 * The sender's view of the outbox. Every state change is one statement in one transaction, so a
 * crash leaves each item in exactly one state; an item found in `sending` at start was cut off
 * mid-send and is tried again.
 */
export function createOutboxDeliveryStore(db: Database.Database) {
  const due = db.prepare<[string], DeliveryRow>(
    `SELECT id, message_id, form_id, to_address, from_address, subject, body_text, contains_phi, attempts, created_at, retrying_since
     FROM outbox
     WHERE state IN ('queued', 'retrying') AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
     ORDER BY id LIMIT 1`,
  );
  const setState = db.prepare<[OutboxState, string | null, string | null, string, number]>(
    'UPDATE outbox SET state = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?',
  );
  const startAttempt = db.prepare<[string, number]>(
    "UPDATE outbox SET state = 'sending', updated_at = ? WHERE id = ?",
  );
  const countAttempt = db.prepare<[number]>('UPDATE outbox SET attempts = attempts + 1 WHERE id = ?');
  const sent = db.prepare<[string, string, string, number]>(
    "UPDATE outbox SET state = 'sent', sent_at = ?, server_reply = ?, next_attempt_at = NULL, last_error = NULL, updated_at = ? WHERE id = ?",
  );
  const interrupted = db.prepare<[string, string]>(
    "UPDATE outbox SET state = 'retrying', next_attempt_at = ?, last_error = 'Provider Desk closed while this was being sent; it is sent again.', updated_at = ? WHERE state = 'sending'",
  );
  // A held item starts afresh (days spent waiting for settings are not days of retrying); a
  // waiting retry keeps its count.
  const releaseHeld = db.prepare<[string]>(
    "UPDATE outbox SET state = 'queued', next_attempt_at = NULL, retrying_since = NULL, updated_at = ? WHERE state = 'held'",
  );
  const releaseWaiting = db.prepare<[string, string]>(
    "UPDATE outbox SET state = 'queued', next_attempt_at = NULL, updated_at = ? WHERE state = 'retrying' AND next_attempt_at > ?",
  );
  const retry = db.prepare<[string, string, string, string, number]>(
    "UPDATE outbox SET state = 'retrying', next_attempt_at = ?, last_error = ?, retrying_since = coalesce(retrying_since, ?), updated_at = ? WHERE id = ?",
  );
  const waiting = db.prepare<[], { next: string | null; count: number }>(
    "SELECT min(coalesce(next_attempt_at, '')) AS next, count(*) AS count FROM outbox WHERE state IN ('queued', 'retrying')",
  );

  const claim = db.transaction((now: string): DeliveryItem | null => {
    const row = due.get(now);
    if (!row) return null;
    startAttempt.run(now, row.id);
    return {
      id: row.id,
      messageId: row.message_id,
      formId: row.form_id,
      to: row.to_address,
      from: row.from_address,
      subject: row.subject,
      text: row.body_text,
      containsPhi: row.contains_phi === 1,
      attempts: row.attempts + 1,
      queuedAt: row.created_at,
      retryingSince: row.retrying_since,
    };
  });

  return {
    /** An attempt counts once the server is actually tried, not when an item is held before. */
    countAttempt(id: number): void {
      countAttempt.run(id);
    },
    /** The next item due, marked `sending` in the same transaction. */
    claimNext: (now: Date): DeliveryItem | null => claim.immediate(now.toISOString()),
    markSent(id: number, reply: string, now: Date): void {
      sent.run(now.toISOString(), reply, now.toISOString(), id);
    },
    markRetry(id: number, next: Date, reason: string, now: Date): void {
      retry.run(next.toISOString(), reason, now.toISOString(), now.toISOString(), id);
    },
    markFailed(id: number, reason: string, now: Date): void {
      setState.run('failed', null, reason, now.toISOString(), id);
    },
    markHeld(id: number, reason: string, now: Date): void {
      setState.run('held', null, reason, now.toISOString(), id);
    },
    /** At start: whatever was mid-send when the app stopped is due again now. */
    recoverInterrupted(now: Date): number {
      return interrupted.run(now.toISOString(), now.toISOString()).changes;
    },
    /** "Send now": held items (settings may be fixed) and waiting retries become due at once. */
    releaseForSendNow(now: Date): number {
      const at = now.toISOString();
      return releaseHeld.run(at).changes + releaseWaiting.run(at, at).changes;
    },
    /** How many wait, and the earliest time one is due (for the timer). */
    waiting(): { count: number; nextAt: string | null } {
      const row = waiting.get() ?? { next: null, count: 0 };
      return { count: row.count, nextAt: row.next || null };
    },
  };
}

export type OutboxDeliveryStore = ReturnType<typeof createOutboxDeliveryStore>;
