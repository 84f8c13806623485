import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeZip } from '../../../scripts/synthetic-nppes/write-zip';
import type { FhirResource } from './fhir-resource';
import { readPlanNetSource, type ReadPlanNetOptions } from './read-plan-net-source';

/** For tests: the Plan-Net reference implementation's resources (see its README). */
export const realDataFolder = join(__dirname, '../../../tests/fixtures/plan-net-ri/nppes-data');

/** The reference implementation's counts, as its files are on disk (see the fixture's README). */
export const realCounts = {
  PractitionerRole: 2000,
  Practitioner: 2000,
  Location: 649,
  Organization: 180,
  HealthcareService: 158,
  OrganizationAffiliation: 158,
  Endpoint: 40,
  InsurancePlan: 30,
};

/** The real resources as a plain loop over the files reads them, without the reader. */
export function realResources(): FhirResource[] {
  const resources: FhirResource[] = [];
  for (const type of readdirSync(realDataFolder).sort()) {
    for (const name of readdirSync(join(realDataFolder, type)).sort()) {
      const value: unknown = JSON.parse(readFileSync(join(realDataFolder, type, name), 'utf8'));
      if (isResource(value)) resources.push(value);
    }
  }
  return resources;
}

/** The implementation guide's 49 examples, one file each in one folder. */
export function exampleResources(): FhirResource[] {
  const folder = join(realDataFolder, '../ig-examples');
  return readdirSync(folder)
    .sort()
    .map((name): unknown => JSON.parse(readFileSync(join(folder, name), 'utf8')))
    .filter(isResource);
}

function isResource(value: unknown): value is FhirResource {
  return (
    typeof value === 'object' &&
    value !== null &&
    'resourceType' in value &&
    typeof value.resourceType === 'string'
  );
}

export function writeBundle(path: string, resources: readonly unknown[]): string {
  writeFileSync(
    path,
    JSON.stringify({
      resourceType: 'Bundle',
      type: 'collection',
      entry: resources.map((resource) => ({ resource })),
    }),
  );
  return path;
}

/** One .ndjson per resource type, as a bulk export writes them; returns the files' names. */
export function writeNdjsonByType(folder: string, resources: readonly FhirResource[]): string[] {
  const byType = new Map<string, string[]>();
  for (const resource of resources) {
    byType.set(resource.resourceType, [
      ...(byType.get(resource.resourceType) ?? []),
      JSON.stringify(resource),
    ]);
  }
  return [...byType].map(([type, lines]) => {
    writeFileSync(join(folder, `${type}.ndjson`), `${lines.join('\n')}\n`);
    return `${type}.ndjson`;
  });
}

/** The real folder in a zip, one entry per file under its type's folder. */
export async function writeRealDataZip(path: string): Promise<string> {
  const entries = readdirSync(realDataFolder)
    .sort()
    .flatMap((type) =>
      readdirSync(join(realDataFolder, type))
        .sort()
        .map((name) => ({
          name: `nppes-data/${type}/${name}`,
          data: [readFileSync(join(realDataFolder, type, name))],
        })),
    );
  await writeZip(path, entries);
  return path;
}

/** Everything a read hands on, and its summary. */
export async function readAll(path: string, options: Partial<ReadPlanNetOptions> = {}) {
  const resources: FhirResource[] = [];
  const summary = await readPlanNetSource(path, {
    ...options,
    onResources: (batch) => resources.push(...batch),
  });
  return { resources, summary };
}

export function countByType(resources: readonly FhirResource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { resourceType } of resources) counts[resourceType] = (counts[resourceType] ?? 0) + 1;
  return counts;
}
