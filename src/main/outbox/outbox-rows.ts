import type { OutboxItem } from '../../shared/api-contract';
import { outboxTransitions, type OutboxState } from '../../shared/outbox-states';

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

/** An item as the sender needs it: the exact message fixed at queue time, and where it stands. */
export interface DeliveryItem extends OutgoingMessage {
  id: number;
  /** This attempt's number, counting it. */
  attempts: number;
  queuedAt: string;
  /** When it first failed since it was last queued or retried by hand, or null. */
  retryingSince: string | null;
}

/** `('queued', 'retrying')`, for SQL: the table's own constants, never anything typed or received. */
export function sqlStates(states: readonly OutboxState[]): string {
  return `(${states.map((state) => `'${state}'`).join(', ')})`;
}

export interface ItemRow {
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
  interrupted: number;
  retired_mailbox_update: string | null;
  replacement_address: string | null;
}

export interface DeliveryRow {
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

/** The state a leased delivery is in while it is on its way. */
export const onItsWay = sqlStates([outboxTransitions.claim.to]);

/**
 * An item's columns as the page shows it. `interrupted`: on its way under someone else's lease,
 * which with one process per data folder means a Provider Desk that stopped mid-send.
 */
export const itemColumns = `id, message_id, to_address, subject, state, contains_phi, attempts, last_error,
  next_attempt_at, created_at, sent_at, server_reply, retired_mailbox_update, replacement_address,
  (state IN ${onItsWay} AND coalesce(lease_owner, '') <> @owner) AS interrupted`;

export function toItem(row: ItemRow): OutboxItem {
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
    interrupted: row.interrupted === 1,
    retiredMailbox:
      row.retired_mailbox_update === null
        ? null
        : { updateDate: row.retired_mailbox_update, replacement: row.replacement_address },
  };
}

export function toDelivery(row: DeliveryRow): DeliveryItem {
  return {
    id: row.id,
    messageId: row.message_id,
    formId: row.form_id,
    to: row.to_address,
    from: row.from_address,
    subject: row.subject,
    text: row.body_text,
    containsPhi: row.contains_phi === 1,
    attempts: row.attempts,
    queuedAt: row.created_at,
    retryingSince: row.retrying_since,
  };
}
