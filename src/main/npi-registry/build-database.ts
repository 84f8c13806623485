import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { DeskError } from '../../shared/desk-error';
import type { RegistryFileInfo } from './registry-record';

/**
 * What a full build and a weekly increment share: the file being built, opened for speed, and
 * its end: the file recorded, the checks, and the switch to a journal readers can open.
 */
export interface BuildFile {
  readonly db: Database.Database;
  readonly path: string;
  /** The id the file being applied gets in the files table; providers name it as their source. */
  readonly fileId: number;
}

/**
 * Nobody reads the file until it is checked and renamed into place, so nothing needs journaling.
 * Rows are only appended, so a large page cache would buy nothing but memory.
 */
export function openForBuild(path: string, nativeBinding: string | undefined): Database.Database {
  const db = new Database(path, { nativeBinding });
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -16384');
  db.pragma('threads = 2');
  return db;
}

/** Whether a provider practising in `state` is kept: every state when none were chosen. */
export function keepsState(states: ReadonlySet<string> | null, state: string): boolean {
  return states === null || states.has(state);
}

export function recordFile(build: BuildFile, info: RegistryFileInfo, appliedAt: string, rows: number): void {
  build.db
    .prepare(
      'INSERT INTO files (id, file_name, file_date, coverage, applied_at, rows) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(build.fileId, info.fileName, info.fileDate, info.coverage, appliedAt, rows);
}

/**
 * Checks the built file, commits and closes it. Rollback journal (DELETE) rather than WAL: the
 * file is never written again once built, and a read-only handle opens a rollback-journal file
 * without the -shm file WAL needs, from any thread or process.
 */
export function checkAndClose(build: BuildFile, fileName: string): { providerCount: number } {
  const { db } = build;
  const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
  const problems: string[] = [];
  const integrity = db.pragma('quick_check', { simple: true });

  if (integrity !== 'ok') problems.push(`quick_check: ${String(integrity)}`);
  const indexed = count('SELECT count(*) FROM provider_search');
  const searchable = count('SELECT count(*) FROM providers WHERE kind IS NOT NULL');
  if (indexed !== searchable) problems.push(`${indexed} providers indexed of ${searchable}`);
  const strays = count(
    'SELECT count(*) FROM other_locations o WHERE NOT EXISTS (SELECT 1 FROM providers p WHERE p.npi = o.npi AND p.kind IS NOT NULL)',
  );
  if (strays > 0) problems.push(`${strays} locations of providers not kept`);
  if (problems.length > 0) {
    throw new DeskError(
      'internal',
      `The NPI registry built from ${fileName} did not pass its checks, so the registry in use is unchanged. Import the file again; if this happens again, download it again.`,
      { cause: new Error(problems.join('; ')) },
    );
  }
  const providerCount = count('SELECT count(*) FROM providers');
  db.exec('COMMIT');
  db.pragma('locking_mode = NORMAL');
  db.pragma('journal_mode = DELETE');
  db.close();
  return { providerCount };
}

/** Closes and deletes the file being built; what is already closed or gone is fine. */
export function discard(build: Pick<BuildFile, 'db' | 'path'>): void {
  if (build.db.open) build.db.close();
  rmSync(build.path, { force: true });
}
