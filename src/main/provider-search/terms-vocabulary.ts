import type Database from 'better-sqlite3';
import { oneEditVariants } from './one-edit-variants';
import type { RegistryVocabulary } from './provider-query';
import type { TaxonomyWords } from './taxonomy-words';

/** What the query planner knows of a database's words, from its `terms` table (search-terms.ts). */
export function termsVocabulary(db: Database.Database, taxonomies: TaxonomyWords): RegistryVocabulary {
  const termStartingWith = db
    .prepare<[string, string], number>('SELECT 1 FROM terms WHERE term >= ? AND term < ? LIMIT 1')
    .pluck();
  const knownTerms = db.prepare<[string], { term: string }>(
    'SELECT term FROM terms WHERE term IN (SELECT value FROM json_each(?)) ORDER BY providers DESC',
  );
  return {
    taxonomies,
    hasWordStartingWith: (word) => termStartingWith.get(word, `${word}\u{10FFFF}`) !== undefined,
    wordsWithinOneTypo: (word) =>
      knownTerms.all(JSON.stringify(oneEditVariants(word))).map((row) => row.term),
  };
}
