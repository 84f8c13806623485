/**
 * Events main pushes to the page, the other half of the contract: each names what changed, and
 * the page asks for the new state over the ordinary channels. Carried by IPC in the app and by
 * server-sent events in browser mode.
 */
export const deskEvents = ['outbox.changed'] as const;

export type DeskEvent = (typeof deskEvents)[number];

export const ipcEventChannel = 'desk:event';

export function isDeskEvent(value: unknown): value is DeskEvent {
  return typeof value === 'string' && (deskEvents as readonly string[]).includes(value);
}

/** window.deskEvents in the app: subscribe, and get back the way to unsubscribe. */
export interface DeskEventBridge {
  subscribe(listener: (event: DeskEvent) => void): () => void;
}
