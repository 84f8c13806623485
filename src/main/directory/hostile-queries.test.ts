import { afterAll, describe, expect, it } from 'vitest';
import { maxQueryLength, searchResultSchema } from '../../shared/api-contract';
import { openShippedDirectory } from '../../../tests/support/shipped-directory';

const { directory, dispose } = openShippedDirectory();
afterAll(dispose);

const hostile = [
  '',
  '   ',
  '"',
  '""""',
  "'",
  '*',
  '**',
  'claims*',
  '"claims',
  'NEAR',
  'NEAR(claims fax, 2)',
  'claims AND',
  'AND OR NOT',
  'NOT claims',
  '(claims',
  ')',
  '^',
  '^claims',
  'title:claims',
  '{title}: claims',
  '- claims',
  '+',
  '\\',
  '%_%',
  "'; DROP TABLE entries; --",
  'claims\u0000fax',
  'ｃｌａｉｍｓ',
  'Ünïcödé çlaîms',
  '請求',
  '🦷 dental 🦷',
  'ܐܒܓ',
  '\u202Eclaims',
  '1-800-',
  '()-.',
  '00000000000000000000000000000000000000000',
  'a'.repeat(10_000),
  'claims '.repeat(2_000),
  '"NEAR" '.repeat(1_500),
  Array.from({ length: 5_000 }, (_, i) => String.fromCharCode(33 + (i % 94))).join(''),
];

describe('any text is a valid query', () => {
  it.each(hostile.map((query) => [JSON.stringify(query).slice(0, 40), query]))(
    '%s never throws',
    (_label, query) => {
      const result = directory.search(query.slice(0, maxQueryLength));
      // The answer must still be one the contract accepts.
      expect(searchResultSchema.safeParse(result).error).toBeUndefined();
    },
  );

  it('treats FTS5 operators as plain words', () => {
    expect(directory.search('claims AND').hits[0]?.topic).toBe('Claims');
    expect(directory.search('NOT claims').hits[0]?.topic).toBe('Claims');
  });

  it('folds wide letters and accents to the words they spell', () => {
    expect(directory.search('ｃｌａｉｍｓ').hits[0]?.key).toBe('claims.paper');
    expect(directory.search('Ünïcödé çlaîms').hits.some((entry) => entry.topic === 'Claims')).toBe(true);
  });
});
