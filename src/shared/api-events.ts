import type { DeskEventPayload } from './api-contract';

/**
 * Events main pushes to the page, the other half of the contract. Each carries the new state
 * (its schema is in the contract's `deskEventSchemas`), so the page can show it at once. Carried
 * by IPC in the app and by server-sent events in browser mode. The names live here on their own
 * so the sandboxed preload can check them without bundling zod.
 */
export const deskEvents = [
  'outbox.changed',
  'directory.changed',
  'providers.changed',
  'network.changed',
] as const;

export type DeskEvent = (typeof deskEvents)[number];

/** One pushed event: its name and what it carries, as one value that crosses either transport. */
export type DeskEventMessage = { [E in DeskEvent]: { event: E; payload: DeskEventPayload<E> } }[DeskEvent];

export const ipcEventChannel = 'desk:event';

function isDeskEvent(value: unknown): value is DeskEvent {
  return typeof value === 'string' && (deskEvents as readonly string[]).includes(value);
}

/** A pushed message as it arrives: a known event name with a payload beside it. */
export function isDeskEventMessage(value: unknown): value is DeskEventMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'event' in value &&
    isDeskEvent(value.event) &&
    'payload' in value
  );
}

/** window.deskEvents in the app: subscribe, and get back the way to unsubscribe. */
export interface DeskEventBridge {
  subscribe(listener: (message: DeskEventMessage) => void): () => void;
}
