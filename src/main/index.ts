import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  net,
  Notification,
  safeStorage,
  session,
  shell,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ipcEventChannel } from '../shared/api-events';
import { shippedDirectoryPath, shippedNuccTaxonomyPath, shippedTrustedKeysPath } from './app-paths';
import { DataFolderInUseError } from './desk/data-folder-lock';
import { startDeskServices, type RunningDeskServices } from './desk-services';
import { electronSqliteBindingPath } from './electron/electron-sqlite-binding';
import { registerFileStaging, registerIpcHandlers } from './electron/register-ipc';
import { notifyDeliveryFailure } from './electron/delivery-notification';
import { createSafeStorageSecretStore } from './electron/safe-storage-secret-store';
import { decideExternalUrl, linkHostsOf } from './electron/url-policy';
import { createMainWindow } from './electron/main-window';
import { bringForward, claimSingleInstance } from './electron/single-instance';

/**
 * The Electron entry: one window, the security checklist, IPC registration. Everything else
 * lives in domain code that runs under plain Node too.
 */
let mainWindow: BrowserWindow | null = null;
let services: RunningDeskServices | null = null;
let allowedLinkHosts: ReadonlySet<string> = new Set();

function openExternallyIfAllowed(url: string): void {
  if (decideExternalUrl(url, allowedLinkHosts) === 'open-externally') void shell.openExternal(url);
}

/** Every web contents, present or future: no navigation away, no new windows, no webviews. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternallyIfAllowed(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternallyIfAllowed(url);
    return { action: 'deny' };
  });
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    mainWindow !== null &&
    frame !== null &&
    frame === mainWindow.webContents.mainFrame &&
    frame.url.startsWith('file://')
  );
}

/** The build lives in out/ under the app's folder (or its app.asar once packaged). */
function buildDir(): string {
  return join(app.getAppPath(), 'out');
}

function openMainWindow(): void {
  mainWindow = createMainWindow(join(buildDir(), 'preload', 'index.js'));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadFile(join(buildDir(), 'renderer', 'index.html'));
}

function startServices(): RunningDeskServices {
  const nativeBinding = electronSqliteBindingPath(app.getAppPath(), process.versions.modules);
  return startDeskServices({
    isOnline: () => net.isOnline(),
    userDataDir: app.getPath('userData'),
    directoryPath: shippedDirectoryPath(buildDir()),
    trustedKeysPath: shippedTrustedKeysPath(buildDir()),
    nuccCsvPath: shippedNuccTaxonomyPath(buildDir()),
    appVersion: app.getVersion(),
    transport: 'electron',
    nativeBinding: existsSync(nativeBinding) ? nativeBinding : undefined,
    secrets: createSafeStorageSecretStore(safeStorage, join(app.getPath('userData'), 'mail-password.bin')),
    onDeliveryFailed: (subject, reason) => notifyDeliveryFailure(Notification, subject, reason),
  });
}

/** Why the app could not start, and what to do, in the words of the error box. */
function startFailure(error: unknown): [title: string, message: string] {
  if (error instanceof DataFolderInUseError) {
    return [
      'Provider Desk is already open',
      `${error.message} Close it (for browser mode, press Ctrl+C in its terminal), then open Provider Desk again.`,
    ];
  }
  return ['Provider Desk could not start', error instanceof Error ? error.message : String(error)];
}

/** A second launch: the window comes forward, or opens again if it was closed but the app runs on. */
function showWindow(): void {
  if (mainWindow) bringForward(mainWindow);
  else if (services && !quitting) openMainWindow();
}

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => lockDown(contents));
app.on('window-all-closed', () => app.quit());
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});
let closed = false;
app.on('will-quit', (event) => {
  if (closed || !services) return;
  // Let a send in progress record its result before desk.db closes, or it would be sent twice.
  event.preventDefault();
  void services.close().finally(() => {
    closed = true;
    app.quit();
  });
});

function whenReady(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'clipboard-sanitized-write'),
  );
  try {
    services = startServices();
  } catch (error) {
    dialog.showErrorBox(...startFailure(error));
    app.quit();
    return;
  }
  allowedLinkHosts = linkHostsOf(services.directory.info().linkUrls);
  registerIpcHandlers(ipcMain, services.handlers, isTrustedSender, services.log);
  registerFileStaging(ipcMain, services.staging, isTrustedSender);
  services.events.subscribe((message) => mainWindow?.webContents.send(ipcEventChannel, message));
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

if (claimSingleInstance(app, showWindow)) void app.whenReady().then(whenReady);
