import type { App, BrowserWindow } from 'electron';

/**
 * One desktop app at a time: a second launch hands over to the first, which comes forward, and
 * then quits. Returns false in that second launch, which must start nothing.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>,
  window: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => bringForward(window()));
  return true;
}

function bringForward(window: BrowserWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
