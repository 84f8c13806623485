import type Database from 'better-sqlite3';
import type { NuccCode } from './nucc-code-set';

/**
 * The NUCC code set kept inside each provider database (npi.db, network.db), so that a file
 * names and searches specialties the way it was built, without the CSV at hand.
 */
export const nuccCodesTableSql = `
CREATE TABLE nucc_codes (
  code TEXT PRIMARY KEY,
  classification TEXT NOT NULL,
  specialization TEXT NOT NULL,
  display_name TEXT NOT NULL
) STRICT, WITHOUT ROWID;`;

export function storeNuccCodes(db: Database.Database, codes: readonly NuccCode[]): void {
  const insertCode = db.prepare('INSERT OR REPLACE INTO nucc_codes VALUES (?, ?, ?, ?)');
  for (const code of codes)
    insertCode.run(code.code, code.classification, code.specialization, code.displayName);
}

export function storedNuccCodes(db: Database.Database): NuccCode[] {
  return db
    .prepare<[], NuccCode>(
      'SELECT code, classification, specialization, display_name AS displayName FROM nucc_codes',
    )
    .all();
}
