import { vi } from 'vitest';

/**
 * A stand-in for the parts of Electron the entry (src/main/index.ts) uses, recording what the
 * entry does with them; the real binary cannot run here. Each test file makes its own, so each
 * imports the entry afresh.
 */
export function createFakeElectron(options: { singleInstanceLock?: boolean } = {}) {
  const state = {
    appHandlers: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as {
      options: Record<string, unknown>;
      loadFile: ReturnType<typeof vi.fn>;
      focus: ReturnType<typeof vi.fn>;
      webContents: unknown;
    }[],
    mainFrame: { url: 'file:///app/out/renderer/index.html' },
    appPath: '',
    userData: '',
    ipcHandle: vi.fn<(channel: string, listener: unknown) => void>(),
    openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
    setPermissionRequestHandler: vi.fn<(handler: unknown) => void>(),
    showErrorBox: vi.fn<(title: string, content: string) => void>(),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    sendToPage: vi.fn<(channel: string, event: unknown) => void>(),
  };

  class BrowserWindow {
    static getAllWindows = () => state.windows;
    webContents = { mainFrame: state.mainFrame, send: state.sendToPage };
    loadFile = vi.fn(() => Promise.resolve());
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once() {}
    on() {}
    show() {}
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
  }

  const module = {
    app: {
      enableSandbox: state.enableSandbox,
      on: (event: string, handler: (...args: unknown[]) => void) => state.appHandlers.set(event, handler),
      whenReady: state.whenReady,
      getAppPath: () => state.appPath,
      getPath: () => state.userData,
      getVersion: () => '0.1.0',
      quit: state.quit,
      requestSingleInstanceLock: () => options.singleInstanceLock ?? true,
    },
    BrowserWindow,
    dialog: { showErrorBox: state.showErrorBox },
    ipcMain: { handle: state.ipcHandle },
    net: { isOnline: () => true },
    Notification: class {
      static isSupported = () => false;
      show() {}
    },
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: (text: string) => Buffer.from(text),
      decryptString: (data: Buffer) => data.toString(),
    },
    session: { defaultSession: { setPermissionRequestHandler: state.setPermissionRequestHandler } },
    shell: { openExternal: state.openExternal },
  };

  // One object: what a test sets on it (appPath, userData) is what the fake module reads.
  return Object.assign(state, { module });
}
