import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** "The last seven": seven days on which Provider Desk ran, not the last seven calendar days. */
const keptBackups = 7;

/** A good backup's name carries its local date, so the newest sorts first and a day has one. */
const backupName = /^desk-(\d{4}-\d{2}-\d{2})\.db$/;
/** A copy being written, with any journal SQLite keeps beside it; never a backup until renamed. */
const partialName = /^desk-(\d{4}-\d{2}-\d{2})\.db\..+\.partial(?:-journal|-wal|-shm)?$/;

export interface BackupFile {
  /** The local day it was made, YYYY-MM-DD. */
  date: string;
  path: string;
}

export function backupPathFor(folder: string, date: string): string {
  return join(folder, `desk-${date}.db`);
}

/** Where a copy is written before it is checked; the process id keeps two copies of the app apart. */
export function partialPathFor(folder: string, date: string): string {
  return `${backupPathFor(folder, date)}.${process.pid}.partial`;
}

/** The good backups in the folder, newest first; none when the folder does not exist yet. */
export function listBackups(folder: string): BackupFile[] {
  return namesIn(folder)
    .flatMap((name) => {
      const date = backupName.exec(name)?.[1];
      return date ? [{ date, path: join(folder, name) }] : [];
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * Keeps the newest seven backups and drops copies left half-written by a crash on an earlier
 * day (today's may still be being written by another copy of the app).
 */
export function pruneBackups(folder: string, today: string): void {
  for (const old of listBackups(folder).slice(keptBackups)) rmSync(old.path, { force: true });
  for (const name of namesIn(folder)) {
    const date = partialName.exec(name)?.[1];
    if (date && date < today) rmSync(join(folder, name), { force: true });
  }
}

function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
