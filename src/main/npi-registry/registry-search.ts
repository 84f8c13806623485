import type Database from 'better-sqlite3';
import type { ProviderSearchResult } from '../../shared/npi-registry';
import { deactivatedIdOffset } from './npi-db-schema';
import { planProviderQuery, type ProviderQuery } from '../provider-search/provider-query';
import { quoted, tierExpressions } from '../provider-search/query-expressions';
import type { TaxonomyWords } from '../provider-search/taxonomy-words';
import { termsVocabulary } from '../provider-search/terms-vocabulary';

export const defaultSearchLimit = 50;
/** The most hits one page holds; a larger limit asked for is cut to it. */
const maxSearchLimit = 500;

/** Provider ids matching a query, best first: what the registry turns into search hits. */
export interface MatchedIds {
  ids: number[];
  more: boolean;
  corrections: ProviderSearchResult['corrections'];
}

/**
 * Search over an open npi.db. FTS5 lists matches in rowid order, which puts active providers
 * before deactivated ones (npi-db-schema.ts); within each, providers whose last name or
 * organization name is a word typed come before those that only start with one. Each of those
 * four tiers is one query that stops at the page's end, so a common name costs no more than a
 * rare one.
 */
export function createRegistrySearch(db: Database.Database, taxonomies: TaxonomyWords) {
  const matching = db
    .prepare<[string, number, number, number], number>(
      'SELECT rowid FROM provider_search WHERE provider_search MATCH ? AND rowid >= ? AND rowid < ? LIMIT ?',
    )
    .pluck();
  const byNpi = db.prepare<[number], number>('SELECT id FROM providers WHERE npi = ?').pluck();
  const vocabulary = termsVocabulary(db, taxonomies);

  function tiered(plan: Extract<ProviderQuery, { kind: 'words' }>, limit: number): number[] {
    const tiers = tierExpressions(plan, ['lead', 'given', 'place']);
    const ids: number[] = [];
    for (const [from, to] of statusRanges) {
      for (const expression of tiers) {
        if (ids.length > limit) return ids;
        ids.push(...matching.all(expression, from, to, limit + 1 - ids.length));
      }
    }
    return ids;
  }

  function inRowidOrder(expression: string, limit: number): number[] {
    const ids: number[] = [];
    for (const [from, to] of statusRanges) {
      if (ids.length > limit) break;
      ids.push(...matching.all(expression, from, to, limit + 1 - ids.length));
    }
    return ids;
  }

  return {
    match(query: string, asked = defaultSearchLimit): MatchedIds {
      const limit = Math.min(Math.max(Math.trunc(asked) || 1, 1), maxSearchLimit);
      const plan = planProviderQuery(query, vocabulary);
      let ids: number[] = [];
      switch (plan.kind) {
        case 'nothing':
          break;
        case 'npi': {
          const id = byNpi.get(Number(plan.npi));
          ids = id === undefined ? [] : [id];
          break;
        }
        case 'code':
          ids = inRowidOrder(`codes : ${quoted(plan.code)}`, limit);
          break;
        case 'zip':
          ids = inRowidOrder(`zips : ${quoted(plan.zip)}`, limit);
          break;
        case 'words':
          ids = tiered(plan, limit);
          break;
      }
      const corrections = plan.kind === 'words' && ids.length > 0 ? [...plan.corrections] : [];
      return { ids: ids.slice(0, limit), more: ids.length > limit, corrections };
    },
  };
}

/** Active providers, then deactivated ones. */
const statusRanges: readonly [number, number][] = [
  [0, deactivatedIdOffset],
  [deactivatedIdOffset, Number.MAX_SAFE_INTEGER],
];
