import type Database from 'better-sqlite3';
import type { SearchResult } from '../../shared/api-contract';
import type { DirectoryEntry } from '../../shared/directory-pack';
import { indexTopics, nearestTopics, type TopicIndex } from './nearest-topics';
import { createMatchRanking } from './match-ranking';
import { planSearch, type Vocabulary } from './search-plan';
import { oneLetterDeletions, withinOneEdit } from './typo-distance';

const resultLimit = 20;
/** How many any-word matches are re-ranked by the number of words they meet. */
const partialCandidateLimit = 30;

/** Search over an open directory.db. Statements are prepared once; each search is a few reads. */
export function createDirectorySearch(
  db: Database.Database,
  options: { relevanceRankingLimit?: number } = {},
) {
  const ranking = createMatchRanking(db, options);
  const inListOrder = db
    .prepare<[string, number], number>('SELECT rowid FROM entry_search WHERE entry_search MATCH ? LIMIT ?')
    .pluck();
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

  function shortPrefixIds(word: string): number[] {
    // One or two letters match a large share of the directory; ranking them all says little. Titles that start with the letters come first, in the pack's order.
    const starts = inListOrder.all(`title : ^ "${word}"*`, resultLimit);
    if (starts.length >= resultLimit) return starts;
    const anywhere = inListOrder.all(`{title keywords topic} : "${word}"*`, resultLimit);
    return [...new Set([...starts, ...anywhere])].slice(0, resultLimit);
  }

  let topicIndex: TopicIndex | undefined;
  const topicsForSuggestions = () =>
    (topicIndex ??= indexTopics(topics.all().map((row) => ({ name: row.name, text: row.search_text }))));

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
          ids = ranking.expression(`digits : "${plan.digits}"*`, resultLimit);
          break;
        case 'short-prefix':
          ids = shortPrefixIds(plan.word);
          break;
        case 'words':
          corrections = [...plan.corrections];
          ids = ranking.allGroups(plan.groups, resultLimit);
          if (ids.length === 0 && plan.groups.length > 1) {
            ids = ranking.someGroups(plan.groups, partialCandidateLimit, resultLimit);
            partial = ids.length > 0;
          }
          break;
      }

      return {
        query,
        hits: entries(ids),
        corrections: ids.length > 0 ? corrections : [],
        partial,
        nearestTopics: ids.length > 0 ? [] : nearestTopics(query, topicsForSuggestions()),
      };
    },
  };
}

export type DirectorySearch = ReturnType<typeof createDirectorySearch>;
