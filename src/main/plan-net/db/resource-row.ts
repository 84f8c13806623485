import type { AcceptingPatients, NetworkSpecialty } from '../../../shared/plan-net';
import { hasAddress, hasNpi, npiSystem } from '../directory-gaps';
import type { FhirResource } from '../fhir-resource';
import { fieldOf, listOf } from '../resolve-references';
import { acceptingPatientsOf } from './accepting-patients';
import {
  addressOf,
  codingsOf,
  conceptText,
  extensionsOf,
  lastUpdatedOf,
  placeOf,
  telecomOf,
  textOf,
  textsOf,
  zipOf,
} from './fhir-values';
import { hoursText } from './hours-text';
import { storedJson } from './stored-details';

/** One resource's row in network.db's `resources` table: what search, filters and the card use. */
export interface ResourceRow {
  key: string;
  type: string;
  /** meta.lastUpdated as a date. */
  updated: string | null;
  npi: string | null;
  /** The resource's own newpatients answer (roles, services, locations). */
  accepting: AcceptingPatients | null;
  /** Locations: 1 when it has an address a patient can go to, as the import report counts. */
  hasAddress: number | null;
  /** How a card or a result names it. */
  name: string | null;
  /** Search words: a practitioner's family name, an organization's name. */
  lead: string | null;
  /** More search words: given names and credentials, a location's city and state. */
  words: string | null;
  /** A location's 5-digit ZIP and its "CITY, ST 12345". */
  zip: string | null;
  place: string | null;
  details: string | null;
}

const nuccSystem = 'http://nucc.org/provider-taxonomy';
const accessibilityUrl = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/accessibility';

export function resourceRow(
  resource: FhirResource,
  key: string,
  specialtyName: (code: string) => string | undefined,
): ResourceRow {
  const row: ResourceRow = {
    key,
    type: resource.resourceType,
    updated: lastUpdatedOf(resource),
    npi: null,
    accepting: null,
    hasAddress: null,
    name: textOf(resource['name']),
    lead: null,
    words: null,
    zip: null,
    place: null,
    details: null,
  };
  switch (resource.resourceType) {
    case 'Practitioner':
      return { ...row, ...practitionerColumns(resource) };
    case 'Organization':
      return {
        ...row,
        npi: npiOf(resource),
        lead: row.name,
        words: textsOf(resource['alias']).join(' '),
        details: storedJson({
          addresses: listOf(resource['address']).flatMap((address) => addressOf(address) ?? []),
          ...telecomOf(resource),
        }),
      };
    case 'Location': {
      const address = addressOf(resource['address']);
      return {
        ...row,
        accepting: acceptingPatientsOf(resource),
        hasAddress: hasAddress(resource) ? 1 : 0,
        words: [address?.city, address?.state].filter(Boolean).join(' '),
        zip: zipOf(address?.postalCode ?? null),
        place: placeOf(address),
        details: storedJson({
          address,
          ...telecomOf(resource),
          hours: hoursText(resource['hoursOfOperation']),
          accessibility: extensionsOf(resource, accessibilityUrl).flatMap(
            (extension) => accessibilityText(fieldOf(extension, 'valueCodeableConcept')) ?? [],
          ),
        }),
      };
    }
    case 'HealthcareService':
      return { ...row, accepting: acceptingPatientsOf(resource) };
    case 'PractitionerRole':
    case 'OrganizationAffiliation': {
      // A role whose practitioner is missing stands for them under the name its reference gives.
      const who = resource.resourceType === 'PractitionerRole' ? 'practitioner' : 'participatingOrganization';
      const name = textOf(fieldOf(resource[who], 'display'));
      return {
        ...row,
        name,
        lead: name,
        accepting: acceptingPatientsOf(resource),
        details: storedJson({
          roleName:
            listOf(resource['code'])
              .map(conceptText)
              .find((text) => text !== null) ?? null,
          specialties: listOf(resource['specialty']).flatMap((concept) =>
            specialtyOf(concept, specialtyName),
          ),
          ...telecomOf(resource),
          hours: hoursText(resource['availableTime']),
        }),
      };
    }
    default:
      return row;
  }
}

function practitionerColumns(resource: FhirResource): Partial<ResourceRow> {
  const names = listOf(resource['name']);
  const name = names.find((candidate) => fieldOf(candidate, 'use') === 'official') ?? names[0];
  const family = textOf(fieldOf(name, 'family'));
  const given = textsOf(fieldOf(name, 'given'));
  const prefixes = textsOf(fieldOf(name, 'prefix'));
  const suffixes = textsOf(fieldOf(name, 'suffix'));
  const spoken = [...given, family].filter((part) => part !== null).join(' ');
  const display = spoken === '' ? textOf(fieldOf(name, 'text')) : [spoken, ...suffixes].join(', ');
  return {
    npi: npiOf(resource),
    name: display,
    lead: family ?? display,
    words: [...given, ...prefixes, ...suffixes].join(' '),
    details: storedJson({
      addresses: listOf(resource['address']).flatMap((address) => addressOf(address) ?? []),
      ...telecomOf(resource),
      languages: [
        ...new Set(
          listOf(resource['communication']).flatMap((language) =>
            codingsOf(language).flatMap(({ system, code }) =>
              code !== null && (system === null || system === 'urn:ietf:bcp:47') ? [code] : [],
            ),
          ),
        ),
      ],
    }),
  };
}

/** The first NPI a resource gives, as written; null for none (as the import report counts). */
function npiOf(resource: FhirResource): string | null {
  if (!hasNpi(resource)) return null;
  const value = listOf(resource['identifier'])
    .filter((identifier) => fieldOf(identifier, 'system') === npiSystem)
    .map((identifier) => fieldOf(identifier, 'value'))
    .find((candidate) => typeof candidate === 'string' && candidate !== '');
  return typeof value === 'string' ? value.slice(0, 64) : null;
}

/** A specialty by its NUCC name when the code is known, else as the data words it. */
function specialtyOf(
  concept: unknown,
  specialtyName: (code: string) => string | undefined,
): NetworkSpecialty[] {
  const codings = codingsOf(concept);
  const nucc = codings.find((coding) => coding.system === nuccSystem && coding.code !== null);
  const code = nucc?.code?.toUpperCase() ?? null;
  const name = (code === null ? undefined : specialtyName(code)) ?? conceptText(concept) ?? code;
  return name === null ? [] : [{ code, name }];
}

/** "handicap accessible" → "Handicap accessible". */
function accessibilityText(concept: unknown): string | null {
  const text = conceptText(concept);
  return text === null ? null : text.charAt(0).toUpperCase() + text.slice(1);
}
