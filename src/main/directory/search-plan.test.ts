import { describe, expect, it } from 'vitest';
import { ftsExpression, planSearch, type Vocabulary } from './search-plan';

const vocabulary: Vocabulary = {
  synonymOf: (phrase) => ({ appeal: 'claims', 'change of address': 'clinic updates' })[phrase],
  hasWordStartingWith: (word) => ['claims', 'clinic'].some((known) => known.startsWith(word)),
  wordsWithinOneTypo: (word) => (word === 'cliams' ? ['claims'] : []),
};

describe('planning a search', () => {
  it('reads phone-shaped input as digits', () => {
    expect(planSearch('(503) 416-4100', vocabulary)).toEqual({ kind: 'digits', digits: '5034164100' });
  });

  it('drops question words but keeps the words that matter', () => {
    const plan = planSearch('where do I send claims', vocabulary);
    expect(plan.kind === 'words' && ftsExpression(plan.groups, 'AND')).toBe('("send"*) AND ("claims"*)');
  });

  it('adds a synonym as an alternative, and reads a whole synonym phrase as one group', () => {
    const appeal = planSearch('appeal', vocabulary);
    expect(appeal.kind === 'words' && ftsExpression(appeal.groups, 'AND')).toBe('("appeal"* OR "claims")');
    const moved = planSearch('change of address', vocabulary);
    expect(moved.kind === 'words' && ftsExpression(moved.groups, 'AND')).toBe(
      '(("change"* AND "address"*) OR "clinic updates")',
    );
  });

  it('reads a typo as the word it was near and reports it', () => {
    const plan = planSearch('cliams', vocabulary);
    expect(plan).toMatchObject({ kind: 'words', corrections: [{ typed: 'cliams', readAs: 'claims' }] });
  });

  it('quotes every word so operators stay words', () => {
    const plan = planSearch('NEAR AND "x" *', vocabulary);
    expect(plan.kind === 'words' && ftsExpression(plan.groups, 'AND')).toBe('("near"*) AND ("x"*)');
  });
});
