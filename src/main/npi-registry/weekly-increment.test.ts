import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyWeekly,
  buildRegistry,
  useRegistryFolder,
  weeklyFile,
} from '../../../tests/support/registry-build';
import {
  address,
  donaldSoucier,
  edwardBeck,
  geraldBecker,
  jessicaReed,
  richardSoucier,
  secondaryLocation,
  vassarHealth,
} from '../../../tests/support/registry-records';
import { openNpiRegistry } from './npi-registry';
import { startIncrement } from './registry-builder';

const newHartfordOffice = address(
  '85 JEFFERSON ST',
  'STE 310',
  'HARTFORD',
  'CT',
  '061061234',
  '8605551234',
  '',
);
const bostonOffice = address('330 BROOKLINE AVE', '', 'BOSTON', 'MA', '022155400', '6176671000', '');
const providenceOffice = address('593 EDDY ST', '', 'PROVIDENCE', 'RI', '029034923', '4014444000', '');

describe('applying a weekly file on top of the registry', () => {
  const place = useRegistryFolder();

  /** A Connecticut-only registry, as a clinic in Hartford would keep it. */
  function connecticutRegistry(): string {
    const path = join(place.folder, 'npi.db');
    buildRegistry(path, { records: [richardSoucier, donaldSoucier, edwardBeck, vassarHealth] }, ['CT']);
    return path;
  }

  it('changes an address, deactivates one, adds one and drops one that moved out of the states kept', () => {
    const from = connecticutRegistry();
    const next = join(place.folder, 'npi.next.db');
    const outcome = applyWeekly(from, next, {
      records: [
        { ...richardSoucier, practice: newHartfordOffice, lastUpdatedOn: '2018-12-14' },
        {
          ...donaldSoucier,
          entityType: '',
          organizationName: '',
          lastName: '',
          firstName: '',
          credential: '',
          deactivatedOn: '2018-12-13',
          taxonomies: [],
        },
        geraldBecker,
        { ...edwardBeck, practice: bostonOffice },
        jessicaReed,
      ],
    });
    expect(outcome).toEqual({ providerCount: 4, rows: 4 });

    const npi = openNpiRegistry(next);
    const soucier = npi.lookup(richardSoucier.npi);
    expect(soucier?.practiceAddress).toMatchObject({
      lines: ['85 JEFFERSON ST', 'STE 310'],
      postalCode: '061061234',
    });
    expect(soucier?.lastUpdatedOn).toBe('2018-12-14');
    expect(soucier?.source).toEqual({
      kind: 'file',
      fileName: weeklyFile.fileName,
      fileDate: '2018-12-16',
      coverage: 'weekly',
    });
    expect(npi.search('06106').hits.map((hit) => hit.npi)).toEqual([richardSoucier.npi, geraldBecker.npi]);
    expect(npi.search('woodland').hits).toEqual([]);

    expect(npi.lookup(donaldSoucier.npi)).toMatchObject({
      name: 'DONALD SOUCIER',
      credential: 'DO',
      deactivatedOn: '2018-12-13',
      practiceAddress: { city: 'SHARON' },
    });
    expect(npi.search('soucier').hits.map((hit) => [hit.name, hit.deactivated])).toEqual([
      ['RICHARD SOUCIER', false],
      ['DONALD SOUCIER', true],
    ]);

    expect(npi.lookup(geraldBecker.npi)?.name).toBe('GERALD BECKER');
    expect(npi.search('becker').hits.map((hit) => hit.npi)).toEqual([geraldBecker.npi]);
    expect(npi.lookup(edwardBeck.npi)).toBeNull();
    expect(npi.search('beck').hits.map((hit) => hit.npi)).toEqual([geraldBecker.npi]);
    expect(npi.lookup(jessicaReed.npi)).toBeNull();
    expect(npi.lookup(vassarHealth.npi)?.source).toMatchObject({ coverage: 'full' });

    expect(npi.summary()).toMatchObject({
      weekly: [
        {
          fileName: weeklyFile.fileName,
          fileDate: '2018-12-16',
          appliedAt: '2018-12-18T08:00:00.000Z',
          rows: 4,
        },
      ],
      providerCount: 4,
      states: ['CT'],
    });
    npi.close();
  });

  it('leaves the registry it started from as it was', () => {
    const from = connecticutRegistry();
    applyWeekly(from, join(place.folder, 'npi.next.db'), {
      records: [{ ...richardSoucier, practice: bostonOffice }],
    });
    const npi = openNpiRegistry(from);
    expect(npi.lookup(richardSoucier.npi)?.practiceAddress?.city).toBe('HARTFORD');
    expect(npi.summary().weekly).toEqual([]);
    npi.close();
  });

  it('keeps a provider who moved away but still practises at a location in the states', () => {
    const from = connecticutRegistry();
    const next = join(place.folder, 'npi.next.db');
    applyWeekly(from, next, {
      records: [{ ...edwardBeck, practice: bostonOffice }],
      locations: [secondaryLocation(edwardBeck.npi, newHartfordOffice)],
    });
    const npi = openNpiRegistry(next);
    expect(npi.lookup(edwardBeck.npi)).toMatchObject({
      practiceAddress: { city: 'BOSTON' },
      otherLocations: [{ city: 'HARTFORD', postalCode: '061061234' }],
    });
    expect(npi.search('beck hartford').hits.map((hit) => hit.npi)).toEqual([edwardBeck.npi]);
    npi.close();
  });

  it('replaces the secondary locations of an NPI the weekly file gives them for', () => {
    const path = join(place.folder, 'npi.db');
    buildRegistry(path, {
      records: [richardSoucier],
      locations: [secondaryLocation(richardSoucier.npi, providenceOffice)],
    });
    const next = join(place.folder, 'npi.next.db');
    applyWeekly(path, next, {
      records: [],
      locations: [secondaryLocation(richardSoucier.npi, bostonOffice)],
    });
    const npi = openNpiRegistry(next);
    expect(npi.lookup(richardSoucier.npi)?.otherLocations.map((location) => location.city)).toEqual([
      'BOSTON',
    ]);
    expect(npi.search('soucier boston').hits).toHaveLength(1);
    expect(npi.search('soucier providence').hits).toEqual([]);
    expect(npi.search('02215').hits.map((hit) => hit.npi)).toEqual([richardSoucier.npi]);
    npi.close();
  });

  it('finds a name the weekly file brought, one typo away', () => {
    const from = connecticutRegistry();
    const next = join(place.folder, 'npi.next.db');
    applyWeekly(from, next, { records: [geraldBecker] });
    const npi = openNpiRegistry(next);
    expect(npi.search('gerlad becker').corrections).toEqual([{ typed: 'gerlad', readAs: 'gerald' }]);
    npi.close();
  });

  it('abandoning an increment leaves no file behind', () => {
    const from = connecticutRegistry();
    const next = join(place.folder, 'npi.next.db');
    const builder = startIncrement(from, next, {});
    builder.addRecords([geraldBecker]);
    builder.abandon();
    expect(existsSync(next)).toBe(false);
    expect(existsSync(from)).toBe(true);
  });
});
