import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openShippedDirectory } from '../../../tests/support/shipped-directory';
import { createDirectorySearch } from './directory-search';

const { directory, path, dispose } = openShippedDirectory();
const rawDb = new Database(path, { readonly: true });
afterAll(() => {
  rawDb.close();
  dispose();
});

const keysFor = (query: string) => directory.search(query).hits.map((entry) => entry.key);
const firstKey = (query: string) => keysFor(query)[0];

describe('search over the shipped directory', () => {
  it.each([
    ['claims', 'claims.paper'],
    ['customer service', 'customer-service.provider'],
    ['payer', 'claims.electronic'],
    ['care management', 'care-management.fax'],
    ['credentialing', 'contracting.credentialing-requirements'],
    ['onehealthport', 'community.onehealthport'],
    ['safenet', 'community.oregon-safenet'],
  ])('finds %s by its words, best first', (query, key) => {
    expect(firstKey(query)).toBe(key);
  });

  it.each([
    ['cust', 'customer-service.provider'],
    ['clai', 'claims.paper'],
    ['ethic', 'compliance.ethics-point'],
  ])('finds by a prefix (%s)', (query, key) => {
    expect(firstKey(query)).toBe(key);
  });

  it('answers one- and two-letter prefixes with entries whose title starts with them', () => {
    const titles = directory.search('c').hits.map((entry) => entry.title.toLowerCase());
    expect(titles.length).toBeGreaterThan(0);
    expect(titles[0]?.startsWith('c')).toBe(true);
    expect(directory.search('pr').hits[0]?.title).toBe('Provider Customer Service');
  });

  it.each([
    ['4164100', 'customer-service.provider'],
    ['503.416.4100', 'customer-service.provider'],
    ['(800) 224-4840', 'customer-service.provider'],
    ['1 800 862 4831', 'care-management.fax'],
    ['503-416-3637', 'care-management.fax'],
    ['416-1478', 'provider-relations.specialists'],
    ['1-888-331-6524', 'compliance.ethics-point'],
    ['877 363 3666', 'claims.electronic'],
  ])('finds phone and fax numbers typed as %s', (query, key) => {
    expect(keysFor(query)).toContain(key);
    expect(firstKey(query)).toBe(key);
  });

  it('finds every entry that shares a number, not only the first', () => {
    expect(keysFor('503-416-4100')).toEqual(
      expect.arrayContaining([
        'customer-service.provider',
        'claims.inquiries',
        'contracting.becoming-a-provider',
      ]),
    );
  });

  it.each([
    ['claimshelp', 'claims.inquiries'],
    ['providerupdates@', 'clinic.updates-email'],
    ['alerts@careoregon', 'clinic.alerts-email'],
    ['newcontract', 'contracting.requests'],
    ['contractrequest', 'contracting.requests'],
  ])('finds e-mail boxes by a fragment (%s)', (query, key) => {
    expect(firstKey(query)).toBe(key);
  });

  it('reads "email" as the e-mail the page writes, not as a typo of "mail"', () => {
    const result = directory.search('email');
    expect(result.corrections).toEqual([]);
    expect(result.hits[0]?.values.some((value) => value.kind === 'email')).toBe(true);
    expect(firstKey('email address for claims')).toBe('claims.inquiries');
    expect(firstKey('fax number for provider relations')).toBe('provider-relations.specialists');
  });

  it('finds a number by its last four digits', () => {
    expect(keysFor('4840')).toContain('customer-service.provider');
    expect(firstKey('6524')).toBe('compliance.ethics-point');
  });

  it('finds the payer ID and the PO box by their digits', () => {
    expect(firstKey('93975')).toBe('claims.electronic');
    expect(firstKey('40328')).toBe('claims.paper');
  });

  it('reads one typo in a long word and says how it read it', () => {
    const result = directory.search('cliams');
    expect(result.hits[0]?.key).toBe('claims.paper');
    expect(result.corrections).toEqual([{ typed: 'cliams', readAs: 'claims' }]);
    expect(firstKey('credentialling')).toBe('contracting.credentialing-requirements');
    expect(firstKey('onehealtport')).toBe('community.onehealthport');
  });

  it('leaves short words as typed rather than guessing', () => {
    expect(directory.search('fsx').corrections).toEqual([]);
  });

  it.each([
    ['appeal', 'claims.inquiries'],
    ['billing', 'claims.paper'],
    ['fraud', 'compliance.ethics-point'],
    ['abuse', 'compliance.ethics-point'],
    ['change of address', 'clinic.updates-email'],
  ])('understands the front desk word %s', (query, key) => {
    expect(firstKey(query)).toBe(key);
  });

  it.each(['join', 'network', 'credentialing', 'enroll'])('%s leads to becoming a provider', (query) => {
    const topics = directory
      .search(query)
      .hits.slice(0, 3)
      .map((entry) => entry.topic);
    expect(topics).toEqual(['Becoming a provider', 'Becoming a provider', 'Becoming a provider']);
  });

  it('billing finds only claims entries at the top', () => {
    expect(
      directory
        .search('billing')
        .hits.slice(0, 3)
        .every((entry) => entry.topic === 'Claims'),
    ).toBe(true);
  });

  it.each([
    ['where do I mail paper claims', 'claims.paper'],
    ['how do I report fraud', 'compliance.ethics-point'],
    ['what is the payer id for electronic claims', 'claims.electronic'],
    ['fax number for care management', 'care-management.fax'],
  ])('answers a plain question: %s', (query, key) => {
    expect(firstKey(query)).toBe(key);
  });

  it('answers "who do I call about a claim" with the number and its menu option', () => {
    const phones = directory
      .search('who do I call about a claim')
      .hits[0]?.values.filter((v) => v.kind === 'phone');
    expect(phones).toContainEqual(
      expect.objectContaining({ number: '503-416-4100', menu: expect.stringMatching(/option 3/i) }),
    );
  });

  it('ranks by the words that match when not all of them can', () => {
    const result = directory.search('mail paper claims to zanzibar');
    expect(result.partial).toBe(true);
    expect(result.hits[0]?.key).toBe('claims.paper');
  });

  it('never answers with a blank: nothing found gives the nearest topics', () => {
    const result = directory.search('xylophone quartet');
    expect(result.hits).toEqual([]);
    expect(result.nearestTopics.length).toBeGreaterThan(0);
    expect(directory.search('pricingzz').nearestTopics[0]).toBe('Claims');
  });
});

describe('ranking as a very large directory ranks', () => {
  // The shipped directory is small enough for bm25; a directory past the limit ranks by where
  // the words stand. The same entries, forced down that path, must still come out sensibly.
  const tiered = createDirectorySearch(rawDb, { relevanceRankingLimit: 0 });

  it('puts entries with every word in the title first, in directory order', () => {
    const titles = tiered.search('claims').hits.map((entry) => entry.title);
    expect(titles.slice(0, 3)).toEqual([
      'Paper claims mailing address',
      'Electronic claims — payer ID 93975',
      'Information on filing claims and pricing',
    ]);
    expect(tiered.search('care management').hits[0]?.key).toBe('care-management.fax');
  });

  it('keeps numbers, synonyms, typos and partial questions working', () => {
    expect(tiered.search('(800) 224-4840').hits[0]?.key).toBe('customer-service.provider');
    expect(tiered.search('fraud').hits[0]?.key).toBe('compliance.ethics-point');
    expect(tiered.search('cliams').corrections).toEqual([{ typed: 'cliams', readAs: 'claims' }]);
    const partial = tiered.search('mail paper claims to zanzibar');
    expect(partial.partial).toBe(true);
    expect(partial.hits[0]?.key).toBe('claims.paper');
  });
});
