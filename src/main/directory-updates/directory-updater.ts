import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError } from '../../shared/desk-error';
import type { DirectoryEntry } from '../../shared/directory-pack';
import type { DirectoryStatus } from '../../shared/directory-update';
import type { MailboxRetirement } from '../../shared/mailbox-retirement';
import { compareVersions } from '../../shared/pack-version';
import { localDate } from '../../shared/validation/calendar-date';
import { openDirectory, type DirectoryService } from '../directory/directory-service';
import { createSwitchableDirectory, type SwitchableDirectory } from '../directory/switchable-directory';
import type { DeskLog } from '../logging/desk-log';
import { compareDirectories, retiredMailboxes } from './compare-directories';
import { PackRefusedError } from './pack-refused-error';
import type { UpdateProgress } from './prepare-update';
import { prepareUpdateInWorker } from './run-update-worker';
import {
  readUpdateState,
  removeUnusedFiles,
  updatesFolder,
  writeUpdateState,
  type UpdateState,
} from './update-state';

export interface DirectoryUpdaterOptions {
  userDataDir: string;
  /** The directory built into this copy of Provider Desk: the floor no older update goes below. */
  builtInPath: string;
  /** The publisher keys shipped with the app; `<data folder>/trusted-keys` is added to them. */
  appKeysFolder: string;
  nativeBinding?: string;
  now?: () => Date;
  log?: DeskLog;
  /** Told the new status after every switch and feed check, for the page. */
  onChanged?: (status: DirectoryStatus) => void;
  /** Told the mailboxes a switch took away, so the outbox can hold what was queued to them. */
  onMailboxesRetired?: (retirements: MailboxRetirement[]) => void;
}

export interface ApplyOptions {
  signal?: AbortSignal;
  onProgress?: (progress: UpdateProgress) => void;
}

export interface DirectoryUpdater {
  status(): DirectoryStatus;
  /**
   * Checks, builds aside and switches to a signed pack; refuses with PackRefusedError. The bytes
   * are handed over, not copied: packBytes may be empty once this returns.
   */
  apply(packBytes: Uint8Array, signatureText: string, options?: ApplyOptions): Promise<DirectoryStatus>;
  /** Goes back to the directory in use before the last update. */
  undo(): DirectoryStatus;
  /** The mailboxes the directory in use retired, for the outbox at start-up. */
  retirements(): MailboxRetirement[];
  /** The banner about the last update has been seen: it is not shown again. */
  markSeen(): DirectoryStatus;
  /** Saves the feed address (already checked by the caller) or clears it. */
  saveFeed(feedUrl: string | null): DirectoryStatus;
  recordFeedCheck(outcome: string): DirectoryStatus;
}

/** The directory in use, and the one way it changes: a signed update switched in whole, or undone. */
export function openUpdatableDirectory(options: DirectoryUpdaterOptions): {
  directory: SwitchableDirectory;
  updater: DirectoryUpdater;
} {
  const folder = updatesFolder(options.userDataDir);
  const now = options.now ?? (() => new Date());
  const open = (path: string) => openDirectory(path, { nativeBinding: options.nativeBinding });
  const builtIn = open(options.builtInPath);
  const builtInVersion = builtIn.info().packVersion;

  let state = readUpdateState(folder);
  let inUse = chooseAtStart();
  const directory = createSwitchableDirectory(inUse.service);
  removeUnusedFiles(folder, state);
  let applying = false;

  /** A downloaded update newer than the built-in directory, if its file opens; else the built-in one. */
  function chooseAtStart(): { service: DirectoryService; file: string | null } {
    const current = state.current;
    if (current && compareVersions(current.version, builtInVersion) > 0) {
      const path = join(folder, current.file);
      if (existsSync(path)) {
        try {
          const service = open(path);
          builtIn.close();
          return { service, file: current.file };
        } catch {
          // An unreadable update file: the built-in directory still works.
        }
      }
    }
    return { service: builtIn, file: null };
  }

  function status(): DirectoryStatus {
    const info = directory.info();
    const fromUpdate = inUse.file !== null;
    return {
      plan: info.plan,
      version: info.packVersion,
      origin: fromUpdate ? 'update' : 'built-in',
      builtInVersion,
      undoTo: fromUpdate && state.previous ? undoTarget(state.previous).version : null,
      lastUpdate: lastUpdateInUse(),
      feedUrl: state.feedUrl,
      lastFeedCheck: state.lastFeedCheck,
    };
  }

  /**
   * Where undo goes: the saved previous directory, unless the built-in one is as new (a newer
   * Provider Desk brought it), which is then the floor undo may not go below.
   */
  function undoTarget(previous: NonNullable<UpdateState['previous']>): {
    version: string;
    file: string | null;
  } {
    if (previous.file === null || compareVersions(previous.version, builtInVersion) <= 0) {
      return { version: builtInVersion, file: null };
    }
    return { version: previous.version, file: previous.file };
  }

  /** The last switch, if it led to the directory in use; a newer built-in one makes it history. */
  function lastUpdateInUse(): UpdateState['lastUpdate'] {
    const last = state.lastUpdate;
    return last && last.toVersion === directory.info().packVersion ? last : null;
  }

  function save(next: UpdateState): DirectoryStatus {
    writeUpdateState(folder, next);
    state = next;
    return status();
  }

  /** The switch: state.json names the new file first, then searches move to it. */
  function switchTo(next: { service: DirectoryService; file: string | null }, nextState: UpdateState): void {
    try {
      writeUpdateState(folder, nextState);
    } catch (error) {
      next.service.close();
      throw error;
    }
    state = nextState;
    inUse = next;
    directory.switchTo(next.service);
    try {
      removeUnusedFiles(folder, state);
    } catch {
      // Housekeeping: the switch is done, and the next start removes what is left.
    }
  }

  function announce(retirements: MailboxRetirement[]): DirectoryStatus {
    const current = status();
    options.onChanged?.(current);
    if (retirements.length > 0) options.onMailboxesRetired?.(retirements);
    return current;
  }

  return {
    directory,
    updater: {
      status,
      async apply(packBytes, signatureText, applyOptions = {}) {
        if (applying) {
          throw new DeskError(
            'in-use',
            'A directory update is already being applied. Wait for it to finish.',
          );
        }
        applying = true;
        try {
          const fromVersion = directory.info().packVersion;
          const prepared = await prepareUpdateInWorker(
            {
              packBytes,
              signatureText,
              keyFolders: [options.appKeysFolder, join(options.userDataDir, 'trusted-keys')],
              inUsePath: inUse.file ? join(folder, inUse.file) : options.builtInPath,
              folder,
              nativeBinding: options.nativeBinding,
              today: localDate(now()),
            },
            applyOptions,
          );
          applyOptions.onProgress?.({ step: 'switching' });
          const service = open(join(folder, prepared.file));
          switchTo(
            { service, file: prepared.file },
            {
              ...state,
              current: { version: prepared.version, file: prepared.file },
              previous: { version: fromVersion, file: inUse.file },
              retirements: prepared.retirements,
              lastUpdate: {
                fromVersion,
                toVersion: prepared.version,
                appliedAt: now().toISOString(),
                undo: false,
                changes: prepared.changes,
                seen: false,
              },
            },
          );
          options.log?.info('directory.updated', {
            fromVersion,
            directoryVersion: prepared.version,
            entries: prepared.entryCount,
          });
          return announce(prepared.retirements);
        } catch (error) {
          if (error instanceof PackRefusedError) {
            options.log?.warn('directory.updateRefused', { reason: error.reason });
          }
          throw error;
        } finally {
          applying = false;
        }
      },
      undo() {
        const previous = state.previous;
        if (applying || !previous || inUse.file === null) {
          throw new DeskError('not-allowed', 'There is no directory update to undo.');
        }
        const target = undoTarget(previous);
        let service: DirectoryService;
        let after: DirectoryEntry[];
        try {
          service = open(target.file ? join(folder, target.file) : options.builtInPath);
        } catch (cause) {
          throw new DeskError(
            'internal',
            `The directory version ${target.version} to go back to could not be opened, so the update was not undone.`,
            { cause },
          );
        }
        try {
          after = service.entries();
        } catch (error) {
          service.close();
          throw error;
        }
        const before = directory.entries();
        const fromVersion = directory.info().packVersion;
        const retirements = retiredMailboxes(before, after, localDate(now()));
        switchTo(
          { service, file: target.file },
          {
            ...state,
            retirements,
            current: target.file ? { version: target.version, file: target.file } : null,
            previous: null,
            lastUpdate: {
              fromVersion,
              toVersion: target.version,
              appliedAt: now().toISOString(),
              undo: true,
              changes: compareDirectories(before, after),
              seen: false,
            },
          },
        );
        options.log?.info('directory.undone', { fromVersion, directoryVersion: target.version });
        return announce(retirements);
      },
      retirements: () => (lastUpdateInUse() ? state.retirements : []),
      markSeen() {
        if (!state.lastUpdate || state.lastUpdate.seen) return status();
        return save({ ...state, lastUpdate: { ...state.lastUpdate, seen: true } });
      },
      saveFeed(feedUrl) {
        return save({ ...state, feedUrl, lastFeedCheck: null });
      },
      recordFeedCheck(outcome) {
        const next = save({ ...state, lastFeedCheck: { at: now().toISOString(), outcome } });
        options.onChanged?.(next);
        return next;
      },
    },
  };
}
