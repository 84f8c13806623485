import type { NetworkInterfaceInfo } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasNetworkInterface, watchNetwork } from './network-status';

afterEach(() => {
  vi.useRealTimers();
});

describe('the network as main sees it', () => {
  it('tells listeners each time the answer changes, and only then', () => {
    vi.useFakeTimers();
    let up = false;
    const network = watchNetwork(() => up, 1_000);
    const heard: boolean[] = [];
    network.subscribe((online) => heard.push(online));
    expect(network.online()).toBe(false);
    vi.advanceTimersByTime(3_000);
    up = true;
    vi.advanceTimersByTime(1_000);
    vi.advanceTimersByTime(5_000);
    up = false;
    vi.advanceTimersByTime(1_000);
    expect(heard).toEqual([true, false]);
    expect(network.online()).toBe(false);
    network.stop();
    up = true;
    vi.advanceTimersByTime(5_000);
    expect(heard).toEqual([true, false]);
  });

  it('in browser mode, counts an interface other than loopback as a network', () => {
    const loopback = { address: '127.0.0.1', internal: true } as NetworkInterfaceInfo;
    const wired = { address: '192.0.2.2', internal: false } as NetworkInterfaceInfo;
    expect(hasNetworkInterface({ lo: [loopback] })).toBe(false);
    expect(hasNetworkInterface({})).toBe(false);
    expect(hasNetworkInterface({ lo: [loopback], eth0: [wired] })).toBe(true);
  });
});
