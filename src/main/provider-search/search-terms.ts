import type Database from 'better-sqlite3';
import { searchWords } from '../directory/search-text';

/**
 * The words a typo may be corrected to, from a built index's own words: names and places, not
 * codes or ZIPs. `terms` is a table (term TEXT PRIMARY KEY, providers INTEGER).
 */
export function fillTerms(db: Database.Database, index: string, wordColumns: readonly string[]): void {
  db.exec(`
    CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, ${index}, col);
    INSERT INTO terms (term, providers)
      SELECT term, sum(doc) FROM temp.vocabulary
      WHERE col IN (${wordColumns.map((column) => `'${column}'`).join(', ')}) AND term NOT GLOB '*[0-9]*'
      GROUP BY term;
    DROP TABLE temp.vocabulary;
  `);
}

/** Adds the words of providers an increment indexed; words already known keep their count. */
export function termAdder(db: Database.Database) {
  const add = db.prepare('INSERT INTO terms (term, providers) VALUES (?, 1) ON CONFLICT DO NOTHING');
  return (...texts: string[]) => {
    for (const word of searchWords(texts.join(' '))) if (!/\d/.test(word)) add.run(word);
  };
}
