import { describe, expect, it } from 'vitest';
import { oneLetterDeletions, withinOneEdit } from './typo-distance';

describe('one typo', () => {
  it.each([
    ['cliams', 'claims', true],
    ['claim', 'clam', true],
    ['clains', 'claims', true],
    ['claimss', 'claims', true],
    ['laims', 'claims', true],
    ['claims', 'claims', true],
    ['cliasm', 'claims', false],
    ['clams', 'claimss', false],
    ['fraud', 'fjord', false],
    ['abcd', 'badc', false],
  ])('%s is within one edit of %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });

  it('a transposition shares a one-letter deletion with the word it came from', () => {
    const shared = oneLetterDeletions('cliams').filter((form) => oneLetterDeletions('claims').includes(form));
    expect(shared).toContain('clams');
  });
});
