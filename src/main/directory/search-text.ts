import type { ContactValue, PackEntry } from '../../shared/directory-pack';
import { digitsOf, formatPhone, searchableDigitForms } from '../../shared/phone-number';

/**
 * How text becomes search words, on both sides of the index: the builder feeds entries through
 * it and the query planner feeds what was typed. It mirrors SQLite's unicode61 tokenizer with
 * remove_diacritics 2 (letters and digits are word characters, everything else separates).
 */

export const maxQueryWords = 16;
const maxWordLength = 64;

export function searchWords(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const words: string[] = [];
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (words.length >= limit) break;
    words.push(match[0].slice(0, maxWordLength));
  }
  return words;
}

/** The columns of the full-text index, in the order the FTS5 table declares them. */
export const searchColumns = [
  'title',
  'keywords',
  'topic',
  'body',
  'contact',
  'digits',
  'fragments',
] as const;
export type SearchColumn = (typeof searchColumns)[number];

/** bm25 weights: a word in the title says more about an entry than one in its notes. */
export const searchColumnWeights: Record<SearchColumn, number> = {
  title: 10,
  keywords: 6,
  topic: 3,
  body: 1,
  contact: 2,
  digits: 4,
  fragments: 1,
};

/**
 * What a person calls each kind of value, so "fax number for care management" or "email address
 * for claims" finds the entries that hold one.
 */
const kindWords: Record<ContactValue['kind'], string> = {
  phone: 'phone number',
  fax: 'fax number',
  email: 'email address',
  postal: 'mailing address',
  web: 'website',
  document: 'document form',
  'payer-id': 'payer id',
};

/** "e-mail" is indexed as "e" and "mail"; people also type it as one word. */
function joinedHyphenations(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    [...text.matchAll(/(\p{L}+)-(\p{L}+)/gu)].map((match) => `${match[1]}${match[2]}`),
  );
}

/**
 * The text of each search column for one entry. A retired value's address and number stay
 * searchable, so someone who types the old mailbox finds the entry and is told what replaced it.
 */
export function entrySearchColumns(entry: PackEntry): Record<SearchColumn, string> {
  const body: string[] = [entry.purpose, ...entry.notes];
  const columns = { contact: [] as string[], digits: [] as string[], fragments: [] as string[] };

  if (entry.checklist) body.push(entry.checklist.title, ...entry.checklist.items);
  for (const value of entry.values) {
    body.push(value.label, kindWords[value.kind]);
    if (value.kind === 'phone' && value.menu) body.push(value.menu);
    if (value.kind === 'postal') body.push(...value.lines);
    addContactText(value, columns);
  }
  for (const old of entry.retired ?? []) addContactText(old.value, columns);

  body.push(...joinedHyphenations([entry.title, ...entry.keywords, ...body]));
  return {
    title: entry.title,
    keywords: entry.keywords.join(' ; '),
    topic: entry.topic,
    body: body.join(' ; '),
    contact: columns.contact.join(' ; '),
    digits: columns.digits.join(' '),
    fragments: columns.fragments.join(' '),
  };
}

function addContactText(
  value: ContactValue,
  { contact, digits, fragments }: { contact: string[]; digits: string[]; fragments: string[] },
): void {
  switch (value.kind) {
    case 'phone':
    case 'fax':
      contact.push(formatPhone(value.number));
      digits.push(...searchableDigitForms(value.number));
      break;
    case 'email':
      contact.push(value.address);
      fragments.push(...emailFragments(value.address));
      break;
    case 'postal':
      digits.push(...value.lines.map(digitsOf).filter((d) => d.length > 0));
      break;
    case 'web':
    case 'document':
      if (value.url) contact.push(value.url);
      break;
    case 'payer-id':
      contact.push(value.id);
      digits.push(digitsOf(value.id));
      break;
  }
}

/**
 * Every tail of each word of an address, so a fragment typed from its middle ("alerts" in
 * careoregonalerts@…) is a prefix of some indexed word.
 */
function emailFragments(address: string): string[] {
  const tails: string[] = [];
  for (const word of searchWords(address)) {
    for (let start = 1; start <= word.length - 3; start += 1) tails.push(word.slice(start));
  }
  return tails;
}
