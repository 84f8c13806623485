import type { ContactValue, DirectoryPack, PackEntry } from '../src/shared/directory-pack';

/**
 * A large, made-up directory for the benchmark: real-looking words with a skewed frequency
 * (a few very common, most rare), phone and fax numbers, e-mail boxes and addresses. Seeded,
 * so every run searches the same data. Nothing here is a real contact.
 */
const commonWords = (
  'claims provider service customer fax phone email clinic care management pharmacy behavioral health ' +
  'dental vision referral authorization prior eligibility member benefits billing appeals grievance ' +
  'credentialing contracting network portal training quality metrics medicare medicaid plan support ' +
  'relations specialist hospital urgent primary specialty laboratory imaging therapy transport interpreter ' +
  'coordination utilization review case nurse hotline fraud waste abuse ethics compliance paper electronic'
).split(' ');

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildSyntheticPack(entryCount: number): DirectoryPack {
  const random = seededRandom(20261123);
  const syllables = [
    'ka',
    're',
    'to',
    'mi',
    'lan',
    'sor',
    'vet',
    'qui',
    'del',
    'pra',
    'nox',
    'bel',
    'tur',
    'gen',
  ];
  const rareWords = Array.from({ length: 20_000 }, () =>
    Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join(''),
  );
  // Zipf-like: the common words come up often, the long tail rarely.
  const word = () =>
    random() < 0.35
      ? commonWords[Math.floor(random() ** 2 * commonWords.length)]!
      : rareWords[Math.floor(random() ** 1.5 * rareWords.length)]!;
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word).join(' ');
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const phone = () =>
    `${2 + Math.floor(random() * 8)}${digits(2)}-${2 + Math.floor(random() * 8)}${digits(2)}-${digits(4)}`;
  const topics = Array.from({ length: 40 }, () => words(1, 2));

  const seen = { source: 'synthetic', on: '2026-11-23' };
  const entries: PackEntry[] = Array.from({ length: entryCount }, (_, index) => {
    const values: ContactValue[] = [
      { kind: 'phone', label: words(1, 2), number: phone(), menu: 'Press option 2', seen },
    ];
    if (random() < 0.5) values.push({ kind: 'fax', label: words(1, 2), number: phone(), seen });
    if (random() < 0.4) {
      values.push({
        kind: 'email',
        label: words(1, 2),
        address: `${word()}${word()}${index}@example.org`,
        seen,
      });
    }
    if (random() < 0.1) {
      values.push({
        kind: 'postal',
        label: 'Mail to',
        lines: [words(1, 3), `PO Box ${digits(5)}`, `Portland OR 97${digits(3)}`],
        seen,
      });
    }
    return {
      key: `synthetic.entry-${index}`,
      title: words(2, 5),
      topic: topics[Math.floor(random() * topics.length)]!,
      purpose: words(8, 25),
      values,
      notes: random() < 0.3 ? [words(6, 16)] : [],
      keywords: Array.from({ length: 2 + Math.floor(random() * 4) }, () => words(1, 2)),
      section: 'Synthetic',
    };
  });

  return {
    formatVersion: 2,
    packVersion: '2026.11.23',
    plan: 'Synthetic plan',
    sources: [
      {
        id: 'synthetic',
        title: 'Generated for the benchmark',
        url: null,
        publishedOn: null,
        capturedOn: '2026-11-23',
      },
    ],
    synonyms: [
      { from: ['appeal', 'billing'], to: 'claims' },
      { from: ['join', 'network'], to: 'credentialing' },
    ],
    entries,
  };
}
