import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../shared/api-channels';
import { buildDirectoryDatabase } from './directory/build-directory-db';
import { loadDirectoryPack } from './directory/load-directory-pack';
import { fakeContractRequest } from '../../tests/support/fake-forms';
import { seedPackPath } from '../../tests/support/shipped-directory';

const electron = await vi.hoisted(async () =>
  (await import('../../tests/support/fake-electron')).createFakeElectron(),
);
vi.mock('electron', () => electron.module);

const folder = mkdtempSync(join(tmpdir(), 'provider-desk-electron-'));

beforeAll(async () => {
  electron.appPath = join(folder, 'app');
  electron.userData = join(folder, 'user-data');
  mkdirSync(join(electron.appPath, 'out', 'data'), { recursive: true });
  buildDirectoryDatabase(
    loadDirectoryPack(seedPackPath),
    join(electron.appPath, 'out', 'data', 'directory.db'),
  );
  await import('./index');
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
});

afterAll(async () => {
  electron.appHandlers.get('will-quit')?.({ preventDefault: () => undefined });
  // Quitting waits for the start-up backup; the folder goes only after that.
  await vi.waitFor(() => expect(electron.quit).toHaveBeenCalled());
  rmSync(folder, { recursive: true, force: true });
});

/** A web contents as Electron hands it to 'web-contents-created', recording what the entry attaches. */
function fakeWebContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  electron.appHandlers.get('web-contents-created')?.({}, contents);
  return { listeners, open: (url: string) => openHandler?.({ url }) };
}

describe('the Electron entry', () => {
  it('brings its window forward when the app is launched again', () => {
    const [window] = electron.windows;
    electron.appHandlers.get('second-instance')?.();
    expect(window?.focus).toHaveBeenCalledOnce();
    expect(electron.windows).toHaveLength(1);
  });

  it('turns on the sandbox for every renderer before the app is ready', () => {
    expect(electron.enableSandbox).toHaveBeenCalled();
  });

  it('opens one window with the security checklist and the built preload', () => {
    const [window] = electron.windows;
    const preferences = window?.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: join(electron.appPath, 'out', 'preload', 'index.js'),
    });
    expect(window?.loadFile).toHaveBeenCalledWith(join(electron.appPath, 'out', 'renderer', 'index.html'));
  });

  it('registers every contract channel on IPC, and the file handoff for imports, nothing else', () => {
    const registered = electron.ipcHandle.mock.calls.map(([channel]) => channel);
    expect(registered.sort()).toEqual(
      [...apiChannels.map((channel) => `desk:${channel}`), 'desk:stage-file'].sort(),
    );
  });

  it('takes a chosen file by its path from the app’s own frame only, and refuses what is not a file', () => {
    const stage = electron.ipcHandle.mock.calls.find(([channel]) => channel === 'desk:stage-file')?.[1] as (
      event: unknown,
      path: unknown,
    ) => { ok: boolean; value?: { stagedFile: string }; error?: { code: string; message: string } };
    const chosen = join(folder, 'npidata_pfile_20050523-20181209.csv');
    writeFileSync(chosen, '"NPI"\r\n');
    expect(stage({ senderFrame: electron.mainFrame }, chosen)).toMatchObject({
      ok: true,
      value: { stagedFile: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    expect(stage({ senderFrame: { url: 'https://evil.example/' } }, chosen)).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(stage({ senderFrame: electron.mainFrame }, folder)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('Choose the file again') },
    });
  });

  it('answers the app’s own frame and refuses any other sender', async () => {
    const search = electron.ipcHandle.mock.calls.find(
      ([channel]) => channel === 'desk:directory.search',
    )?.[1] as (event: unknown, input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;
    expect(await search({ senderFrame: electron.mainFrame }, { query: 'payer' })).toMatchObject({ ok: true });
    expect(await search({ senderFrame: { url: 'https://evil.example/' } }, { query: 'payer' })).toMatchObject(
      {
        ok: false,
        error: { code: 'not-allowed' },
      },
    );
    expect(await search({ senderFrame: null }, { query: 'payer' })).toMatchObject({ ok: false });
  });

  it('denies navigation and new windows, handing only allowed links to the system', () => {
    const contents = fakeWebContents();
    const preventDefault = vi.fn();
    contents.listeners.get('will-navigate')?.({ preventDefault }, 'https://evil.example/');
    expect(preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).not.toHaveBeenCalled();

    expect(contents.open('tel:5034164100')).toEqual({ action: 'deny' });
    expect(contents.open('mailto:claimshelp@careoregon.org')).toEqual({ action: 'deny' });
    expect(contents.open('https://www.ethicspoint.com')).toEqual({ action: 'deny' });
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(electron.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'tel:5034164100',
      'mailto:claimshelp@careoregon.org',
      'https://www.ethicspoint.com',
    ]);

    const attach = vi.fn();
    contents.listeners.get('will-attach-webview')?.({ preventDefault: attach });
    expect(attach).toHaveBeenCalled();
  });

  it('grants the page no permission but writing to the clipboard', () => {
    const handler = electron.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const answers = ['clipboard-sanitized-write', 'geolocation', 'media', 'notifications'].map(
      (permission) => {
        let granted = false;
        handler({}, permission, (answer) => (granted = answer));
        return granted;
      },
    );
    expect(answers).toEqual([true, false, false, false]);
  });

  it('passes what main announces to the page over IPC, with the outbox’s new status', async () => {
    const queue = electron.ipcHandle.mock.calls.find(([channel]) => channel === 'desk:forms.queue')?.[1] as (
      event: unknown,
      input: unknown,
    ) => Promise<{ ok: boolean }>;
    const result = await queue(
      { senderFrame: electron.mainFrame },
      { formId: 'new-contract-request', values: fakeContractRequest, draftId: null },
    );
    expect(result.ok).toBe(true);
    expect(electron.sendToPage).toHaveBeenCalledWith('desk:event', {
      event: 'outbox.changed',
      payload: expect.objectContaining({ counts: expect.objectContaining({ queued: 1 }) }),
    });
  });
});
