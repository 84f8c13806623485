import type Database from 'better-sqlite3';
import type { ApiHandlers } from './api/api-handlers';
import { deskDatabasePath, logFolderPath } from './app-paths';
import { createDeskHandlers } from './desk-handlers';
import { deskSchemaVersion, openDeskDatabase } from './desk/open-desk-db';
import { openDirectory, type DirectoryService } from './directory/directory-service';
import type { SecretStore } from './outbox/secret-store';
import { createEventHub, type EventHub } from './events/event-hub';
import { openDeskLog, type DeskLog } from './logging/desk-log';
import { describeError } from './logging/scrub-text';
import { runtimeVersions } from './runtime-versions';

export interface DeskServicesOptions {
  userDataDir: string;
  directoryPath: string;
  appVersion: string;
  transport: 'electron' | 'browser';
  /** better-sqlite3's addon for Electron's ABI; Node's own build is used when absent. */
  nativeBinding?: string;
  /** Where the mail password is kept: safeStorage in the app, memory in browser mode. */
  secrets: SecretStore;
  /** Told when a message fails for good (the app shows a desktop notification). */
  onDeliveryFailed?: (subject: string, reason: string) => void;
}

export interface RunningDeskServices {
  handlers: ApiHandlers;
  directory: DirectoryService;
  /** What changed, for the transports to pass on to the page. */
  events: EventHub;
  /** The log in `<userDataDir>/logs`; the transports record refused and failed calls in it. */
  log: DeskLog;
  /** Try what is due now (the network came back). */
  sendDue(): Promise<void>;
  /** Waits for a send in progress to record its result, then closes the databases. */
  close(): Promise<void>;
}

/** Everything main runs, put together once; both the Electron entry and browser mode start here. */
export function startDeskServices(options: DeskServicesOptions): RunningDeskServices {
  const log = openDeskLog(logFolderPath(options.userDataDir));
  let directory: DirectoryService | undefined;
  let desk: Database.Database;
  try {
    directory = openDirectory(options.directoryPath, { nativeBinding: options.nativeBinding });
    desk = openDeskDatabase(deskDatabasePath(options.userDataDir), {
      appVersion: options.appVersion,
      nativeBinding: options.nativeBinding,
    });
  } catch (error) {
    log.error('app.startFailed', { appVersion: options.appVersion, detail: describeError(error) });
    directory?.close();
    throw error;
  }
  const events = createEventHub();
  const { handlers, sending } = createDeskHandlers({
    appVersion: options.appVersion,
    transport: options.transport,
    directory,
    desk,
    secrets: options.secrets,
    events,
    log,
    onDeliveryFailed: (item, reason) => options.onDeliveryFailed?.(item.subject, reason),
  });
  const info = directory.info();
  log.info('app.started', {
    appVersion: options.appVersion,
    transport: options.transport,
    ...runtimeVersions(),
    directoryVersion: info.packVersion,
    entries: info.entryCount,
    schemaVersion: deskSchemaVersion(desk),
  });
  void sending.start();
  const opened = directory;
  return {
    handlers,
    directory: opened,
    events,
    log,
    sendDue: () => sending.sendDue(),
    async close() {
      await sending.stop();
      log.info('app.stopped');
      opened.close();
      desk.close();
    },
  };
}
