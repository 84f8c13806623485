import Database from 'better-sqlite3';
import { copyFileSync, renameSync, statSync } from 'node:fs';
import type { DeskRecovery } from '../../shared/api-contract';
import { DeskError } from '../../shared/desk-error';
import { spokenDay } from '../../shared/spoken-day';
import { holdRestoredMessages } from '../outbox/hold-restored-messages';
import { listBackups, type BackupFile } from './backup-files';
import { isIntactCopy, removeCopy } from './database-copy';
import { isDeskDamage } from './desk-damage';
import { foundDamaged } from './inspect-desk';
import { openDeskDatabase, type OpenDeskOptions } from './open-desk-db';
import { setAsideDamaged } from './set-aside-damaged';

export interface OpenedDesk {
  db: Database.Database;
  /** What start-up had to do about a damaged desk.db, for the page to tell the user; null when nothing. */
  recovery: DeskRecovery | null;
}

/**
 * Opens desk.db; if SQLite cannot read it, sets it aside and restores the newest backup that
 * passes SQLite's check (older ones if it does not), or starts an empty desk and says so. A file
 * from a newer Provider Desk, a locked file or a missing one are not damage: they are refused,
 * reported or created as before, and never moved.
 */
export function openDeskWithRecovery(
  deskPath: string,
  backupsFolder: string,
  options: OpenDeskOptions,
): OpenedDesk {
  if (!foundDamaged(deskPath, options.nativeBinding) && !truncated(deskPath, backupsFolder)) {
    try {
      return { db: openDeskDatabase(deskPath, options), recovery: null };
    } catch (error) {
      if (!isDeskDamage(error)) throw error;
    }
  }
  const now = (options.now ?? (() => new Date()))();
  const damagedFileKeptAt = setAsideDamaged(deskPath, now);
  for (const backup of listBackups(backupsFolder)) {
    if (!restoreCopy(backup, deskPath, now, options.nativeBinding)) continue;
    const recovery = { restoredFrom: backup.date, damagedFileKeptAt };
    try {
      return { db: openDeskDatabase(deskPath, options), recovery };
    } catch (error) {
      if (!isDeskDamage(error)) throw recoveryNotOpened(recovery, error);
      removeCopy(deskPath);
    }
  }
  const recovery = { restoredFrom: null, damagedFileKeptAt };
  try {
    return { db: openDeskDatabase(deskPath, options), recovery };
  } catch (error) {
    throw recoveryNotOpened(recovery, error);
  }
}

/**
 * The damaged file is already aside when the new desk.db fails to open for another reason (a
 * full disk, another program holding it, a backup from a newer version). The next start would
 * open it without a word, so this is the one chance to say what happened.
 */
function recoveryNotOpened(recovery: DeskRecovery, cause: unknown): DeskError {
  const done = recovery.restoredFrom
    ? `restored the backup of ${spokenDay(recovery.restoredFrom)}`
    : 'started an empty desk, with no good backup to restore';
  const next =
    cause instanceof DeskError
      ? cause.message
      : 'Make sure no other copy of Provider Desk is open and the disk has room, then start it again.';
  return new DeskError(
    'internal',
    `Provider Desk found its saved data damaged, kept the damaged file at ${recovery.damagedFileKeptAt} and ${done}, but could not open it. ${next}`,
    { cause },
  );
}

/**
 * An empty file is a valid empty database to SQLite, but where backups exist desk.db once held
 * data: it was cut short (a full disk, a sync tool), which is damage too.
 */
function truncated(deskPath: string, backupsFolder: string): boolean {
  return statSync(deskPath, { throwIfNoEntry: false })?.size === 0 && listBackups(backupsFolder).length > 0;
}

/**
 * The backup is copied, checked and its unsent messages held under another name first, so desk.db
 * is never a half copy and never a restored outbox that would send on its own.
 */
function restoreCopy(backup: BackupFile, deskPath: string, now: Date, nativeBinding?: string): boolean {
  const restoring = `${deskPath}.restoring`;
  try {
    removeCopy(restoring);
    copyFileSync(backup.path, restoring);
    if (!isIntactCopy(restoring, nativeBinding)) throw new Error('backup did not pass the check');
    const copy = new Database(restoring, { fileMustExist: true, nativeBinding });
    try {
      holdRestoredMessages(copy, backup.date, now);
    } finally {
      copy.close();
    }
    renameSync(restoring, deskPath);
    return true;
  } catch {
    removeCopy(restoring);
    return false;
  }
}
