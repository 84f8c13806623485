import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { startFullBuild, startIncrement } from '../../src/main/npi-registry/registry-builder';
import type {
  RegistryFileInfo,
  RegistryRecord,
  SecondaryLocation,
} from '../../src/main/npi-registry/registry-record';

export const nuccCsvPath = resolve(__dirname, '../../resources/nucc/nucc_provider_taxonomy.csv');

export const monthlyFile: RegistryFileInfo = {
  fileName: 'npidata_pfile_20050523-20181209.csv',
  fileDate: '2018-12-09',
  coverage: 'full',
};

export const weeklyFile: RegistryFileInfo = {
  fileName: 'npidata_pfile_20181210-20181216.csv',
  fileDate: '2018-12-16',
  coverage: 'weekly',
};

/** A fresh folder for each test's npi.db files, removed after it. */
export function useRegistryFolder(): { readonly folder: string } {
  const state = { folder: '' };
  beforeEach(() => {
    state.folder = mkdtempSync(join(tmpdir(), 'provider-desk-npi-'));
  });
  afterEach(() => rmSync(state.folder, { recursive: true, force: true }));
  return state;
}

interface FileContent {
  records: readonly RegistryRecord[];
  locations?: readonly SecondaryLocation[];
}

export function buildRegistry(
  path: string,
  { records, locations = [] }: FileContent,
  states: readonly string[] | null = null,
) {
  const builder = startFullBuild(path, { nuccCsvPath, states });
  builder.addSecondaryLocations(locations);
  builder.addRecords(records);
  return builder.finish(monthlyFile, '2018-12-12T09:30:00.000Z');
}

export function applyWeekly(fromPath: string, path: string, { records, locations = [] }: FileContent) {
  const builder = startIncrement(fromPath, path, {});
  builder.addSecondaryLocations(locations);
  builder.addRecords(records);
  return builder.finish(weeklyFile, '2018-12-18T08:00:00.000Z');
}
