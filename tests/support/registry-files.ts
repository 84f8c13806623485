import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real NPI registry rows kept for tests (tests/fixtures/nppes-sample, with their source and
 * licence), and the NUCC code set the app ships.
 */
const sampleFolder = join(__dirname, '..', 'fixtures', 'nppes-sample');
export const practitionerSamplePath = join(sampleFolder, 'sample-nppes-practitioner_20181204-data.csv');
export const organizationSamplePath = join(sampleFolder, 'sample-nppes-organization-data.csv');
export const nuccTaxonomyPath = join(
  __dirname,
  '..',
  '..',
  'resources',
  'nucc',
  'nucc_provider_taxonomy.csv',
);

/** 2,000 individual and 40 organization rows of the December 2018 file. */
export const sampleRegistryRows = 2_040;

/**
 * The two sample files joined into one small registry file (the header once, then every row),
 * written as `name` in `folder`. The name says the file's date, as CMS's names do.
 */
export function writeSampleRegistry(folder: string, name = 'npidata_pfile_20050523-20181209.csv'): string {
  const practitioners = readFileSync(practitionerSamplePath, 'utf8');
  const organizations = readFileSync(organizationSamplePath, 'utf8');
  const organizationRows = organizations.slice(organizations.indexOf('\n') + 1);
  const path = join(folder, name);
  writeFileSync(path, `${practitioners.replace(/\r?\n?$/, '\r\n')}${organizationRows}`);
  return path;
}
