import { digitsOf } from '../../shared/phone-number';
import { maxQueryWords, searchWords } from './search-text';
import { minTypoWordLength } from './typo-distance';

/**
 * Turns whatever was typed into an FTS5 query. Only letters and digits ever reach the FTS5
 * expression, each inside double quotes, so no input can be read as query syntax.
 */

export type Alternative =
  | { readonly kind: 'prefix'; readonly word: string }
  | { readonly kind: 'phrase'; readonly words: readonly string[] }
  | { readonly kind: 'all-prefixes'; readonly words: readonly string[] };

/** One thing the person asked for, and the ways an entry can satisfy it. */
export interface WordGroup {
  readonly typed: string;
  readonly alternatives: readonly Alternative[];
}

export type SearchPlan =
  | { readonly kind: 'empty' }
  | { readonly kind: 'digits'; readonly digits: string }
  | { readonly kind: 'short-prefix'; readonly word: string }
  | {
      readonly kind: 'words';
      readonly groups: readonly WordGroup[];
      readonly corrections: readonly { typed: string; readAs: string }[];
    };

/** What the planner needs to know of the directory's vocabulary. */
export interface Vocabulary {
  /** The synonym target for a word or phrase (already in search words), if any. */
  synonymOf(phrase: string): string | undefined;
  /** Whether some indexed word starts with this one. */
  hasWordStartingWith(word: string): boolean;
  /** Indexed words within one typo of this one. */
  wordsWithinOneTypo(word: string): string[];
}

const stopWords = new Set(
  'a an and are at be by can do does for from how i if in is it me my of on or our the to what when where which who why with you your'.split(
    ' ',
  ),
);

const phoneLike = /^[\d\s().+\-/]+$/;
const longestSynonymPhrase = 3;

export function planSearch(query: string, vocabulary: Vocabulary): SearchPlan {
  const trimmed = query.trim();
  const digits = digitsOf(trimmed);
  if (phoneLike.test(trimmed) && digits.length >= 3) return { kind: 'digits', digits: digits.slice(0, 20) };

  const words = searchWords(trimmed, maxQueryWords);
  if (words.length === 0) return { kind: 'empty' };
  const only = words[0];
  if (words.length === 1 && only !== undefined && only.length <= 2)
    return { kind: 'short-prefix', word: only };

  const corrections: { typed: string; readAs: string }[] = [];
  const groups: WordGroup[] = [];
  const meaningful = words.some((word) => !stopWords.has(word));

  for (let index = 0; index < words.length;) {
    const phrase = longestSynonymPhraseAt(words, index, vocabulary);
    if (phrase) {
      const phraseWords = words.slice(index, index + phrase.length);
      const telling = phraseWords.filter((word) => !stopWords.has(word));
      groups.push({
        typed: phraseWords.join(' '),
        alternatives: [
          { kind: 'all-prefixes', words: telling.length > 0 ? telling : phraseWords },
          { kind: 'phrase', words: phrase.target.split(' ') },
        ],
      });
      index += phrase.length;
      continue;
    }
    const word = words[index] as string;
    index += 1;
    if (meaningful && stopWords.has(word)) continue;

    const alternatives: Alternative[] = [{ kind: 'prefix', word }];
    const target = vocabulary.synonymOf(word);
    if (target) alternatives.push({ kind: 'phrase', words: target.split(' ') });
    // A word the plan's own vocabulary explains (through a synonym) is not a typo.
    const mayBeTypo = !target && word.length >= minTypoWordLength && !/\d/.test(word);
    if (mayBeTypo && !vocabulary.hasWordStartingWith(word)) {
      for (const readAs of vocabulary.wordsWithinOneTypo(word)) {
        alternatives.push({ kind: 'prefix', word: readAs });
        corrections.push({ typed: word, readAs });
      }
    }
    groups.push({ typed: word, alternatives });
  }
  return { kind: 'words', groups, corrections };
}

function longestSynonymPhraseAt(
  words: readonly string[],
  start: number,
  vocabulary: Vocabulary,
): { length: number; target: string } | undefined {
  for (let length = Math.min(longestSynonymPhrase, words.length - start); length >= 2; length -= 1) {
    const target = vocabulary.synonymOf(words.slice(start, start + length).join(' '));
    if (target) return { length, target };
  }
  return undefined;
}

/** The FTS5 expression for a plan's groups, all required (`AND`) or any (`OR`). */
export function ftsExpression(groups: readonly WordGroup[], joiner: 'AND' | 'OR'): string {
  return groups.map(groupExpression).join(` ${joiner} `);
}

export function groupExpression(group: WordGroup): string {
  return `(${group.alternatives.map(alternativeExpression).join(' OR ')})`;
}

function alternativeExpression(alternative: Alternative): string {
  switch (alternative.kind) {
    case 'prefix':
      return `${quoted(alternative.word)}*`;
    case 'phrase':
      return quoted(alternative.words.join(' '));
    case 'all-prefixes':
      return `(${alternative.words.map((word) => `${quoted(word)}*`).join(' AND ')})`;
  }
}

/** Search words hold only letters and digits; the quotes make even `NEAR` or `AND` plain words. */
function quoted(words: string): string {
  return `"${words.replace(/"/g, '""')}"`;
}

/** Whether an entry's words satisfy a group, to rank partial matches by how many groups they meet. */
export function groupMatchesWords(group: WordGroup, entryWords: readonly string[]): boolean {
  return group.alternatives.some((alternative) => {
    switch (alternative.kind) {
      case 'prefix':
        return entryWords.some((word) => word.startsWith(alternative.word));
      case 'all-prefixes':
        return alternative.words.every((wanted) => entryWords.some((word) => word.startsWith(wanted)));
      case 'phrase':
        return containsSequence(entryWords, alternative.words);
    }
  });
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}
