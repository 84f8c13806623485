import type { FhirResource } from './fhir-resource';
import { referenceFields, type ReferenceField } from './reference-fields';

export interface ResolvedLink {
  /** As in `referenceFields`: "PractitionerRole.network". */
  readonly kind: string;
  /** The reference as the data gives it. */
  readonly reference: string;
  /** "Organization/abc" when it names a resource of the expected type that the data holds. */
  readonly target: string | null;
}

export interface ResolvedResource {
  readonly key: string;
  readonly resource: FhirResource;
  readonly links: readonly ResolvedLink[];
  /** A link does not resolve: the resource is kept, and shown as incomplete. */
  readonly incomplete: boolean;
}

export function resourceKey(resource: FhirResource): string {
  return `${resource.resourceType}/${resource.id ?? ''}`;
}

/** The resources by "Type/id"; a later id replaces an earlier one, as a server's update would. */
export function indexResources(resources: Iterable<FhirResource>): Map<string, FhirResource> {
  const index = new Map<string, FhirResource>();
  for (const resource of resources) index.set(resourceKey(resource), resource);
  return index;
}

/**
 * "Type/id" of a literal reference: relative ("Organization/x"), absolute
 * ("https://plan.example/fhir/Organization/x") or versioned (".../Organization/x/_history/2").
 * Null for contained ("#x") or logical references, which name nothing this data can hold.
 */
export function referenceKey(reference: string): string | null {
  const parts = reference.replace(/\/_history\/[^/]*$/, '').split('/');
  const [type, id] = parts.slice(-2);
  if (parts.length < 2 || type === undefined || id === undefined) return null;
  return /^[A-Z][A-Za-z]+$/.test(type) && id !== '' ? `${type}/${id}` : null;
}

/**
 * Follows each resource's links (see `referenceFields`) within `index`. A pure function over a
 * map, so that a later step can do the same lookups in SQLite with the same rules.
 */
export function resolveReferences(index: ReadonlyMap<string, FhirResource>): ResolvedResource[] {
  const resolved: ResolvedResource[] = [];
  for (const [key, resource] of index) {
    const links = referenceFields
      .filter((field) => field.from === resource.resourceType)
      .flatMap((field) =>
        referencesIn(resource, field).map((reference) => {
          const target = referenceKey(reference);
          const found = target !== null && target.startsWith(`${field.to}/`) && index.has(target);
          return { kind: field.kind, reference, target: found ? target : null };
        }),
      );
    resolved.push({ key, resource, links, incomplete: links.some((link) => link.target === null) });
  }
  return resolved;
}

/** The reference strings in a field, or in its extension; a Reference without one counts as ''. */
export function referencesIn(resource: FhirResource, field: ReferenceField): string[] {
  const values =
    field.extensionUrl === undefined
      ? listOf(resource[field.field])
      : listOf(resource['extension'])
          .filter((extension) => fieldOf(extension, 'url') === field.extensionUrl)
          .map((extension) => fieldOf(extension, 'valueReference'));
  return values
    .filter((value) => value !== undefined)
    .map((value) => {
      const reference = fieldOf(value, 'reference');
      return typeof reference === 'string' ? reference : '';
    });
}

export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function fieldOf(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const field: unknown = Reflect.get(value, name);
  return field;
}
