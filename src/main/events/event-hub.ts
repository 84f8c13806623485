import type { DeskEventPayload } from '../../shared/api-contract';
import type { DeskEvent, DeskEventMessage } from '../../shared/api-events';

/** Where main announces what changed, with the new state; each transport subscribes and passes it on. */
export function createEventHub() {
  const listeners = new Set<(message: DeskEventMessage) => void>();
  return {
    emit<E extends DeskEvent>(event: E, payload: DeskEventPayload<E>): void {
      // One event name today; the cast pairs a name with its own payload, which E already does.
      const message = { event, payload } as DeskEventMessage;
      for (const listener of listeners) listener(message);
    },
    subscribe(listener: (message: DeskEventMessage) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
