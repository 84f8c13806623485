import { describe, expect, it } from 'vitest';
import { newBedfordHealthCenter, richardSoucier } from '../../tests/support/registry-providers';
import { cityForReading, summaryOf, whoLine } from './provider-who-line';

describe('who an NPI belongs to, in one line', () => {
  it('names a person with credential, specialty and practice city', () => {
    expect(whoLine(summaryOf(richardSoucier))).toBe(
      'RICHARD SOUCIER, MD — Cardiovascular Disease — Hartford, CT',
    );
  });

  it('names an organization without a credential', () => {
    expect(whoLine(summaryOf(newBedfordHealthCenter))).toBe(
      'GREATER NEW BEDFORD COMMUNITY HEALTH CENTER, INC. — Community Health — New Bedford, MA',
    );
  });

  it('leaves out what the registry does not give', () => {
    const bare = { ...richardSoucier, credential: null, taxonomies: [], practiceAddress: null };
    expect(whoLine(summaryOf(bare))).toBe('RICHARD SOUCIER');
  });

  it.each([
    ['HARTFORD', 'Hartford'],
    ['EAST HARTFORD', 'East Hartford'],
    ['WINSTON-SALEM', 'Winston-Salem'],
    ["O'FALLON", "O'Fallon"],
    ['ST. LOUIS', 'St. Louis'],
    ['Coeur d’Alene', 'Coeur d’Alene'],
  ])('reads the city %s as %s', (city, read) => {
    expect(cityForReading(city)).toBe(read);
  });
});
