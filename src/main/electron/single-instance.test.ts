import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { bringForward, claimSingleInstance } from './single-instance';

function fakeApp(lockGranted: boolean) {
  const handlers = new Map<string, () => void>();
  return {
    handlers,
    requestSingleInstanceLock: vi.fn(() => lockGranted),
    on: vi.fn((event: string, handler: () => void) => handlers.set(event, handler)),
    quit: vi.fn(),
  };
}

/** Electron's `app.on` has an overload per event; the fake takes the one the code uses. */
const asApp = (app: ReturnType<typeof fakeApp>) =>
  app as unknown as Parameters<typeof claimSingleInstance>[0];

describe('one desktop app at a time', () => {
  it('a second launch quits at once and starts nothing', () => {
    const app = fakeApp(false);
    const onSecondLaunch = vi.fn();
    expect(claimSingleInstance(asApp(app), onSecondLaunch)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('the first hears of each later launch', () => {
    const app = fakeApp(true);
    const onSecondLaunch = vi.fn();
    expect(claimSingleInstance(asApp(app), onSecondLaunch)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.handlers.get('second-instance')?.();
    app.handlers.get('second-instance')?.();
    expect(onSecondLaunch).toHaveBeenCalledTimes(2);
  });

  it('brings a minimised window back to the front', () => {
    const window = { isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    bringForward(window as unknown as BrowserWindow);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
