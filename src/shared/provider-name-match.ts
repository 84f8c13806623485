import type { RegistryProvider } from './npi-registry';

/**
 * Whether a name typed in a form could be the provider the registry lists under the NPI beside
 * it. It only raises a warning, so it forgives what people write differently on purpose: case,
 * punctuation, word order, middle names and initials, titles, credentials and company endings.
 */

/** Words that say what someone is, not who: "Dr.", "M.D.", "LICSW", "Jr.", "Inc.". */
const noiseWords = new Set([
  ...['DR', 'MR', 'MRS', 'MS', 'MISS', 'PROF', 'JR', 'SR', 'II', 'III', 'IV'],
  ...['MD', 'DO', 'PHD', 'PSYD', 'NP', 'PA', 'PAC', 'RN', 'LPN', 'DDS', 'DMD', 'DPM', 'OD', 'DC', 'DNP'],
  ...['FNP', 'ARNP', 'APRN', 'CNM', 'CNP', 'CRNA', 'LCSW', 'LICSW', 'LMFT', 'LPC', 'MSW', 'PT', 'DPT'],
  ...['RPT', 'OT', 'OTR', 'SLP', 'CCC', 'RD', 'MPH', 'MA', 'MBA', 'MSN', 'BSN', 'ND', 'PHARMD', 'RPH'],
  ...['AUD', 'FACP', 'FACC', 'FAAP', 'FACS', 'BC'],
  ...['INC', 'LLC', 'PC', 'PLLC', 'LLP', 'LP', 'CORP', 'CORPORATION', 'CO', 'COMPANY', 'LTD', 'THE'],
]);

/** "O'Brien-Smith, M.D." → O BRIEN SMITH MD: capitals, accents and punctuation gone, words apart. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/['’.]/g, '')
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== '');
}

const isInitial = (word: string) => word.length === 1;

interface PersonName {
  first: string[];
  middle: string[];
  last: string[];
}

/**
 * Every last-name word is there and every other whole word is a given name. Initials are
 * ignored beside a given name (a middle initial the registry lacks); alone, one must be the
 * first name's.
 */
function matchesPerson(
  typed: readonly string[],
  person: PersonName,
  isNoise: (word: string) => boolean,
): boolean {
  if (person.last.length === 0) return false;
  const rest = [...typed];
  for (const word of person.last) {
    const at = rest.indexOf(word);
    if (at < 0) return false;
    rest.splice(at, 1);
  }
  const given = [...person.first, ...person.middle];
  // A noise word kept because it is in the name ("Anh Do, DO") is noise once the name has it.
  const names = rest.filter((word) => !isInitial(word) && !(isNoise(word) && !given.includes(word)));
  if (names.length > 0) return names.every((word) => given.includes(word));
  const firstInitial = person.first[0]?.[0];
  return rest.length === 0 || (firstInitial !== undefined && rest.includes(firstInitial));
}

/** An organization's name, or any name given as one string: the same words, in any order. */
function matchesWords(typed: readonly string[], name: readonly string[]): boolean {
  const wanted = new Set(name);
  return typed.length === wanted.size && typed.every((word) => wanted.has(word));
}

/** "JANE Q PUBLIC" read as a person: first word given name, last word surname. */
function personFromLine(words: readonly string[]): PersonName {
  return { first: words.slice(0, 1), middle: words.slice(1, -1), last: words.slice(-1) };
}

type NamedProvider = Pick<
  RegistryProvider,
  'kind' | 'name' | 'firstName' | 'middleName' | 'lastName' | 'credential' | 'otherNames'
>;

/**
 * True when the typed name could be this provider's, or nothing was typed. For a person, noise
 * words are dropped only when they are not part of their own name (a surname Do stays).
 */
export function typedNameMatches(typed: string, provider: NamedProvider): boolean {
  const typedWords = wordsOf(typed);
  if (typedWords.length === 0) return true;
  const credential = new Set(wordsOf(provider.credential ?? ''));
  const isNoise = (word: string) => credential.has(word) || noiseWords.has(word);
  const without = (words: readonly string[], kept: ReadonlySet<string>) =>
    words.filter((word) => kept.has(word) || !isNoise(word));

  if (provider.kind !== 'individual') {
    const none = new Set<string>();
    const words = without(typedWords, none);
    return (
      words.length > 0 &&
      [provider.name, ...provider.otherNames].some((name) =>
        matchesWords(words, without(wordsOf(name), none)),
      )
    );
  }
  const legal: PersonName = provider.lastName
    ? {
        first: wordsOf(provider.firstName ?? ''),
        middle: wordsOf(provider.middleName ?? ''),
        last: wordsOf(provider.lastName),
      }
    : personFromLine(wordsOf(provider.name));
  const people = [legal, ...provider.otherNames.map((other) => personFromLine(wordsOf(other)))];
  const ownWords = new Set(people.flatMap((person) => [...person.first, ...person.middle, ...person.last]));
  const words = without(typedWords, ownWords);
  return words.length > 0 && people.some((person) => matchesPerson(words, person, isNoise));
}
