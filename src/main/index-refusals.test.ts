import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lockDataFolder } from './desk/data-folder-lock';

const electron = await vi.hoisted(async () =>
  (await import('../../tests/support/fake-electron')).createFakeElectron(),
);
vi.mock('electron', () => electron.module);

const folder = mkdtempSync(join(tmpdir(), 'provider-desk-electron-refusal-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the desktop app on a data folder another Provider Desk holds', () => {
  it('says so in an error box, opens no window, and quits', async () => {
    electron.appPath = join(folder, 'app');
    electron.userData = join(folder, 'user-data');
    // Browser mode holds the folder (the lock refuses a second owner in one process as in two).
    const browserMode = lockDataFolder(electron.userData, { transport: 'browser' });
    try {
      await import('./index');
      await vi.waitFor(() => expect(electron.quit).toHaveBeenCalled());
      expect(electron.showErrorBox).toHaveBeenCalledWith(
        'Provider Desk is already open',
        expect.stringMatching(
          /already in use by another Provider Desk \(browser mode, process \d+, started .+\)\. Close it \(for browser mode, press Ctrl\+C in its terminal\), then open Provider Desk again\.$/,
        ),
      );
      expect(electron.windows).toHaveLength(0);
      expect(electron.ipcHandle).not.toHaveBeenCalled();
    } finally {
      browserMode.release();
    }
  });
});
