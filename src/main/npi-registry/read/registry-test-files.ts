import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinedSampleText, sampleTemplates } from '../../../../scripts/synthetic-nppes/sample-templates';
import { secondaryLocationHeader } from '../../../../scripts/synthetic-nppes/synthetic-locations-text';
import { writeZip, type ZipOptions } from '../../../../scripts/synthetic-nppes/write-zip';
import type { RegistryRecord, SecondaryLocation } from '../registry-record';
import { readRegistryFile, type ReadRegistryOptions } from './read-registry-file';

export const sampleCsvName = 'npidata_pfile_20050523-20181209.csv';
export const samplePlName = 'pl_pfile_20050523-20181209.csv';

/** The 2,040 sample rows as one registry CSV (header on line 1, SOUCIER on line 2). */
export function writeSampleCsv(folder: string, name = sampleCsvName, text = joinedSampleText()): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** The sample in a zip as CMS packs it: the CSV, its header-only twin, and maybe a pl_pfile. */
export async function writeSampleZip(
  folder: string,
  options: ZipOptions & { name?: string; text?: string; locations?: string; store?: boolean } = {},
): Promise<string> {
  const path = join(folder, options.name ?? 'NPPES_Data_Dissemination_December_2018.zip');
  const text = options.text ?? joinedSampleText();
  const entries = [
    { name: sampleCsvName, data: [text], store: options.store === true },
    { name: sampleCsvName.replace('.csv', '_fileheader.csv'), data: [text.slice(0, text.indexOf('\n') + 1)] },
  ];
  if (options.locations !== undefined) entries.push({ name: samplePlName, data: [options.locations] });
  await writeZip(path, entries, options);
  return path;
}

/** A pl_pfile's text with the registry's own header; each location is [npi, city, state]. */
export function secondaryLocationsText(locations: [npi: string, city: string, state: string][]): string {
  const rows = locations.map(([npi, city, state]) => [
    npi,
    '1 MAIN ST',
    '',
    city,
    state,
    '970000000',
    'US',
    '5035550100',
    '',
    '',
  ]);
  return (
    [secondaryLocationHeader, ...rows]
      .map((fields) => fields.map((field) => `"${field}"`).join(','))
      .join('\r\n') + '\r\n'
  );
}

/** A registry row in the sample's layout holding only an NPI and its deactivation date, as CMS lists one. */
export function deactivatedRowText(npi: string, deactivatedOn: string): string {
  const { header, column } = sampleTemplates();
  const fields = header.map(() => '');
  fields[column('NPI')] = npi;
  fields[column('NPI Deactivation Date')] = deactivatedOn;
  return `${fields.map((field) => `"${field}"`).join(',')}\r\n`;
}

/** Reads a file whole, collecting what the reader hands on and in which order. */
export async function readAll(path: string, options: Partial<ReadRegistryOptions> = {}) {
  const records: RegistryRecord[] = [];
  const locations: SecondaryLocation[] = [];
  const calls: ('records' | 'locations')[] = [];
  const batchSizes: number[] = [];
  const read = await readRegistryFile(path, {
    states: null,
    ...options,
    onRecords(batch) {
      calls.push('records');
      batchSizes.push(batch.length);
      records.push(...batch);
    },
    onSecondaryLocations(batch) {
      calls.push('locations');
      locations.push(...batch);
    },
  });
  return { read, records, locations, calls, batchSizes };
}
