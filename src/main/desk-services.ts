import type { ApiHandlers } from './api/api-handlers';
import { deskBackupsPath, deskDatabasePath, logFolderPath, stagedFilesPath } from './app-paths';
import { createDeskHandlers } from './desk-handlers';
import { startDailyBackups, type DailyBackups } from './desk/daily-backups';
import { lockDataFolder, type DataFolderLock } from './desk/data-folder-lock';
import { deskSchemaVersion } from './desk/open-desk-db';
import { openDeskWithRecovery, type OpenedDesk } from './desk/open-desk-with-recovery';
import type { DirectoryService } from './directory/directory-service';
import type { SwitchableDirectory } from './directory/switchable-directory';
import { scheduleFeedChecks } from './directory-feed/feed-schedule';
import {
  openUpdatableDirectory,
  type DirectoryUpdaterOptions,
  type DirectoryUpdater,
} from './directory-updates/directory-updater';
import { createDirectoryUpdateService } from './directory-updates/directory-update-service';
import { createFileStaging, type FileStaging } from './imports/staged-files';
import { createOnlineLookup } from './npi-registry/npi-online-lookup';
import { createProviderDataService } from './npi-registry/provider-data-service';
import { createNetworkDataService } from './plan-net/import/network-data-service';
import type { SecretStore } from './outbox/secret-store';
import { createEventHub, type EventHub } from './events/event-hub';
import { openDeskLog, type DeskLog } from './logging/desk-log';
import { describeError } from './logging/scrub-text';
import { hasNetworkInterface, watchNetwork } from './network/network-status';
import { runtimeVersions } from './runtime-versions';

export interface DeskServicesOptions {
  userDataDir: string;
  /** The directory built into the app: the floor a downloaded update must be newer than. */
  directoryPath: string;
  /** The publishers' public keys shipped with the app (resources/trusted-keys). */
  trustedKeysPath: string;
  /** The NUCC taxonomy code set shipped with the app (resources/nucc), read by registry imports. */
  nuccCsvPath: string;
  /** The NPI registry's online API; its public address when absent. */
  npiApiUrl?: string;
  appVersion: string;
  transport: 'electron' | 'browser';
  /** better-sqlite3's addon for Electron's ABI; Node's own build is used when absent. */
  nativeBinding?: string;
  /** Where the mail password is kept: safeStorage in the app, memory in browser mode. */
  secrets: SecretStore;
  /** Told when a message fails for good (the app shows a desktop notification). */
  onDeliveryFailed?: (subject: string, reason: string) => void;
  /** The clock: which day's backup is due, and the outbox's times. */
  now?: () => Date;
  /** Whether the computer has a network: Electron's `net.isOnline` in the app; the interfaces otherwise. */
  isOnline?: () => boolean;
  /** How long a delivery's lease lasts without renewal (see outbox-sender.ts). */
  leaseMs?: number;
  /** The first wait before asking a Plan-Net server again after a 429 or 5xx; tests shorten it. */
  planNetRetryDelayMs?: number;
}

export interface RunningDeskServices {
  handlers: ApiHandlers;
  directory: DirectoryService;
  /** What changed, for the transports to pass on to the page. */
  events: EventHub;
  /** Files the page chose for import, handed over by the transports. */
  staging: FileStaging;
  /** The log in `<userDataDir>/logs`; the transports record refused and failed calls in it. */
  log: DeskLog;
  /** Today's backup of desk.db, if it is not made yet; the one in progress if it is being made. */
  backUpIfDue: DailyBackups['backUpIfDue'];
  /** Waits for a send or a backup in progress to finish, then closes the databases. */
  close(): Promise<void>;
}

/** Filled in once the event hub and outbox exist; the directory opens before them. */
type DirectoryHooks = Partial<Pick<DirectoryUpdaterOptions, 'onChanged' | 'onMailboxesRetired'>>;

/**
 * Everything main runs, put together once; both the Electron entry and browser mode start here.
 * The data folder is claimed first: a second process on it is refused before it reads, writes
 * or logs anything there (DataFolderInUseError).
 */
export function startDeskServices(options: DeskServicesOptions): RunningDeskServices {
  const folderLock = lockDataFolder(options.userDataDir, {
    transport: options.transport,
    now: options.now,
    nativeBinding: options.nativeBinding,
  });
  try {
    return startOnOwnedFolder(options, folderLock);
  } catch (error) {
    folderLock.release();
    throw error;
  }
}

function startOnOwnedFolder(options: DeskServicesOptions, folderLock: DataFolderLock): RunningDeskServices {
  const log = openDeskLog(logFolderPath(options.userDataDir), { now: options.now });
  let directory: SwitchableDirectory | undefined;
  let updater: DirectoryUpdater | undefined;
  let opened: OpenedDesk | undefined;
  try {
    const hooks: DirectoryHooks = {};
    ({ directory, updater } = openUpdatableDirectory({
      userDataDir: options.userDataDir,
      builtInPath: options.directoryPath,
      appKeysFolder: options.trustedKeysPath,
      nativeBinding: options.nativeBinding,
      now: options.now,
      log,
      onChanged: (status) => hooks.onChanged?.(status),
      onMailboxesRetired: (retirements) => hooks.onMailboxesRetired?.(retirements),
    }));
    opened = openDeskWithRecovery(
      deskDatabasePath(options.userDataDir),
      deskBackupsPath(options.userDataDir),
      {
        appVersion: options.appVersion,
        nativeBinding: options.nativeBinding,
        now: options.now,
      },
    );
    return wireServices(options, { log, directory, updater, hooks, opened, folderLock });
  } catch (error) {
    log.error('app.startFailed', { appVersion: options.appVersion, detail: describeError(error) });
    opened?.db.close();
    directory?.close();
    throw error;
  }
}

/** The services over an owned folder, an open directory and desk.db. */
function wireServices(
  options: DeskServicesOptions,
  parts: {
    log: DeskLog;
    directory: SwitchableDirectory;
    updater: DirectoryUpdater;
    hooks: DirectoryHooks;
    opened: OpenedDesk;
    folderLock: DataFolderLock;
  },
): RunningDeskServices {
  const { log, directory, updater, hooks, opened, folderLock } = parts;
  const desk = opened.db;
  if (opened.recovery) log.error('desk.restored', { backupDate: opened.recovery.restoredFrom ?? 'none' });
  const events = createEventHub();
  const network = watchNetwork(options.isOnline ?? hasNetworkInterface);
  const directoryUpdates = createDirectoryUpdateService(updater);
  const staging = createFileStaging(stagedFilesPath(options.userDataDir));
  const providers = createProviderDataService({
    userDataDir: options.userDataDir,
    nuccCsvPath: options.nuccCsvPath,
    nativeBinding: options.nativeBinding,
    staging,
    online: createOnlineLookup({
      baseUrl: options.npiApiUrl,
      isOnline: () => network.online(),
      now: options.now,
    }),
    log,
    now: options.now,
    onChanged: (status) => events.emit('providers.changed', status),
  });
  const planNetwork = createNetworkDataService({
    userDataDir: options.userDataDir,
    nuccCsvPath: options.nuccCsvPath,
    nativeBinding: options.nativeBinding,
    staging,
    log,
    now: options.now,
    retryDelayMs: options.planNetRetryDelayMs,
    onChanged: (status) => events.emit('network.changed', status),
  });
  const { handlers, outbox } = createDeskHandlers({
    appVersion: options.appVersion,
    transport: options.transport,
    directory,
    directoryUpdates,
    providers,
    planNetwork,
    desk,
    deskRecovery: opened.recovery,
    secrets: options.secrets,
    events,
    network,
    log,
    now: options.now,
    leaseMs: options.leaseMs,
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
  hooks.onChanged = (status) => events.emit('directory.changed', status);
  hooks.onMailboxesRetired = (retirements) => outbox.holdForRetiredMailboxes(retirements);
  // An update applied while the app was closed (npm run import) retired these before this start.
  outbox.holdForRetiredMailboxes(updater.retirements());
  const feedChecks = scheduleFeedChecks({
    // A failed check is recorded in the status the page shows; the next one is a day later.
    check: () =>
      directoryUpdates.checkFeed().then(
        () => undefined,
        () => undefined,
      ),
    network,
  });
  void outbox.start();
  const backups = startDailyBackups(desk, {
    folder: deskBackupsPath(options.userDataDir),
    now: options.now ?? (() => new Date()),
    nativeBinding: options.nativeBinding,
    onMade: (date) => log.info('desk.backedUp', { backupDate: date }),
    onFailed: (error) => log.error('desk.backupFailed', { detail: describeError(error) }),
  });
  return {
    handlers,
    directory,
    events,
    staging,
    log,
    backUpIfDue: backups.backUpIfDue,
    async close() {
      feedChecks.stop();
      network.stop();
      try {
        await Promise.all([outbox.stop(), backups.stop(), providers.close(), planNetwork.close()]);
        log.info('app.stopped');
      } finally {
        directory.close();
        desk.close();
        folderLock.release();
      }
    },
  };
}
