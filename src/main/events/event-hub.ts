import type { DeskEvent } from '../../shared/api-events';

/** Where main announces what changed; each transport subscribes and passes it on. */
export function createEventHub() {
  const listeners = new Set<(event: DeskEvent) => void>();
  return {
    emit(event: DeskEvent): void {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener: (event: DeskEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
