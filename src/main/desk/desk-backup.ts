import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { localDate } from '../../shared/validation/calendar-date';
import { backupPathFor, partialPathFor, pruneBackups } from './backup-files';
import { isIntactCopy, removeCopy } from './database-copy';

export interface DeskBackupOptions {
  /** The backups folder; made when missing. */
  folder: string;
  now: () => Date;
  nativeBinding?: string;
}

export type BackupOutcome =
  | { kind: 'made'; path: string; date: string }
  | { kind: 'already-made'; path: string }
  | { kind: 'failed'; error: Error };

/**
 * Today's backup of desk.db, unless there is one already, then the seven newest are kept.
 * SQLite's online backup copies a consistent snapshot while the app goes on using desk.db; the
 * copy is written under a temporary name and renamed only once SQLite finds it intact, so a
 * half-written or damaged copy is never taken for a good backup. Never rejects: a backup that
 * fails must not stop the front desk's work.
 */
export async function backUpDeskIfDue(
  db: Database.Database,
  options: DeskBackupOptions,
): Promise<BackupOutcome> {
  // "Daily" means the clinic's day, not UTC's.
  const today = localDate(options.now());
  const target = backupPathFor(options.folder, today);
  if (existsSync(target)) return { kind: 'already-made', path: target };
  const partial = partialPathFor(options.folder, today);
  try {
    mkdirSync(options.folder, { recursive: true });
    removeCopy(partial);
    await db.backup(partial);
    if (!isIntactCopy(partial, options.nativeBinding)) {
      throw new Error('the copy of desk.db did not pass SQLite’s quick check');
    }
    renameSync(partial, target);
    pruneBackups(options.folder, today);
    return { kind: 'made', path: target, date: today };
  } catch (error) {
    removeCopy(partial);
    return { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
  }
}
