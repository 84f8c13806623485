import { describe, expect, it } from 'vitest';
import { newBedfordHealthCenter, richardSoucier } from '../../tests/support/registry-providers';
import { typedNameMatches } from './provider-name-match';

describe('a name typed beside an NPI, against the registry’s name', () => {
  it.each([
    'RICHARD SOUCIER',
    'Richard Soucier',
    'Richard Soucier, MD',
    'Dr. Richard J. Soucier, M.D.',
    'Soucier, Richard',
    'R. Soucier',
    'Soucier',
  ])('takes “%s” as Richard Soucier’s name', (typed) => {
    expect(typedNameMatches(typed, richardSoucier)).toBe(true);
  });

  it.each(['Jane Smith', 'Donald Soucier', 'Richard Smith', 'J. Soucier', 'Dr.'])(
    'warns that “%s” is not Richard Soucier',
    (typed) => {
      expect(typedNameMatches(typed, richardSoucier)).toBe(false);
    },
  );

  it('says nothing while no name is typed', () => {
    expect(typedNameMatches('  ', richardSoucier)).toBe(true);
  });

  it('keeps a surname that looks like a credential', () => {
    const anhDo = { ...richardSoucier, name: 'ANH DO', firstName: 'ANH', lastName: 'DO', credential: 'DO' };
    expect(typedNameMatches('Anh Do, DO', anhDo)).toBe(true);
    expect(typedNameMatches('Anh Tran', anhDo)).toBe(false);
  });

  it('accepts a former name the registry lists', () => {
    const renamed = { ...richardSoucier, otherNames: ['RICHARD PAUL SMITH'] };
    expect(typedNameMatches('Richard Smith', renamed)).toBe(true);
  });

  it('compares an organization’s words without its company ending, in any order', () => {
    expect(typedNameMatches('Greater New Bedford Community Health Center', newBedfordHealthCenter)).toBe(
      true,
    );
    expect(typedNameMatches('greater new bedford community health center inc', newBedfordHealthCenter)).toBe(
      true,
    );
    expect(typedNameMatches('New Bedford Health', newBedfordHealthCenter)).toBe(false);
    const known = { ...newBedfordHealthCenter, otherNames: ['NEW BEDFORD HEALTH'] };
    expect(typedNameMatches('New Bedford Health', known)).toBe(true);
  });
});
