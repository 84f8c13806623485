import type { ApiHandlers } from './api/api-handlers';
import { deskBackupsPath, deskDatabasePath } from './app-paths';
import { createDeskHandlers } from './desk-handlers';
import { startDailyBackups, type DailyBackups } from './desk/daily-backups';
import { openDeskWithRecovery, type OpenedDesk } from './desk/open-desk-with-recovery';
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
  /** Told when a daily backup of desk.db fails; the app carries on. Logged when absent. */
  onBackupFailed?: (error: Error) => void;
  /** The clock: which day's backup is due, and the outbox's times. */
  now?: () => Date;
}

export interface RunningDeskServices {
  handlers: ApiHandlers;
  directory: DirectoryService;
  /** What changed, for the transports to pass on to the page. */
  events: EventHub;
  /** Try what is due now (the network came back). */
  sendDue(): Promise<void>;
  /** Today's backup of desk.db, if it is not made yet; the one in progress if it is being made. */
  backUpIfDue: DailyBackups['backUpIfDue'];
  /** Waits for a send or a backup in progress to finish, then closes the databases. */
  close(): Promise<void>;
}

/** Only the error's own text: it names files, never what is in them. */
function logBackupFailure(error: Error): void {
  console.error('[provider-desk] backup of desk.db failed:', error.message);
}

/** Everything main runs, put together once; both the Electron entry and browser mode start here. */
export function startDeskServices(options: DeskServicesOptions): RunningDeskServices {
  const directory = openDirectory(options.directoryPath, { nativeBinding: options.nativeBinding });
  let opened: OpenedDesk;
  try {
    opened = openDeskWithRecovery(
      deskDatabasePath(options.userDataDir),
      deskBackupsPath(options.userDataDir),
      {
        appVersion: options.appVersion,
        nativeBinding: options.nativeBinding,
        now: options.now,
      },
    );
  } catch (error) {
    directory.close();
    throw error;
  }
  const desk = opened.db;
  const events = createEventHub();
  const { handlers, sending } = createDeskHandlers({
    appVersion: options.appVersion,
    transport: options.transport,
    directory,
    desk,
    deskRecovery: opened.recovery,
    secrets: options.secrets,
    events,
    now: options.now,
    onDeliveryFailed: (item, reason) => options.onDeliveryFailed?.(item.subject, reason),
  });
  void sending.start();
  const backups = startDailyBackups(desk, {
    folder: deskBackupsPath(options.userDataDir),
    now: options.now ?? (() => new Date()),
    nativeBinding: options.nativeBinding,
    onFailed: options.onBackupFailed ?? logBackupFailure,
  });
  return {
    handlers,
    directory,
    events,
    sendDue: () => sending.sendDue(),
    backUpIfDue: backups.backUpIfDue,
    async close() {
      await Promise.all([sending.stop(), backups.stop()]);
      directory.close();
      desk.close();
    },
  };
}
