import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedNetwork } from '../../../tests/support/fixed-network';
import { scheduleFeedChecks } from './feed-schedule';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A check the test finishes by hand, counting how often it started. */
function heldCheck() {
  const finishers: Array<() => void> = [];
  let started = 0;
  return {
    started: () => started,
    finish: () => finishers.shift()?.(),
    check: () => {
      started++;
      return new Promise<void>((resolve) => finishers.push(resolve));
    },
  };
}

describe('when the feed is checked', () => {
  it('checks at start, then once a day, not sooner', async () => {
    const check = vi.fn(() => Promise.resolve());
    const schedule = scheduleFeedChecks({ check, network: fixedNetwork(true) });
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(dayMs - hourMs);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(hourMs);
    expect(check).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(dayMs);
    expect(check).toHaveBeenCalledTimes(3);
    schedule.stop();
  });

  it('started offline, checks as soon as the network comes up', async () => {
    const network = fixedNetwork(false);
    const check = vi.fn(() => Promise.resolve());
    const schedule = scheduleFeedChecks({ check, network });
    await vi.advanceTimersByTimeAsync(3 * hourMs);
    expect(check).not.toHaveBeenCalled();
    network.set(true);
    expect(check).toHaveBeenCalledTimes(1);
    schedule.stop();
  });

  it('offline when a check falls due, checks once when the network comes back, and not on every return', async () => {
    const network = fixedNetwork(true);
    const check = vi.fn(() => Promise.resolve());
    const schedule = scheduleFeedChecks({ check, network });
    await vi.advanceTimersByTimeAsync(hourMs);
    network.set(false);
    await vi.advanceTimersByTimeAsync(2 * dayMs);
    expect(check).toHaveBeenCalledTimes(1);
    network.set(true);
    expect(check).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(hourMs);
    network.set(false);
    network.set(true);
    expect(check).toHaveBeenCalledTimes(2);
    schedule.stop();
  });

  it('checks when the network comes back after the computer slept through the day', async () => {
    const network = fixedNetwork(true);
    const check = vi.fn(() => Promise.resolve());
    const schedule = scheduleFeedChecks({ check, network });
    await vi.advanceTimersByTimeAsync(0);
    network.set(false);
    // A sleeping computer's clock moves on while its timers stand still.
    vi.setSystemTime(Date.now() + 2 * dayMs);
    network.set(true);
    expect(check).toHaveBeenCalledTimes(2);
    schedule.stop();
  });

  it('never runs two checks at once, and counts the day from the end of a slow one', async () => {
    const network = fixedNetwork(true);
    const held = heldCheck();
    const schedule = scheduleFeedChecks({ check: held.check, network });
    await vi.advanceTimersByTimeAsync(3 * dayMs);
    network.set(false);
    network.set(true);
    expect(held.started()).toBe(1);
    held.finish();
    await vi.advanceTimersByTimeAsync(dayMs - 1);
    expect(held.started()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(held.started()).toBe(2);
    schedule.stop();
  });

  it('keeps to the schedule after a check fails', async () => {
    const check = vi.fn(() => Promise.reject(new Error('the feed is down')));
    const schedule = scheduleFeedChecks({ check, network: fixedNetwork(true) });
    await vi.advanceTimersByTimeAsync(dayMs);
    expect(check).toHaveBeenCalledTimes(2);
    schedule.stop();
  });

  it('checks no more once stopped, whatever the network does', async () => {
    const network = fixedNetwork(true);
    const check = vi.fn(() => Promise.resolve());
    const schedule = scheduleFeedChecks({ check, network });
    await vi.advanceTimersByTimeAsync(0);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(3 * dayMs);
    network.set(false);
    network.set(true);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('stopped during a check, does not set up the next one', async () => {
    const held = heldCheck();
    const schedule = scheduleFeedChecks({ check: held.check, network: fixedNetwork(true) });
    schedule.stop();
    held.finish();
    await vi.advanceTimersByTimeAsync(2 * dayMs);
    expect(held.started()).toBe(1);
  });
});
