import type { App, BrowserWindow } from 'electron';

/**
 * One desktop app at a time: a second launch hands over to the first (which shows its window)
 * and then quits. Returns false in that second launch, which must start nothing.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>,
  onSecondLaunch: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', onSecondLaunch);
  return true;
}

/** The window comes to the front, restored if it was minimised. */
export function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
