import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedNetwork } from '../../../tests/support/fixed-network';
import { scheduleFeedChecks, type FeedSchedule } from './feed-schedule';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const running: FeedSchedule[] = [];

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const schedule of running.splice(0)) schedule.stop();
  vi.useRealTimers();
});

/** Schedules checks on a network the test switches, counting each check started. */
function startChecks(online: boolean, check: () => Promise<void> = () => Promise.resolve()) {
  const network = fixedNetwork(online);
  const counted = vi.fn(check);
  const schedule = scheduleFeedChecks({ check: counted, network });
  running.push(schedule);
  return { network, check: counted, schedule };
}

/** A check the test finishes by hand. */
function heldCheck() {
  const finishers: Array<() => void> = [];
  return {
    finish: () => finishers.shift()?.(),
    check: () => new Promise<void>((resolve) => finishers.push(resolve)),
  };
}

describe('when the feed is checked', () => {
  it('checks at start, then once a day, not sooner', async () => {
    const { check } = startChecks(true);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(dayMs - hourMs);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(hourMs);
    expect(check).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(dayMs);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('started offline, checks as soon as the network comes up', async () => {
    const { network, check } = startChecks(false);
    await vi.advanceTimersByTimeAsync(3 * hourMs);
    expect(check).not.toHaveBeenCalled();
    network.set(true);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('offline when a check falls due, checks once when the network comes back, and not on every return', async () => {
    const { network, check } = startChecks(true);
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
  });

  it('checks when the network comes back after the computer slept through the day', async () => {
    const { network, check } = startChecks(true);
    await vi.advanceTimersByTimeAsync(0);
    network.set(false);
    // A sleeping computer's clock moves on while its timers stand still.
    vi.setSystemTime(Date.now() + 2 * dayMs);
    network.set(true);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('never runs two checks at once, and counts the day from the end of a slow one', async () => {
    const held = heldCheck();
    const { network, check } = startChecks(true, held.check);
    await vi.advanceTimersByTimeAsync(3 * dayMs);
    network.set(false);
    network.set(true);
    expect(check).toHaveBeenCalledTimes(1);
    held.finish();
    await vi.advanceTimersByTimeAsync(dayMs - 1);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('keeps to the schedule after a check fails', async () => {
    const { check } = startChecks(true, () => Promise.reject(new Error('the feed is down')));
    await vi.advanceTimersByTimeAsync(dayMs);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('checks no more once stopped, whatever the network does', async () => {
    const { network, check, schedule } = startChecks(true);
    await vi.advanceTimersByTimeAsync(0);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(3 * dayMs);
    network.set(false);
    network.set(true);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('stopped during a check, does not set up the next one', async () => {
    const held = heldCheck();
    const { check, schedule } = startChecks(true, held.check);
    schedule.stop();
    held.finish();
    await vi.advanceTimersByTimeAsync(2 * dayMs);
    expect(check).toHaveBeenCalledTimes(1);
  });
});
