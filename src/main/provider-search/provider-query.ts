import { checkNpi } from '../../shared/validation/npi';
import { maxQueryWords, searchWords } from '../directory/search-text';
import { minTypoWordLength, withinOneEdit } from '../directory/typo-distance';
import type { TaxonomyWords } from './taxonomy-words';

/**
 * What a search box query asks of the registry. Only letters and digits ever reach an FTS5
 * expression, each inside double quotes, so no input can be read as query syntax.
 */
export type ProviderQuery =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'npi'; readonly npi: string }
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'zip'; readonly zip: string }
  | {
      readonly kind: 'words';
      readonly groups: readonly WordGroup[];
      readonly corrections: readonly { typed: string; readAs: string }[];
    };

/** One thing typed, and the ways a provider can meet it. */
export interface WordGroup {
  /** Words matched as prefixes of names, cities and states (the typed word, or its corrections). */
  readonly names: readonly string[];
  /** Taxonomy codes the word stands for. */
  readonly codes: readonly string[];
  /** A 5-digit ZIP. */
  readonly zip: string | null;
}

/** What the planner needs to know of the registry's words. */
export interface RegistryVocabulary {
  readonly taxonomies: TaxonomyWords;
  /** Whether some name, city or state word starts with this one. */
  hasWordStartingWith(word: string): boolean;
  /** Name, city and state words one typo away, most used first. */
  wordsWithinOneTypo(word: string): string[];
}

/** Courtesy titles and "heart doctor"'s "doctor" say nothing about who is meant. */
const fillerWords = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'doctor', 'doctors', 'doc']);
const codePattern = /^[0-9][0-9a-z]{8}x$/;
const digitsOnly = /^[\d\s-]+$/;
/** Typo corrections kept per word: a few likely readings, not every name one letter away. */
const correctionsPerWord = 3;

export function planProviderQuery(query: string, vocabulary: RegistryVocabulary): ProviderQuery {
  const trimmed = query.trim();
  if (digitsOnly.test(trimmed)) return digitsQuery(trimmed.replace(/[\s-]/g, ''));

  const words = searchWords(trimmed, maxQueryWords).filter((word) => !fillerWords.has(word));
  const only = words[0];
  if (words.length === 1 && only !== undefined && codePattern.test(only)) {
    return { kind: 'code', code: only.toUpperCase() };
  }
  if (words.length === 0) return { kind: 'nothing' };

  const groups: WordGroup[] = [];
  const corrections: { typed: string; readAs: string }[] = [];
  const { taxonomies } = vocabulary;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    const pair = `${word} ${words[index + 1] ?? ''}`;
    if (taxonomies.isSynonym(pair)) {
      groups.push({ names: [], codes: taxonomies.codesFor(pair), zip: null });
      index += 1;
      continue;
    }
    const group: WordGroup = {
      names: [word],
      codes: codePattern.test(word) ? [word.toUpperCase()] : taxonomies.codesFor(word),
      zip: /^\d{5}$/.test(word) ? word : null,
    };
    const mayBeTypo = word.length >= minTypoWordLength && !/\d/.test(word);
    if (mayBeTypo && group.codes.length === 0 && !vocabulary.hasWordStartingWith(word)) {
      const readings = [
        ...vocabulary.wordsWithinOneTypo(word),
        ...nearTaxonomyWords(word, taxonomies.vocabulary),
      ].slice(0, correctionsPerWord);
      for (const readAs of readings) corrections.push({ typed: word, readAs });
      groups.push({
        names: [word, ...readings],
        codes: readings.flatMap((readAs) => taxonomies.codesFor(readAs)),
        zip: null,
      });
      continue;
    }
    groups.push(group);
  }
  return { kind: 'words', groups, corrections };
}

function digitsQuery(digits: string): ProviderQuery {
  if (digits.length === 10) {
    const check = checkNpi(digits);
    return check.ok ? { kind: 'npi', npi: check.value } : { kind: 'nothing' };
  }
  // A ZIP+4 is found by its first five digits.
  if (digits.length === 5 || digits.length === 9) return { kind: 'zip', zip: digits.slice(0, 5) };
  return { kind: 'nothing' };
}

function nearTaxonomyWords(word: string, vocabulary: ReadonlySet<string>): string[] {
  return [...vocabulary].filter((known) => known !== word && withinOneEdit(word, known));
}
