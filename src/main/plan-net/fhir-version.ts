import type { FhirResource } from './fhir-resource';

/**
 * The FHIR version a resource says it is in, when that is not R4; null for R4 or when it says
 * nothing. The rule relies only on what a resource declares, because R4 and STU3 resources of
 * these types mostly share their shapes:
 * - `meta.profile` URLs of the core specification carry the version in their path
 *   (`http://hl7.org/fhir/STU3/StructureDefinition/…`, `/DSTU2/`, `/3.0/`, `/1.0/`), and the
 *   Argonaut and US Core STU3 profiles likewise (`…/us/core/STU3/…`, `…/argonaut/…`);
 * - a `fhirVersion` element (bulk manifests, CapabilityStatement, StructureDefinition) gives the
 *   release number: 4.0.x is R4, 3.x STU3, 1.x DSTU2;
 * - a DSTU2 Practitioner carries `practitionerRole`, an element R4 removed, and a single `name`
 *   object where R4 has a list.
 * A resource that declares nothing is taken as R4, as Plan-Net servers publish only R4.
 */
export function otherFhirVersion(resource: FhirResource): string | null {
  const fhirVersion = resource['fhirVersion'];
  if (typeof fhirVersion === 'string' && !fhirVersion.startsWith('4.0')) return versionName(fhirVersion);
  for (const profile of profilesOf(resource)) {
    const version = /\/(STU3|DSTU2|R3|3\.0|1\.0)\//i.exec(profile)?.[1];
    if (version !== undefined) return versionName(version);
    if (/\/argonaut\//i.test(profile)) return 'DSTU2';
  }
  if (resource.resourceType === 'Practitioner') {
    const name = resource['name'];
    if (
      'practitionerRole' in resource ||
      (typeof name === 'object' && name !== null && !Array.isArray(name))
    ) {
      return 'DSTU2';
    }
  }
  return null;
}

function versionName(version: string): string {
  if (/^(STU3|R3|3\.)/i.test(version)) return 'STU3';
  if (/^(DSTU2|1\.)/i.test(version)) return 'DSTU2';
  return version;
}

function profilesOf(resource: FhirResource): string[] {
  const meta = resource['meta'];
  if (typeof meta !== 'object' || meta === null || !('profile' in meta)) return [];
  const profiles: unknown = meta.profile;
  return Array.isArray(profiles) ? profiles.filter((profile) => typeof profile === 'string') : [];
}
