import type Database from 'better-sqlite3';
import { searchWords } from '../directory/search-text';

/** The words a typo may be corrected to, from a full build's index: names and places, not codes or ZIPs. */
export function fillTerms(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, provider_search, col);
    INSERT INTO terms (term, providers)
      SELECT term, sum(doc) FROM temp.vocabulary
      WHERE col IN ('lead', 'given', 'place') AND term NOT GLOB '*[0-9]*'
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
