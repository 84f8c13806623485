import type { NetworkStatus } from '../../src/main/network/network-status';

/**
 * A network that is up (or down) until a test says otherwise: the outbox's tests and
 * benchmarks must not depend on this machine's interfaces.
 */
export function fixedNetwork(online = true): NetworkStatus & { set(online: boolean): void } {
  const listeners = new Set<(online: boolean) => void>();
  let current = online;
  return {
    online: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => listeners.clear(),
    set(next) {
      if (next === current) return;
      current = next;
      for (const listener of listeners) listener(next);
    },
  };
}
