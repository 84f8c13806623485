import type Database from 'better-sqlite3';
import { ftsExpression, groupMatchesWords, type WordGroup } from './search-plan';
import { searchColumns, searchColumnWeights } from './search-text';

/**
 * Orders the entries that match a query. Up to `relevanceRankingLimit` entries, bm25 ranks every
 * match. bm25 first counts every entry holding each word (to weigh its rarity), which for a
 * common word in a very large directory costs milliseconds; there, the first `tieredWindow`
 * matches in directory order are ranked by where the words stand instead: all in the title,
 * then all in title, keywords or topic, then the rest. The pack lists what a front desk needs
 * most first, so directory order is itself a ranking.
 */
export const relevanceRankingLimit = 20_000;
const tieredWindow = 100;

const bm25 = `bm25(entry_search, ${searchColumns.map((column) => searchColumnWeights[column]).join(', ')})`;

interface NamingWords {
  /** Words of the title. */
  title: string[];
  /** Words of the title, keywords and topic. */
  named: string[];
}

export function createMatchRanking(db: Database.Database, options: { relevanceRankingLimit?: number } = {}) {
  const byRelevance = db
    .prepare<[string, number], number>(
      `SELECT rowid FROM entry_search WHERE entry_search MATCH ? ORDER BY ${bm25}, rowid LIMIT ?`,
    )
    .pluck();
  const inDirectoryOrder = db
    .prepare<[string, number], number>('SELECT rowid FROM entry_search WHERE entry_search MATCH ? LIMIT ?')
    .pluck();
  const namingWordsOf = db.prepare<[string], { id: number; title: string; labels: string }>(
    'SELECT id, title, labels FROM entry_words WHERE id IN (SELECT value FROM json_each(?))',
  );
  const allWordsOf = db.prepare<[string], { id: number; words: string }>(
    `SELECT id, title || ' ' || labels || ' ' || other AS words FROM entry_words WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const entryCount = db.prepare<[], number>('SELECT count(*) FROM entries').pluck().get() ?? 0;
  const rankAllByRelevance = entryCount <= (options.relevanceRankingLimit ?? relevanceRankingLimit);

  function namingWords(ids: readonly number[]): Map<number, NamingWords> {
    const words = new Map<number, NamingWords>();
    for (const row of namingWordsOf.all(JSON.stringify(ids))) {
      const title = row.title.split(' ');
      words.set(row.id, { title, named: [...title, ...row.labels.split(' ')] });
    }
    return words;
  }

  function tierOf(groups: readonly WordGroup[], words: NamingWords | undefined): number {
    if (!words) return 2;
    if (groups.every((group) => groupMatchesWords(group, words.title))) return 0;
    if (groups.every((group) => groupMatchesWords(group, words.named))) return 1;
    return 2;
  }

  return {
    /** A raw FTS5 expression (digits) in rank order. */
    expression(expression: string, limit: number): number[] {
      return rankAllByRelevance
        ? byRelevance.all(expression, limit)
        : inDirectoryOrder.all(expression, limit);
    },

    /** Entries that meet every group, best first. */
    allGroups(groups: readonly WordGroup[], limit: number): number[] {
      const expression = ftsExpression(groups, 'AND');
      if (rankAllByRelevance) return byRelevance.all(expression, limit);
      const window = inDirectoryOrder.all(expression, tieredWindow);
      const words = namingWords(window);
      return window
        .map((id, position) => ({ id, position, tier: tierOf(groups, words.get(id)) }))
        .sort((a, b) => a.tier - b.tier || a.position - b.position)
        .slice(0, limit)
        .map((match) => match.id);
    },

    /** Entries that meet some groups: those meeting the most first, then by rank. */
    someGroups(groups: readonly WordGroup[], candidates: number, limit: number): number[] {
      const expression = ftsExpression(groups, 'OR');
      const ids = rankAllByRelevance
        ? byRelevance.all(expression, candidates)
        : inDirectoryOrder.all(expression, candidates);
      const words = new Map(allWordsOf.all(JSON.stringify(ids)).map((row) => [row.id, row.words.split(' ')]));
      return ids
        .map((id, position) => {
          const all = words.get(id) ?? [];
          return { id, position, met: groups.filter((group) => groupMatchesWords(group, all)).length };
        })
        .sort((a, b) => b.met - a.met || a.position - b.position)
        .slice(0, limit)
        .map((match) => match.id);
    },
  };
}
