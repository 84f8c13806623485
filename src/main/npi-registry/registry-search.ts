import type Database from 'better-sqlite3';
import type { ProviderSearchResult } from '../../shared/npi-registry';
import { stateCodes } from '../../shared/validation/postal';
import { deactivatedIdOffset } from './npi-db-schema';
import { oneEditVariants } from './one-edit-variants';
import {
  planProviderQuery,
  type ProviderQuery,
  type RegistryVocabulary,
  type WordGroup,
} from './provider-query';
import type { TaxonomyWords } from './taxonomy-words';

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
  const termStartingWith = db
    .prepare<[string, string], number>('SELECT 1 FROM terms WHERE term >= ? AND term < ? LIMIT 1')
    .pluck();
  const knownTerms = db.prepare<[string], { term: string }>(
    'SELECT term FROM terms WHERE term IN (SELECT value FROM json_each(?)) ORDER BY providers DESC',
  );

  const vocabulary: RegistryVocabulary = {
    taxonomies,
    hasWordStartingWith: (word) => termStartingWith.get(word, `${word}\u{10FFFF}`) !== undefined,
    wordsWithinOneTypo: (word) =>
      knownTerms.all(JSON.stringify(oneEditVariants(word))).map((row) => row.term),
  };

  function tiered(plan: Extract<ProviderQuery, { kind: 'words' }>, limit: number): number[] {
    const all = plan.groups.map(groupExpression).join(' AND ');
    const leadWords = [...new Set(plan.groups.flatMap((group) => group.names))].filter(mayBeLastName);
    const exact = leadWords.length > 0 ? `lead : (${leadWords.map(quoted).join(' OR ')})` : null;
    const tiers = exact ? [`(${all}) AND ${exact}`, `(${all}) NOT ${exact}`] : [all];
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

const stateWords = new Set(stateCodes.map((code) => code.toLowerCase()));

/**
 * Whether a word is worth an exact last-name tier. A tier costs a pass over every provider with
 * the word anywhere; for a state ("ca": one provider in eight) or an initial that pass is long
 * and finds nobody called so.
 */
function mayBeLastName(word: string): boolean {
  return word.length >= 2 && !stateWords.has(word);
}

/** Active providers, then deactivated ones. */
const statusRanges: readonly [number, number][] = [
  [0, deactivatedIdOffset],
  [deactivatedIdOffset, Number.MAX_SAFE_INTEGER],
];

function groupExpression(group: WordGroup): string {
  const ways = group.names.map((word) => `{lead given place} : ${quoted(word)}*`);
  if (group.codes.length > 0) ways.push(`codes : (${group.codes.map(quoted).join(' OR ')})`);
  if (group.zip) ways.push(`zips : ${quoted(group.zip)}`);
  return `(${ways.join(' OR ')})`;
}

/** Search words hold only letters and digits; the quotes make even `NEAR` or `AND` plain words. */
function quoted(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}
