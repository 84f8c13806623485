import { networkInterfaces } from 'node:os';

/** Whether this computer has a network, as main sees it: the one source the outbox and the page use. */
export interface NetworkStatus {
  online(): boolean;
  /** Told each time it changes; returns how to stop listening. */
  subscribe(listener: (online: boolean) => void): () => void;
  stop(): void;
}

/** How often the network is looked at: often enough that "Offline" never lingers long. */
const pollMs = 15_000;

/**
 * Polls `isOnline` (Electron's `net.isOnline` in the app, the network interfaces in browser
 * mode) and tells listeners when the answer changes.
 */
export function watchNetwork(isOnline: () => boolean, intervalMs = pollMs): NetworkStatus {
  const listeners = new Set<(online: boolean) => void>();
  let online = isOnline();
  const timer = setInterval(() => {
    const now = isOnline();
    if (now === online) return;
    online = now;
    for (const listener of listeners) listener(now);
  }, intervalMs);
  timer.unref();
  return {
    online: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * Browser mode's answer, the same one Chromium gives `navigator.onLine`: some interface other
 * than loopback is up with an address. It cannot tell that a network has no way out; sending
 * then fails and is retried, as it would in the app.
 */
export function hasNetworkInterface(interfaces = networkInterfaces()): boolean {
  return Object.values(interfaces).some((addresses) =>
    (addresses ?? []).some((address) => !address.internal),
  );
}
