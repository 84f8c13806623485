import type Database from 'better-sqlite3';

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
  createdAt: string;
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
  const list = db.prepare<
    [],
    {
      id: number;
      message_id: string;
      to_address: string;
      subject: string;
      state: OutboxState;
      contains_phi: number;
      created_at: string;
    }
  >(
    'SELECT id, message_id, to_address, subject, state, contains_phi, created_at FROM outbox ORDER BY id DESC',
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

  return {
    enqueue: (message: OutgoingMessage, draftId: string | null): number =>
      enqueue.immediate(message, draftId),
    list(): OutboxItem[] {
      return list.all().map((row) => ({
        id: row.id,
        messageId: row.message_id,
        to: row.to_address,
        subject: row.subject,
        state: row.state,
        containsPhi: row.contains_phi === 1,
        createdAt: row.created_at,
      }));
    },
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
