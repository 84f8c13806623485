import type { FhirResource } from '../fhir-resource';
import { realResources } from '../plan-net-test-data';

/**
 * For tests: facts about the real Plan-Net data read straight from its JSON files, in the shape
 * the guide gives them, apart from the directory's own code, to check its answers against.
 */
interface Ref {
  reference?: string;
  display?: string;
}
interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
interface LooseResource {
  resourceType: string;
  id: string;
  name?: string | { family?: string; given?: string[] }[];
  practitioner?: Ref;
  participatingOrganization?: Ref;
  location?: Ref[];
  healthcareService?: Ref[];
  network?: Ref[];
  specialty?: { coding?: Coding[] }[];
  communication?: { coding?: Coding[] }[];
  extension?: {
    url: string;
    valueReference?: Ref;
    extension?: { valueCodeableConcept?: { coding?: Coding[] } }[];
  }[];
  address?: { city?: string; postalCode?: string; line?: string[]; state?: string };
  telecom?: { system?: string; value?: string }[];
}

export interface RealRole {
  key: string;
  /** The practitioner, or the affiliation's participating organization. */
  provider: string;
  codes: string[];
  /** The specialties as the data's codings display them. */
  specialties: string[];
  locations: LooseResource[];
  networks: string[];
  /** Its own newpatients code, else its services', else its locations' ("newpt" wins). */
  accepting: string | null;
}

export function realNetworkFacts() {
  // The files' JSON as the guide shapes it, read apart from the directory's extraction.
  const resources = realResources() as unknown as (FhirResource & LooseResource)[];
  const byKey = new Map(resources.map((resource) => [`${resource.resourceType}/${resource.id}`, resource]));
  const newPatients = (resource: LooseResource | undefined) =>
    (resource?.extension ?? [])
      .filter((extension) => extension.url.endsWith('/newpatients'))
      .flatMap((extension) => extension.extension ?? [])
      .flatMap((part) => part.valueCodeableConcept?.coding ?? [])
      .map((coding) => coding.code ?? null)[0] ?? null;
  const firstAnswer = (answers: (string | null)[]) =>
    answers.includes('newpt') ? 'newpt' : (answers.find((answer) => answer !== null) ?? null);
  const roles: RealRole[] = resources
    .filter(
      (resource) =>
        resource.resourceType === 'PractitionerRole' || resource.resourceType === 'OrganizationAffiliation',
    )
    .map((role) => {
      const locations = (role.location ?? [])
        .map((ref) => byKey.get(ref.reference ?? ''))
        .filter((found) => found !== undefined);
      const services = (role.healthcareService ?? []).map((ref) => byKey.get(ref.reference ?? ''));
      return {
        key: `${role.resourceType}/${role.id}`,
        provider: (role.practitioner ?? role.participatingOrganization)?.reference ?? '',
        codes: (role.specialty ?? [])
          .flatMap((concept) => concept.coding ?? [])
          .map((coding) => coding.code ?? ''),
        specialties: (role.specialty ?? [])
          .flatMap((concept) => concept.coding ?? [])
          .map((coding) => coding.display ?? ''),
        locations,
        networks: [
          ...(role.network ?? []),
          ...(role.extension ?? []).flatMap((extension) =>
            extension.valueReference ? [extension.valueReference] : [],
          ),
        ].map((ref) => ref.reference ?? ''),
        accepting:
          newPatients(role) ??
          firstAnswer(services.map(newPatients)) ??
          firstAnswer(locations.map(newPatients)),
      };
    });
  const speaks = (provider: string, language: string) =>
    (byKey.get(provider)?.communication ?? []).some((spoken) =>
      (spoken.coding ?? []).some((coding) => coding.code === language),
    );
  /** The providers with a role that passes `test`. */
  const providersWith = (test: (role: RealRole) => boolean) =>
    [...new Set(roles.filter(test).map((role) => role.provider))].sort();
  return { byKey, roles, providersWith, speaks };
}
