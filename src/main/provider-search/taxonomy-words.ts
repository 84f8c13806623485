import { searchWords } from '../directory/search-text';
import type { NuccCode } from './nucc-code-set';
import { taxonomySynonyms } from './taxonomy-synonyms';

/**
 * The NUCC code set's words, matched in memory: a word typed becomes the codes whose
 * classification, specialization or display name has a word starting with it. Words shorter than
 * this match only whole words: "ca" would otherwise mean a hundred codes.
 */
const minPrefixLength = 3;

export interface TaxonomyWords {
  /** Codes a typed word (or a synonym phrase, its words joined by a space) stands for. */
  codesFor(typed: string): string[];
  /** Whether a phrase of several typed words is a synonym ("ob gyn"). */
  isSynonym(phrase: string): boolean;
  /** Every word of the code set and every synonym: what a typo may be corrected to. */
  readonly vocabulary: ReadonlySet<string>;
}

export function indexTaxonomyWords(codes: readonly NuccCode[]): TaxonomyWords {
  const wordsOf = codes.map((code) => ({
    code: code.code,
    words: [...new Set(searchWords(`${code.classification} ${code.specialization} ${code.displayName}`))],
  }));
  const matching = (wanted: readonly string[]) =>
    wordsOf
      .filter(({ words }) =>
        wanted.every((w) =>
          words.some((word) => word === w || (w.length >= minPrefixLength && word.startsWith(w))),
        ),
      )
      .map(({ code }) => code);
  const cache = new Map<string, string[]>();
  /** Words people type repeat; a cap keeps a long session from holding every word ever typed. */
  const cacheLimit = 10_000;
  return {
    codesFor(typed) {
      let codes = cache.get(typed);
      if (!codes) {
        const phrases = [...(taxonomySynonyms[typed] ?? []), ...(typed.includes(' ') ? [] : [typed])];
        codes = [...new Set(phrases.flatMap((phrase) => matching(searchWords(phrase))))];
        if (cache.size >= cacheLimit) cache.clear();
        cache.set(typed, codes);
      }
      return codes;
    },
    isSynonym: (phrase) => phrase in taxonomySynonyms,
    vocabulary: new Set([
      ...wordsOf.flatMap(({ words }) => words),
      ...Object.keys(taxonomySynonyms).filter((key) => !key.includes(' ')),
    ]),
  };
}
