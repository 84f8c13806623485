import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvText } from '../../src/main/npi-registry/read/csv-text';

/** The real registry rows in the repository (December 2018 layout), as the templates of synthetic ones. */
export const sampleFolder = join(__dirname, '../../tests/fixtures/nppes-sample');
export const samplePractitionerFile = join(sampleFolder, 'sample-nppes-practitioner_20181204-data.csv');
export const sampleOrganizationFile = join(sampleFolder, 'sample-nppes-organization-data.csv');

export interface SampleTemplates {
  /** The sample's header, as is. */
  header: string[];
  individuals: string[][];
  organizations: string[][];
  column: (name: string) => number;
}

function rowsOf(path: string): string[][] {
  return parseCsvText(readFileSync(path));
}

let loaded: SampleTemplates | null = null;

export function sampleTemplates(): SampleTemplates {
  if (loaded !== null) return loaded;
  const [header = [], ...individuals] = rowsOf(samplePractitionerFile);
  const organizations = rowsOf(sampleOrganizationFile).slice(1);
  const indexes = new Map(header.map((name, index) => [name, index]));
  loaded = {
    header,
    individuals,
    organizations,
    column(name) {
      const index = indexes.get(name);
      if (index === undefined) throw new Error(`The sample header has no column "${name}".`);
      return index;
    },
  };
  return loaded;
}

/** The sample as one small registry file: the header once, then both files' rows, CRLF as in the originals. */
export function joinedSampleText(): string {
  const organizationText = readFileSync(sampleOrganizationFile, 'utf8');
  return (
    readFileSync(samplePractitionerFile, 'utf8') + organizationText.slice(organizationText.indexOf('\n') + 1)
  );
}
