import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FhirResource } from '../../src/main/plan-net/fhir-resource';
import { realResources } from '../../src/main/plan-net/plan-net-test-data';
import { readPlanNetSource } from '../../src/main/plan-net/read-plan-net-source';
import { indexResources, referenceKey, resolveReferences } from '../../src/main/plan-net/resolve-references';
import { checkNpi } from '../../src/shared/validation/npi';
import { npiSystem, objects } from '../../scripts/synthetic-plan-net/real-set';
import { writeSyntheticPlanNet } from '../../scripts/synthetic-plan-net/write-synthetic-plan-net';

const size = 12_000;
const folder = mkdtempSync(join(tmpdir(), 'provider-desk-synthetic-plan-net-'));
const real = realResources();
let generated: FhirResource[] = [];

beforeAll(async () => {
  await writeSyntheticPlanNet(folder, size);
  await readPlanNetSource(folder, { onResources: (batch) => generated.push(...batch) });
});
afterAll(() => {
  generated = [];
  rmSync(folder, { recursive: true, force: true });
});

const ofType = (resources: readonly FhirResource[], type: string) =>
  resources.filter((resource) => resource.resourceType === type);

function npisOf(resources: readonly FhirResource[]): string[] {
  return resources.flatMap((resource) =>
    objects(resource['identifier'])
      .filter((identifier) => identifier['system'] === npiSystem)
      .map((identifier) => String(identifier['value'])),
  );
}

/** Every `reference` string anywhere in a resource, not only the links the directory follows. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  const own = 'reference' in value && typeof value.reference === 'string' ? [value.reference] : [];
  return [...own, ...Object.values(value).flatMap(referencesIn)];
}

describe('a generated Plan-Net set, as the network benchmark imports it', () => {
  it('holds exactly the resources asked for, each type in the real data’s proportion', () => {
    expect(generated).toHaveLength(size);
    for (const type of new Set(real.map((resource) => resource.resourceType))) {
      const expected = (size * ofType(real, type).length) / real.length;
      expect(Math.abs(ofType(generated, type).length - expected), type).toBeLessThan(1);
    }
  });

  it('gives every resource its own id, and every reference resolves', () => {
    const index = indexResources(generated);
    expect(index.size).toBe(size);
    const links = resolveReferences(index).flatMap((resource) => resource.links);
    // The real set's 10,617 links, in each of the two whole copies and the partial one.
    expect(links.length).toBeGreaterThan(2 * 10_617);
    expect(links.filter((link) => link.target === null)).toEqual([]);
    const dangling = generated
      .flatMap(referencesIn)
      .filter((reference) => !index.has(referenceKey(reference) ?? ''));
    expect(dangling).toEqual([]);
  });

  it('gives new, valid and unique NPIs: one per practitioner and per organization that had one', () => {
    const npis = npisOf(generated);
    expect(npis.filter((npi) => !checkNpi(npi).ok)).toEqual([]);
    expect(new Set(npis).size).toBe(npis.length);
    expect(npis.length).toBeGreaterThanOrEqual(ofType(generated, 'Practitioner').length);
    const realNpis = new Set(npisOf(real));
    expect(npis.filter((npi) => realNpis.has(npi))).toEqual([]);
  });

  it('recombines the real names and places, and a role names its practitioner as the practitioner does', () => {
    const families = new Set(
      ofType(real, 'Practitioner').flatMap((p) => objects(p['name']).map((n) => n['family'])),
    );
    const practitioners = ofType(generated, 'Practitioner');
    const names = practitioners.map((practitioner) => objects(practitioner['name'])[0] ?? {});
    expect(names.filter((name) => !families.has(name['family']))).toEqual([]);
    const fullNames = new Set(
      names.map((name) => `${String(name['family'])} ${JSON.stringify(name['given'])}`),
    );
    expect(fullNames.size).toBeGreaterThan(practitioners.length * 0.9);

    const byKey = indexResources(generated);
    for (const role of ofType(generated, 'PractitionerRole').slice(0, 500)) {
      const [link] = objects(role['practitioner']);
      const [name] = objects(byKey.get(referenceKey(String(link?.['reference'])) ?? '')?.['name']);
      const given: unknown = Array.isArray(name?.['given']) ? name['given'][0] : undefined;
      expect(link?.['display']).toBe(`${String(given)} ${String(name?.['family'])}`);
    }

    const place = (location: FhirResource) => {
      const [address] = objects(location['address']);
      return `${String(address?.['city'])}|${String(address?.['state'])}|${String(address?.['postalCode'])}`;
    };
    const realPlaces = new Set(ofType(real, 'Location').map(place));
    const places = ofType(generated, 'Location').map(place);
    expect(places.filter((p) => !realPlaces.has(p))).toEqual([]);
    expect(new Set(places).size).toBeGreaterThan(realPlaces.size / 2);
  });

  it('keeps each resource’s shape: a copy differs from its original only in ids, NPIs, names and places', () => {
    const original = ofType(real, 'Practitioner')[0]!;
    const copy = byId(generated, `${original.id}-1`);
    expect(copy['qualification']).toEqual(original['qualification']);
    expect(copy['communication']).toEqual(original['communication']);
    expect(new Set(Object.keys(copy))).toEqual(new Set(Object.keys(original)));
    expect(copy['id']).not.toBe(original.id);
  });
});

function byId(resources: readonly FhirResource[], id: string): FhirResource {
  const found = resources.find((resource) => resource.id === id);
  if (found === undefined) throw new Error(`No resource ${id}`);
  return found;
}
