import type Database from 'better-sqlite3';
import type { SearchResult } from '../../shared/api-contract';
import type { DirectoryEntry } from '../../shared/directory-pack';
import { nearestTopics } from './nearest-topics';
import { ftsExpression, groupMatchesWords, planSearch, type Vocabulary, type WordGroup } from './search-plan';
import { entrySearchColumns, searchColumns, searchColumnWeights, searchWords } from './search-text';
import { oneLetterDeletions, withinOneEdit } from './typo-distance';

const resultLimit = 20;
/** How many any-word matches are re-ranked by the number of words they meet. */
const partialCandidateLimit = 60;

const bm25 = `bm25(entry_search, ${searchColumns.map((column) => searchColumnWeights[column]).join(', ')})`;

/** Search over an open directory.db. Statements are prepared once; each search is a few reads. */
export function createDirectorySearch(db: Database.Database) {
  const ranked = db.prepare<[string, number], { id: number }>(
    `SELECT rowid AS id FROM entry_search WHERE entry_search MATCH ? ORDER BY ${bm25}, rowid LIMIT ?`,
  );
  const inListOrder = db.prepare<[string, number], { id: number }>(
    'SELECT rowid AS id FROM entry_search WHERE entry_search MATCH ? LIMIT ?',
  );
  const entryJson = db.prepare<[number], { json: string }>('SELECT json FROM entries WHERE id = ?');
  const synonym = db.prepare<[string], string>('SELECT target FROM synonyms WHERE phrase = ?').pluck();
  const wordStartingWith = db
    .prepare<[string, string], number>('SELECT 1 FROM terms WHERE term >= ? AND term < ? LIMIT 1')
    .pluck();
  const typoCandidates = db
    .prepare<[string], string>(
      'SELECT DISTINCT term FROM term_deletions WHERE deletion IN (SELECT value FROM json_each(?))',
    )
    .pluck();
  const topics = db.prepare<[], { name: string; search_text: string }>(
    'SELECT name, search_text FROM topics ORDER BY position',
  );

  const vocabulary: Vocabulary = {
    synonymOf: (phrase) => synonym.get(phrase),
    hasWordStartingWith: (word) => wordStartingWith.get(word, `${word}\u{10FFFF}`) !== undefined,
    wordsWithinOneTypo: (word) =>
      typoCandidates
        .all(JSON.stringify(oneLetterDeletions(word)))
        .filter((candidate) => candidate !== word && withinOneEdit(word, candidate))
        .sort(),
  };

  function entries(ids: readonly number[]): DirectoryEntry[] {
    return ids.map((id) => JSON.parse((entryJson.get(id) as { json: string }).json) as DirectoryEntry);
  }

  function rankedIds(expression: string, limit: number): number[] {
    return ranked.all(expression, limit).map((row) => row.id);
  }

  function shortPrefixIds(word: string): number[] {
    // One or two letters match a large share of a big directory; ranking them all by bm25 is
    // slow and says little. Titles that start with the letters come first, in the pack's order.
    const starts = inListOrder.all(`title : ^ "${word}"*`, resultLimit).map((row) => row.id);
    if (starts.length >= resultLimit) return starts;
    const anywhere = inListOrder.all(`{title keywords topic} : "${word}"*`, resultLimit).map((row) => row.id);
    return [...new Set([...starts, ...anywhere])].slice(0, resultLimit);
  }

  /** Entries that meet the most groups first; bm25 breaks ties. */
  function partialIds(groups: readonly WordGroup[]): number[] {
    const candidates = rankedIds(ftsExpression(groups, 'OR'), partialCandidateLimit);
    const scored = entries(candidates).map((entry, position) => {
      const columns = entrySearchColumns(entry);
      const words = searchWords(searchColumns.map((column) => columns[column]).join(' '));
      const met = groups.filter((group) => groupMatchesWords(group, words)).length;
      return { id: candidates[position] as number, met, position };
    });
    scored.sort((a, b) => b.met - a.met || a.position - b.position);
    return scored.slice(0, resultLimit).map((candidate) => candidate.id);
  }

  function topicNames(): { name: string; text: string }[] {
    return topics.all().map((row) => ({ name: row.name, text: row.search_text }));
  }

  return {
    search(query: string): SearchResult {
      const plan = planSearch(query, vocabulary);
      let ids: number[] = [];
      let partial = false;
      let corrections: SearchResult['corrections'] = [];

      switch (plan.kind) {
        case 'empty':
          break;
        case 'digits':
          ids = rankedIds(`digits : "${plan.digits}"*`, resultLimit);
          break;
        case 'short-prefix':
          ids = shortPrefixIds(plan.word);
          break;
        case 'words':
          corrections = [...plan.corrections];
          ids = rankedIds(ftsExpression(plan.groups, 'AND'), resultLimit);
          if (ids.length === 0 && plan.groups.length > 1) {
            ids = partialIds(plan.groups);
            partial = ids.length > 0;
          }
          break;
      }

      return {
        query,
        hits: entries(ids),
        corrections: ids.length > 0 ? corrections : [],
        partial,
        nearestTopics: ids.length > 0 ? [] : nearestTopics(query, topicNames()),
      };
    },
  };
}

export type DirectorySearch = ReturnType<typeof createDirectorySearch>;
