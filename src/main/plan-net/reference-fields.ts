import type { PlanNetResourceType } from './fhir-resource';

export const networkReferenceUrl =
  'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference';

/** One kind of link the directory follows: a field (or the network extension) of one type. */
export interface ReferenceField {
  /** "PractitionerRole.location": how the report names this kind of link. */
  readonly kind: string;
  readonly from: PlanNetResourceType;
  /** The element holding a Reference or a list of them; 'network' on a role is its extension. */
  readonly field: string;
  readonly to: PlanNetResourceType;
  readonly extensionUrl?: string;
}

/** Declared once, so a later SQL resolver can follow the same links. */
export const referenceFields = [
  {
    kind: 'PractitionerRole.practitioner',
    from: 'PractitionerRole',
    field: 'practitioner',
    to: 'Practitioner',
  },
  {
    kind: 'PractitionerRole.organization',
    from: 'PractitionerRole',
    field: 'organization',
    to: 'Organization',
  },
  { kind: 'PractitionerRole.location', from: 'PractitionerRole', field: 'location', to: 'Location' },
  {
    kind: 'PractitionerRole.healthcareService',
    from: 'PractitionerRole',
    field: 'healthcareService',
    to: 'HealthcareService',
  },
  {
    kind: 'PractitionerRole.network',
    from: 'PractitionerRole',
    field: 'network',
    to: 'Organization',
    extensionUrl: networkReferenceUrl,
  },
  {
    kind: 'OrganizationAffiliation.organization',
    from: 'OrganizationAffiliation',
    field: 'organization',
    to: 'Organization',
  },
  {
    kind: 'OrganizationAffiliation.participatingOrganization',
    from: 'OrganizationAffiliation',
    field: 'participatingOrganization',
    to: 'Organization',
  },
  {
    kind: 'OrganizationAffiliation.network',
    from: 'OrganizationAffiliation',
    field: 'network',
    to: 'Organization',
  },
  { kind: 'InsurancePlan.network', from: 'InsurancePlan', field: 'network', to: 'Organization' },
] as const satisfies readonly ReferenceField[];
