/** The resource types of a Plan-Net provider directory; a source's other resources are skipped. */
export const planNetResourceTypes = [
  'PractitionerRole',
  'Practitioner',
  'Location',
  'Organization',
  'HealthcareService',
  'OrganizationAffiliation',
  'Endpoint',
  'InsurancePlan',
] as const;

export type PlanNetResourceType = (typeof planNetResourceTypes)[number];

/** A FHIR resource as parsed from JSON: only its type is known to be there. */
export interface FhirResource {
  readonly resourceType: string;
  readonly id?: string;
  readonly [field: string]: unknown;
}

export function isPlanNetResourceType(type: string): type is PlanNetResourceType {
  return (planNetResourceTypes as readonly string[]).includes(type);
}
