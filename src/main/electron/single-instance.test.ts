import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './single-instance';

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

function fakeWindow(minimized: boolean) {
  return {
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('one desktop app at a time', () => {
  it('a second launch quits at once and starts nothing', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(asApp(app), () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('the first brings its window forward, restored, when another launch is tried', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(asApp(app), () => window as unknown as BrowserWindow)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.handlers.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
