import { describe, expect, it } from 'vitest';
import { parseStatesField } from './states-field';

describe('the states to keep, as typed', () => {
  it('keeps every state when left empty', () => {
    expect(parseStatesField('  ')).toEqual({ ok: true, states: null });
  });

  it('reads codes in any case, separated by commas or spaces, each once', () => {
    expect(parseStatesField('or, wa ,OR  ct')).toEqual({ ok: true, states: ['OR', 'WA', 'CT'] });
  });

  it('names the words that are not state codes and says how to write them', () => {
    expect(parseStatesField('OR, Oregon')).toEqual({
      ok: false,
      problem: '“Oregon” is not a state code. Use two-letter codes separated by commas, like OR, WA.',
    });
    expect(parseStatesField('XX ZZ')).toEqual({
      ok: false,
      problem: '“XX”, “ZZ” are not state codes. Use two-letter codes separated by commas, like OR, WA.',
    });
  });
});
