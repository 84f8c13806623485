import Database from 'better-sqlite3';

/** desk.db opened, but SQLite's own check found broken pages in it. */
export class DeskDamagedError extends Error {
  override readonly name = 'DeskDamagedError';
}

/**
 * A file SQLite cannot read as a database, or reads only in part. Not a busy lock, a missing
 * permission or a full disk: those pass, and moving the file aside would not help.
 */
export function isDeskDamage(error: unknown): boolean {
  return (
    error instanceof DeskDamagedError ||
    (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code))
  );
}

/**
 * SQLite's quick check reads every page, so broken pages are found at start-up rather than in
 * the middle of someone's work (a damaged page can sit unnoticed until a query touches it).
 */
export function assertIntact(db: Database.Database): void {
  const verdict = db.pragma('quick_check', { simple: true });
  if (verdict !== 'ok') throw new DeskDamagedError(`SQLite's quick check failed: ${String(verdict)}`);
}
