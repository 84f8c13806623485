import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { assertIntact } from './desk-damage';

/**
 * Readies a copy of desk.db that is about to be trusted (a new backup, or a backup about to be
 * restored): it becomes a single file (rollback journal, so no -wal beside it to lose on a
 * copy), and it counts as good only if SQLite's quick check passes.
 */
export function isIntactCopy(path: string, nativeBinding?: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true, nativeBinding });
    db.pragma('journal_mode = DELETE');
    assertIntact(db);
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Removes a copy that will not be used, with whatever journal SQLite left beside it. Best effort:
 * it runs while another failure is being handled, and must not hide that one.
 */
export function removeCopy(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    try {
      rmSync(`${path}${suffix}`, { force: true });
    } catch {
      // What is left is replaced by the next copy, or cleared on a later day.
    }
  }
}
