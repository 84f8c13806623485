import type Database from 'better-sqlite3';
import type { ApiHandlers } from './api/api-handlers';
import { deskDatabasePath } from './app-paths';
import { createDeskHandlers } from './desk-handlers';
import { openDeskDatabase } from './desk/open-desk-db';
import { openDirectory, type DirectoryService } from './directory/directory-service';
import type { SecretStore } from './outbox/secret-store';
import { createEventHub, type EventHub } from './events/event-hub';

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
  /** Try what is due now (the network came back). */
  sendDue(): Promise<void>;
  /** Waits for a send in progress to record its result, then closes the databases. */
  close(): Promise<void>;
}

/** Everything main runs, put together once; both the Electron entry and browser mode start here. */
export function startDeskServices(options: DeskServicesOptions): RunningDeskServices {
  const directory = openDirectory(options.directoryPath, { nativeBinding: options.nativeBinding });
  let desk: Database.Database;
  try {
    desk = openDeskDatabase(deskDatabasePath(options.userDataDir), {
      appVersion: options.appVersion,
      nativeBinding: options.nativeBinding,
    });
  } catch (error) {
    directory.close();
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
    onDeliveryFailed: (item, reason) => options.onDeliveryFailed?.(item.subject, reason),
  });
  void sending.start();
  return {
    handlers,
    directory,
    events,
    sendDue: () => sending.sendDue(),
    async close() {
      await sending.stop();
      directory.close();
      desk.close();
    },
  };
}
