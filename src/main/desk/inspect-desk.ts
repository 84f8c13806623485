import Database from 'better-sqlite3';
import { assertIntact, isDeskDamage } from './desk-damage';
import { writtenByNewerVersion } from './open-desk-db';

/**
 * Whether desk.db is damaged, found through a read-only connection. A read-write one would, on
 * closing, fold the -wal into the damaged file and delete it; read-only, the file and its journal
 * are set aside exactly as found, and SQLite can still read pages the journal holds (a header
 * broken by a crash that the -wal still has whole is not damage).
 */
export function foundDamaged(deskPath: string, nativeBinding?: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(deskPath, { readonly: true, fileMustExist: true, nativeBinding });
    // A newer version's file is not this version's to judge: it is refused as it stands.
    if (!writtenByNewerVersion(db)) assertIntact(db);
    return false;
  } catch (error) {
    // Anything else (missing, locked, no permission) is for the normal open to report.
    return isDeskDamage(error);
  } finally {
    db?.close();
  }
}
