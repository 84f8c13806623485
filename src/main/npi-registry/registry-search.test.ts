import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegistry, useRegistryFolder } from '../../../tests/support/registry-build';
import {
  address,
  donaldSoucier,
  edwardBeck,
  elizabethSmith,
  geraldBecker,
  janetVecchione,
  richardSoucier,
  sampleRecords,
  secondaryLocation,
  vassarHealth,
} from '../../../tests/support/registry-records';
import { openNpiRegistry, type NpiRegistry } from './npi-registry';

/** A made-up NPI with a valid check digit, for a provider deactivated in the file. */
const deactivatedSmith = {
  ...elizabethSmith,
  npi: '1003000126',
  firstName: 'ANNA',
  deactivatedOn: '2015-02-01',
};
const providenceClinic = address('1 HOYLE SQ', '', 'PROVIDENCE', 'RI', '029031234', '4015551000', '');

describe('searching the registry from the one search box', () => {
  const place = useRegistryFolder();

  function registry(): NpiRegistry {
    const path = join(place.folder, 'npi.db');
    buildRegistry(path, {
      records: [deactivatedSmith, ...sampleRecords],
      locations: [secondaryLocation(janetVecchione.npi, providenceClinic)],
    });
    return openNpiRegistry(path);
  }
  const npisFound = (npi: NpiRegistry, query: string) => npi.search(query).hits.map((hit) => hit.npi);

  it('finds an NPI typed with spaces or dashes, and nothing when its check digit is wrong', () => {
    const npi = registry();
    expect(npi.search('1255 334 207').hits).toEqual([
      {
        npi: '1255334207',
        kind: 'individual',
        name: 'RICHARD SOUCIER',
        credential: 'MD',
        specialty: 'Cardiovascular Disease',
        city: 'HARTFORD',
        state: 'CT',
        deactivated: false,
      },
    ]);
    expect(npisFound(npi, '1255-334-207')).toEqual(['1255334207']);
    expect(npi.search('1255334208')).toEqual({ query: '1255334208', hits: [], more: false, corrections: [] });
    npi.close();
  });

  it('finds a last name, a first and last name, and the start of a name', () => {
    const npi = registry();
    expect(npisFound(npi, 'soucier')).toEqual([richardSoucier.npi, donaldSoucier.npi]);
    expect(npisFound(npi, 'Richard Soucier')).toEqual([richardSoucier.npi]);
    expect(npisFound(npi, 'sou')).toEqual([richardSoucier.npi, donaldSoucier.npi]);
    expect(npisFound(npi, 'forfia')).toEqual([janetVecchione.npi]);
    expect(npisFound(npi, 'sharon hospital')).toEqual([vassarHealth.npi]);
    npi.close();
  });

  it('lists an exact last name before names that only start with it', () => {
    const npi = registry();
    expect(npisFound(npi, 'beck')).toEqual([edwardBeck.npi, geraldBecker.npi]);
    npi.close();
  });

  it('lists active providers before deactivated ones', () => {
    const npi = registry();
    const smiths = npi.search('smith').hits;
    expect(smiths.map((hit) => [hit.name, hit.deactivated])).toEqual([
      ['ELIZABETH SMITH', false],
      ['ANNA SMITH', true],
    ]);
    npi.close();
  });

  it('ignores "Dr" and other titles', () => {
    const npi = registry();
    expect(npisFound(npi, 'Dr. Soucier')).toEqual([richardSoucier.npi, donaldSoucier.npi]);
    expect(npisFound(npi, 'dr richard soucier')).toEqual([richardSoucier.npi]);
    npi.close();
  });

  it('forgives one typo in a word that matches nothing, and says how it read it', () => {
    const npi = registry();
    const result = npi.search('richard soucer');
    expect(result.hits.map((hit) => hit.npi)).toEqual([richardSoucier.npi]);
    expect(result.corrections).toEqual([{ typed: 'soucer', readAs: 'soucier' }]);
    expect(npi.search('soucier').corrections).toEqual([]);
    npi.close();
  });

  it('finds providers by what a front desk calls their specialty, and by taxonomy code', () => {
    const npi = registry();
    expect(npisFound(npi, 'cardiology')).toEqual([richardSoucier.npi, donaldSoucier.npi]);
    expect(npisFound(npi, 'cardiology sharon')).toEqual([donaldSoucier.npi]);
    expect(npisFound(npi, 'pediatrics')).toEqual([elizabethSmith.npi, deactivatedSmith.npi]);
    expect(npisFound(npi, 'hospital')).toEqual([vassarHealth.npi]);
    expect(npisFound(npi, '207rc0000x')).toEqual([richardSoucier.npi, donaldSoucier.npi]);
    expect(npisFound(npi, '207RA0001X')).toEqual([richardSoucier.npi]);
    npi.close();
  });

  it('reads the words a front desk uses for a specialty: ob/gyn, derm', () => {
    const path = join(place.folder, 'npi.db');
    const withCode = (code: string) => [{ code, primary: true, license: '028128', licenseState: 'CT' }];
    buildRegistry(path, {
      records: [
        { ...elizabethSmith, taxonomies: withCode('207V00000X') },
        { ...edwardBeck, taxonomies: withCode('207N00000X') },
      ],
    });
    const npi = openNpiRegistry(path);
    for (const query of ['ob/gyn', 'OBGYN', 'ob-gyn smith']) {
      expect(npisFound(npi, query)).toEqual([elizabethSmith.npi]);
    }
    expect(npisFound(npi, 'derm')).toEqual([edwardBeck.npi]);
    expect(npisFound(npi, 'dermatologist danbury')).toEqual([edwardBeck.npi]);
    npi.close();
  });

  it('finds providers by city, state and ZIP, secondary locations included', () => {
    const npi = registry();
    expect(npisFound(npi, 'needham')).toEqual(['1184627184']);
    expect(npisFound(npi, 'hartford')).toEqual([
      richardSoucier.npi,
      geraldBecker.npi,
      elizabethSmith.npi,
      deactivatedSmith.npi,
    ]);
    expect(npisFound(npi, 'ma')).toEqual(['1184627184', janetVecchione.npi]);
    expect(npisFound(npi, '06105')).toEqual([richardSoucier.npi, elizabethSmith.npi, deactivatedSmith.npi]);
    expect(npisFound(npi, '02903')).toEqual([janetVecchione.npi]);
    expect(npisFound(npi, 'providence')).toEqual([janetVecchione.npi]);
    expect(npisFound(npi, 'vecchione ri')).toEqual([janetVecchione.npi]);
    npi.close();
  });

  it('fills a page and says more matched', () => {
    const npi = registry();
    const page = npi.search('ct', { limit: 2 });
    expect(page.hits).toHaveLength(2);
    expect(page.more).toBe(true);
    expect(npi.search('needham', { limit: 2 }).more).toBe(false);
    expect(npi.search('ct', { limit: 0 }).hits).toHaveLength(1);
    npi.close();
  });

  it('answers nothing, without failing, for what is not a search', () => {
    const npi = registry();
    for (const query of ['', '   ', 'dr', '"', 'NEAR(', '12', 'zzzzqqq', '*']) {
      expect(npi.search(query).hits).toEqual([]);
    }
    npi.close();
  });
});
