import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildRegistry,
  monthlyFile,
  nuccCsvPath,
  useRegistryFolder,
} from '../../../tests/support/registry-build';
import {
  address,
  deactivatedOnly,
  janetVecchione,
  jessicaReed,
  madeUpCardiologists,
  richardSoucier,
  sampleRecords,
  secondaryLocation,
} from '../../../tests/support/registry-records';
import { openNpiRegistry } from './npi-registry';
import { startFullBuild } from './registry-builder';

const hartfordOffice = address('85 JEFFERSON ST', '', 'HARTFORD', 'CT', '061061234', '8605551234', '');
const bostonOffice = address('330 BROOKLINE AVE', '', 'BOSTON', 'MA', '022155400', '6176671000', '');

describe('building the registry from a monthly file', () => {
  const place = useRegistryFolder();

  it('keeps only providers practising in the states chosen, counting a secondary location there', () => {
    const path = join(place.folder, 'npi.db');
    const outcome = buildRegistry(
      path,
      {
        records: [...sampleRecords, deactivatedOnly()],
        locations: [
          secondaryLocation(janetVecchione.npi, hartfordOffice),
          secondaryLocation(jessicaReed.npi, bostonOffice),
          secondaryLocation(richardSoucier.npi, bostonOffice),
        ],
      },
      ['ct'],
    );
    const connecticut = sampleRecords.filter((record) => record.practice.state === 'CT');
    expect(outcome).toEqual({ providerCount: connecticut.length + 2, rows: connecticut.length + 2 });

    const npi = openNpiRegistry(path);
    expect(npi.lookup(jessicaReed.npi)).toBeNull();
    expect(npi.lookup(janetVecchione.npi)?.practiceAddress?.city).toBe('MASHPEE');
    expect(npi.lookup(richardSoucier.npi)?.otherLocations.map((location) => location.city)).toEqual([
      'BOSTON',
    ]);
    expect(npi.lookup('1234567893')?.deactivatedOn).toBe('2019-04-02');
    expect(npi.search('boston').hits.map((hit) => hit.npi)).toEqual([richardSoucier.npi]);
    expect(npi.summary().states).toEqual(['CT']);
    npi.close();
  });

  it('keeps every provider of a file larger than one write holds', () => {
    const path = join(place.folder, 'npi.db');
    const cardiologists = madeUpCardiologists(150);
    expect(buildRegistry(path, { records: cardiologists })).toEqual({ providerCount: 150, rows: 150 });
    const npi = openNpiRegistry(path);
    for (const record of cardiologists) expect(npi.lookup(record.npi)?.firstName).toBe(record.firstName);
    const page = npi.search('soucier hartford', { limit: 100 });
    expect(page.hits).toHaveLength(100);
    expect(page.more).toBe(true);
    expect(npi.search('test149 soucier').hits.map((hit) => hit.npi)).toEqual([cardiologists[149]?.npi]);
    npi.close();
  });

  it('abandoning a build leaves no file behind', () => {
    const path = join(place.folder, 'npi.db');
    const builder = startFullBuild(path, { nuccCsvPath, states: null });
    builder.addRecords(sampleRecords);
    builder.abandon();
    expect(existsSync(path)).toBe(false);
  });

  it('never builds over a file that is there', () => {
    const path = join(place.folder, 'npi.db');
    writeFileSync(path, 'in use');
    expect(() => startFullBuild(path, { nuccCsvPath, states: null })).toThrow(/already exists/);
  });

  it('refuses a file that lists an NPI twice, and leaves nothing behind', () => {
    const path = join(place.folder, 'npi.db');
    const builder = startFullBuild(path, { nuccCsvPath, states: null });
    builder.addRecords([richardSoucier, { ...richardSoucier, credential: 'M.D.' }]);
    expect(() => builder.finish(monthlyFile, '2018-12-12T09:30:00.000Z')).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        message: expect.stringContaining('lists NPI 1255334207 more than once'),
      }),
    );
    expect(existsSync(path)).toBe(false);
  });
});

describe('opening the registry', () => {
  const place = useRegistryFolder();

  it('says no registry file was imported when there is none', () => {
    const open = () => openNpiRegistry(join(place.folder, 'npi.db'));
    expect(open).toThrow(expect.objectContaining({ name: 'DeskError', code: 'not-found' }));
    expect(open).toThrow(/No NPI registry file has been imported on this computer yet/);
  });

  it('says to import again when the file is damaged', () => {
    const path = join(place.folder, 'npi.db');
    writeFileSync(path, 'SQLite format 3\0 but not really');
    expect(() => openNpiRegistry(path)).toThrow(expect.objectContaining({ code: 'internal' }));
    expect(() => openNpiRegistry(path)).toThrow(/Import the monthly file from CMS again/);
  });
});
