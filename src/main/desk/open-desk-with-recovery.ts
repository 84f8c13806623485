import Database from 'better-sqlite3';
import { copyFileSync, renameSync, statSync } from 'node:fs';
import type { DeskRecovery } from '../../shared/api-contract';
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
    try {
      return {
        db: openDeskDatabase(deskPath, options),
        recovery: { restoredFrom: backup.date, damagedFileKeptAt },
      };
    } catch (error) {
      if (!isDeskDamage(error)) throw error;
      removeCopy(deskPath);
    }
  }
  return { db: openDeskDatabase(deskPath, options), recovery: { restoredFrom: null, damagedFileKeptAt } };
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
