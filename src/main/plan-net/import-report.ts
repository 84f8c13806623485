import { hasAddress, hasNpi } from './directory-gaps';
import { isPlanNetResourceType, type PlanNetResourceType } from './fhir-resource';
import { referenceFields } from './reference-fields';
import type { ResolvedResource } from './resolve-references';
const examplesPerKind = 3;

export interface UnresolvedReferences {
  /** "PractitionerRole.location". */
  readonly kind: string;
  readonly count: number;
  /** The first few, to show where to look: the resource and the reference it gives. */
  readonly examples: readonly { readonly from: string; readonly reference: string }[];
}

/** What an import found, for the person who imports a plan's directory to check it. */
export interface PlanNetImportReport {
  readonly countsByType: Readonly<Record<PlanNetResourceType, number>>;
  /** Links followed, resolved or not. */
  readonly references: number;
  /** Resources kept with at least one link that does not resolve. */
  readonly incomplete: number;
  /** By kind, in the order of `referenceFields`; kinds that all resolve are left out. */
  readonly unresolved: readonly UnresolvedReferences[];
  /** Roles with no network that resolves: they cannot be shown as in any network. */
  readonly rolesWithoutNetwork: number;
  /** Locations with no address, or one with neither a street line, city, ZIP nor text. */
  readonly locationsWithoutAddress: number;
  /** Practitioners with no identifier in the NPI system that has a value. */
  readonly practitionersWithoutNpi: number;
}

export function importReport(resolved: readonly ResolvedResource[]): PlanNetImportReport {
  const countsByType = zeroCounts();
  const unresolved = new Map<string, { count: number; examples: { from: string; reference: string }[] }>();
  let references = 0;
  let incomplete = 0;
  let rolesWithoutNetwork = 0;
  let locationsWithoutAddress = 0;
  let practitionersWithoutNpi = 0;
  for (const { key, resource, links, incomplete: isIncomplete } of resolved) {
    const type = resource.resourceType;
    if (isPlanNetResourceType(type)) countsByType[type] += 1;
    references += links.length;
    if (isIncomplete) incomplete += 1;
    for (const link of links) {
      if (link.target !== null) continue;
      const kind = unresolved.get(link.kind) ?? { count: 0, examples: [] };
      kind.count += 1;
      if (kind.examples.length < examplesPerKind)
        kind.examples.push({ from: key, reference: link.reference });
      unresolved.set(link.kind, kind);
    }
    if (
      type === 'PractitionerRole' &&
      !links.some((link) => link.kind === 'PractitionerRole.network' && link.target !== null)
    ) {
      rolesWithoutNetwork += 1;
    }
    if (type === 'Location' && !hasAddress(resource)) locationsWithoutAddress += 1;
    if (type === 'Practitioner' && !hasNpi(resource)) practitionersWithoutNpi += 1;
  }
  return {
    countsByType,
    references,
    incomplete,
    unresolved: referenceFields.flatMap(({ kind }) => {
      const found = unresolved.get(kind);
      return found === undefined ? [] : [{ kind, ...found }];
    }),
    rolesWithoutNetwork,
    locationsWithoutAddress,
    practitionersWithoutNpi,
  };
}

function zeroCounts(): Record<PlanNetResourceType, number> {
  return {
    PractitionerRole: 0,
    Practitioner: 0,
    Location: 0,
    Organization: 0,
    HealthcareService: 0,
    OrganizationAffiliation: 0,
    Endpoint: 0,
    InsurancePlan: 0,
  };
}
