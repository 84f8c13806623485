import type Database from 'better-sqlite3';
import { DeskError } from '../../shared/desk-error';

/** A message exactly as it will be sent, fixed when it is queued. */
export interface OutgoingMessage {
  messageId: string;
  formId: string;
  to: string;
  from: string | null;
  subject: string;
  text: string;
  containsPhi: boolean;
}

export type OutboxState = 'queued' | 'sending' | 'sent' | 'retrying' | 'failed' | 'held' | 'cancelled';

export interface OutboxItem {
  id: number;
  messageId: string;
  to: string;
  subject: string;
  state: OutboxState;
  containsPhi: boolean;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
  serverReply: string | null;
}

interface OutboxRow {
  id: number;
  message_id: string;
  to_address: string;
  subject: string;
  state: OutboxState;
  contains_phi: number;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  sent_at: string | null;
  server_reply: string | null;
}

const itemColumns =
  'id, message_id, to_address, subject, state, contains_phi, attempts, last_error, next_attempt_at, created_at, sent_at, server_reply';

function toItem(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    messageId: row.message_id,
    to: row.to_address,
    subject: row.subject,
    state: row.state,
    containsPhi: row.contains_phi === 1,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    serverReply: row.server_reply,
  };
}

/**
 * The durable outbox in desk.db. Queuing writes the whole message before anything else happens,
 * in the same transaction that retires its draft, so a message is never both lost and unsaved.
 */
export function createOutboxStore(db: Database.Database, now: () => Date = () => new Date()) {
  const insert = db.prepare<[string, string, string, string | null, string, string, number, string, string]>(
    `INSERT INTO outbox (message_id, form_id, to_address, from_address, subject, body_text, contains_phi, state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
  );
  const retireDraft = db.prepare<[string]>('DELETE FROM drafts WHERE id = ?');
  const list = db.prepare<[], OutboxRow>(`SELECT ${itemColumns} FROM outbox ORDER BY id DESC LIMIT 500`);
  const one = db.prepare<[number], OutboxRow & { body_text: string; from_address: string | null }>(
    `SELECT ${itemColumns}, body_text, from_address FROM outbox WHERE id = ?`,
  );
  const requeue = db.prepare<[string, number]>(
    "UPDATE outbox SET state = 'queued', next_attempt_at = NULL, retrying_since = NULL, updated_at = ? WHERE id = ? AND state IN ('failed', 'held', 'retrying')",
  );
  const cancel = db.prepare<[string, number]>(
    "UPDATE outbox SET state = 'cancelled', next_attempt_at = NULL, updated_at = ? WHERE id = ? AND state IN ('queued', 'retrying', 'held', 'failed')",
  );
  const counts = db.prepare<[], { state: OutboxState; count: number }>(
    'SELECT state, count(*) AS count FROM outbox GROUP BY state',
  );
  const problems = db.prepare<[], { state: OutboxState; reason: string; count: number }>(
    `SELECT state, last_error AS reason, count(*) AS count FROM outbox
     WHERE state IN ('retrying', 'held', 'failed') AND last_error IS NOT NULL
     GROUP BY state, last_error ORDER BY max(updated_at) DESC, state LIMIT 10`,
  );

  const enqueue = db.transaction((message: OutgoingMessage, draftId: string | null): number => {
    const at = now().toISOString();
    const result = insert.run(
      message.messageId,
      message.formId,
      message.to,
      message.from,
      message.subject,
      message.text,
      message.containsPhi ? 1 : 0,
      at,
      at,
    );
    if (draftId) retireDraft.run(draftId);
    return Number(result.lastInsertRowid);
  });

  const changeState = (statement: typeof requeue, id: number, refusal: string): void => {
    if (statement.run(now().toISOString(), id).changes === 0) {
      if (!one.get(id)) throw new DeskError('not-found', 'That message is no longer in the outbox.');
      throw new DeskError('not-allowed', refusal);
    }
  };

  return {
    enqueue: (message: OutgoingMessage, draftId: string | null): number =>
      enqueue.immediate(message, draftId),
    list: (): OutboxItem[] => list.all().map(toItem),
    /** One item with its exact text, to read before retrying or copying it. */
    get(id: number): OutboxItem & { text: string; from: string | null } {
      const row = one.get(id);
      if (!row) throw new DeskError('not-found', 'That message is no longer in the outbox.');
      return { ...toItem(row), text: row.body_text, from: row.from_address };
    },
    retry: (id: number) =>
      changeState(requeue, id, 'Only a message that failed, waits, or needs attention can be tried again.'),
    cancel: (id: number) =>
      changeState(cancel, id, 'This message is being sent or was already sent; it cannot be cancelled.'),
    countsByState(): Partial<Record<OutboxState, number>> {
      return Object.fromEntries(counts.all().map((row) => [row.state, row.count]));
    },
    /** Why items wait or failed, the latest reasons first, each with how many items share it. */
    problems: () => problems.all(),
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
