import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticRegistry } from '../../../../scripts/synthetic-nppes/write-synthetic-registry';
import { readAll } from './registry-test-files';
import { useTempFolder } from './test-temp-folder';

const folder = useTempFolder();
const rows = 5000;

describe('a generated registry file, as benchmarks and scale tests use it', () => {
  it('reads back as a registry: valid unique NPIs, spread over the states, some deactivated', async () => {
    const { path, csvBytes } = await writeSyntheticRegistry({
      rows,
      seed: 42,
      path: join(folder.path, 'npidata_pfile_20050523-20251109.csv'),
      secondaryLocations: 400,
    });
    const { read, records, locations } = await readAll(path);

    expect(read).toMatchObject({ rows, rowsKept: rows, secondaryLocations: 400 });
    expect(csvBytes / rows).toBeGreaterThan(1000);
    expect(new Set(records.map((record) => record.npi)).size).toBe(rows);
    const deactivated = records.filter((record) => record.entityType === '');
    expect(deactivated.length).toBeGreaterThan(rows * 0.01);
    expect(deactivated.every((record) => record.deactivatedOn !== '' && record.practice.state === '')).toBe(
      true,
    );
    const active = records.filter((record) => record.entityType !== '');
    const share = (state: string) =>
      active.filter((record) => record.practice.state === state).length / active.length;
    expect(share('CA')).toBeGreaterThan(0.08);
    expect(share('OR')).toBeGreaterThan(0.005);
    expect(share('OR')).toBeLessThan(0.025);
    expect(active.every((record) => record.taxonomies.length >= 1 && record.taxonomies.length <= 4)).toBe(
      true,
    );
    expect(active.every((record) => record.taxonomies[0]?.primary === true)).toBe(true);
    expect(locations.every((location) => records.some((record) => record.npi === location.npi))).toBe(true);
  });

  it('writes the same rows into a zip64 zip with its pl_pfile', async () => {
    const options = { rows, seed: 42, secondaryLocations: 400 };
    const csv = await writeSyntheticRegistry({
      ...options,
      path: join(folder.path, 'npidata_pfile_20050523-20251109.csv'),
    });
    const zip = await writeSyntheticRegistry({
      ...options,
      zip: true,
      zip64: true,
      path: join(folder.path, 'NPPES_Data_Dissemination_November_2025.zip'),
    });
    expect(zip.csvBytes).toBe(csv.csvBytes);
    const fromZip = await readAll(zip.path, { states: new Set(['OR']) });
    const fromCsv = await readAll(csv.path, { states: new Set(['OR']) });
    expect(fromZip.records).toEqual(fromCsv.records);
    expect(fromZip.locations).toEqual(fromCsv.locations);
  });
});
