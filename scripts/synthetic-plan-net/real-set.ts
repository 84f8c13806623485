import type { FhirResource, PlanNetResourceType } from '../../src/main/plan-net/fhir-resource';
import { isPlanNetResourceType } from '../../src/main/plan-net/fhir-resource';
import { realResources } from '../../src/main/plan-net/plan-net-test-data';
import { resourceKey } from '../../src/main/plan-net/resolve-references';

export const npiSystem = 'http://hl7.org/fhir/sid/us-npi';

export interface Place {
  readonly city: string;
  readonly state: string;
  readonly postalCode: string;
}

/** The reference implementation's 5,215 resources, and what the copies recombine. */
export interface RealSet {
  readonly byType: ReadonlyMap<PlanNetResourceType, readonly FhirResource[]>;
  /** "Type/id" → its type and index within `byType`. */
  readonly positions: ReadonlyMap<string, { type: PlanNetResourceType; index: number }>;
  /** Each NPI the data carries → its number, so copy k can give it NPI number k·size + n. */
  readonly npis: ReadonlyMap<string, number>;
  readonly families: readonly string[];
  readonly givens: readonly string[];
  /** The locations' city, state and ZIP together, so a copy's address stays a real place. */
  readonly places: readonly Place[];
}

export function loadRealSet(): RealSet {
  const byType = new Map<PlanNetResourceType, FhirResource[]>();
  const positions = new Map<string, { type: PlanNetResourceType; index: number }>();
  const npis = new Map<string, number>();
  const families = new Set<string>();
  const givens = new Set<string>();
  const places: Place[] = [];
  for (const resource of realResources()) {
    const type = resource.resourceType;
    if (!isPlanNetResourceType(type)) continue;
    const list = byType.get(type) ?? [];
    positions.set(resourceKey(resource), { type, index: list.length });
    list.push(resource);
    byType.set(type, list);
    for (const identifier of objects(resource['identifier'])) {
      if (identifier['system'] === npiSystem && typeof identifier['value'] === 'string') {
        npis.set(identifier['value'], npis.size);
      }
    }
    for (const name of type === 'Practitioner' ? objects(resource['name']) : []) {
      if (typeof name['family'] === 'string') families.add(name['family']);
      for (const given of strings(name['given'])) givens.add(given);
    }
    for (const address of type === 'Location' ? objects(resource['address']) : []) {
      const [city, state, postalCode] = [address['city'], address['state'], address['postalCode']];
      if (typeof city === 'string' && typeof state === 'string' && typeof postalCode === 'string') {
        places.push({ city, state, postalCode });
      }
    }
  }
  return { byType, positions, npis, families: [...families], givens: [...givens], places };
}

export function objects(value: unknown): Record<string, unknown>[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
