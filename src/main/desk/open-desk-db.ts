import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DeskError } from '../../shared/desk-error';
import { deskMigrations } from './desk-migrations';

export interface OpenDeskOptions {
  appVersion: string;
  nativeBinding?: string;
  now?: () => Date;
}

/**
 * Opens (creating if needed) the user's desk.db: WAL so reads never wait on the writer, foreign
 * keys on, and every pending migration applied in one transaction each.
 */
export function openDeskDatabase(path: string, options: OpenDeskOptions): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    db.prepare('INSERT INTO app_opened (opened_at, app_version) VALUES (?, ?)').run(
      (options.now?.() ?? new Date()).toISOString(),
      options.appVersion,
    );
    return db;
  } catch (cause) {
    db.close();
    throw cause;
  }
}

/** Which migration desk.db is at: for the migrations, and for diagnostics. */
export function deskSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** A newer Provider Desk's file: this version must not migrate it, nor judge it damaged. */
export function writtenByNewerVersion(db: Database.Database): boolean {
  return deskSchemaVersion(db) > deskMigrations.length;
}

/**
 * Each step runs in an IMMEDIATE transaction that re-reads the version inside it: the desktop app
 * and browser mode may open the same desk.db at once, and only one of them may apply a step.
 */
function migrate(db: Database.Database): void {
  if (writtenByNewerVersion(db)) {
    throw new DeskError(
      'internal',
      'Your saved data was written by a newer version of Provider Desk. Install that version again to open it.',
    );
  }
  deskMigrations.forEach((sql, index) => {
    db.transaction(() => {
      if (deskSchemaVersion(db) > index) return;
      db.exec(sql);
      db.pragma(`user_version = ${index + 1}`);
    }).immediate();
  });
}
