import { describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () =>
  (await import('../../tests/support/fake-electron')).createFakeElectron({ singleInstanceLock: false }),
);
vi.mock('electron', () => electron.module);

describe('a second launch of the desktop app', () => {
  it('quits at once: it opens no data folder, no window and no IPC', async () => {
    await import('./index');
    expect(electron.quit).toHaveBeenCalledOnce();
    expect(electron.whenReady).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
    expect(electron.ipcHandle).not.toHaveBeenCalled();
  });
});
