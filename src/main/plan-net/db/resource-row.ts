import type { AcceptingPatients, NetworkAddress, NetworkSpecialty } from '../../../shared/plan-net';
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
  // Filled in place: spreading a row per type cost an object and a copy per resource.
  switch (resource.resourceType) {
    case 'Practitioner':
      practitionerColumns(resource, row);
      break;
    case 'Organization':
      row.npi = npiOf(resource);
      row.lead = row.name;
      row.words = textsOf(resource['alias']).join(' ');
      row.details = storedJson({
        addresses: addressesOf(resource),
        ...telecomOf(resource),
      });
      break;
    case 'Location': {
      const address = addressOf(resource['address']);
      row.accepting = acceptingPatientsOf(resource);
      row.hasAddress = hasAddress(resource) ? 1 : 0;
      row.words = [address?.city, address?.state].filter(Boolean).join(' ');
      row.zip = zipOf(address?.postalCode ?? null);
      row.place = placeOf(address);
      row.details = storedJson({
        address,
        ...telecomOf(resource),
        hours: hoursText(resource['hoursOfOperation']),
        accessibility: extensionsOf(resource, accessibilityUrl).flatMap(
          (extension) => accessibilityText(fieldOf(extension, 'valueCodeableConcept')) ?? [],
        ),
      });
      break;
    }
    case 'HealthcareService':
      row.accepting = acceptingPatientsOf(resource);
      break;
    case 'PractitionerRole':
    case 'OrganizationAffiliation': {
      // A role whose practitioner is missing stands for them under the name its reference gives.
      const who = resource.resourceType === 'PractitionerRole' ? 'practitioner' : 'participatingOrganization';
      row.name = textOf(fieldOf(resource[who], 'display'));
      row.lead = row.name;
      row.accepting = acceptingPatientsOf(resource);
      row.details = storedJson({
        roleName:
          listOf(resource['code'])
            .map(conceptText)
            .find((text) => text !== null) ?? null,
        specialties: listOf(resource['specialty']).flatMap((concept) => specialtyOf(concept, specialtyName)),
        ...telecomOf(resource),
        hours: hoursText(resource['availableTime']),
      });
      break;
    }
  }
  return row;
}

function practitionerColumns(resource: FhirResource, row: ResourceRow): void {
  const names = listOf(resource['name']);
  const name = names.find((candidate) => fieldOf(candidate, 'use') === 'official') ?? names[0];
  const family = textOf(fieldOf(name, 'family'));
  const given = textsOf(fieldOf(name, 'given'));
  const prefixes = textsOf(fieldOf(name, 'prefix'));
  const suffixes = textsOf(fieldOf(name, 'suffix'));
  const spoken = family === null ? given.join(' ') : given.concat(family).join(' ');
  const display = spoken === '' ? textOf(fieldOf(name, 'text')) : [spoken].concat(suffixes).join(', ');
  row.npi = npiOf(resource);
  row.name = display;
  row.lead = family ?? display;
  row.words = given.concat(prefixes, suffixes).join(' ');
  row.details = storedJson({
    addresses: addressesOf(resource),
    ...telecomOf(resource),
    languages: languagesOf(resource),
  });
}

/** A practitioner's BCP-47 language codes, each once. */
function languagesOf(resource: FhirResource): string[] {
  const codes: string[] = [];
  for (const language of listOf(resource['communication'])) {
    for (const { system, code } of codingsOf(language)) {
      const bcp47 = code !== null && (system === null || system === 'urn:ietf:bcp:47');
      if (bcp47 && !codes.includes(code)) codes.push(code);
    }
  }
  return codes;
}

function addressesOf(resource: FhirResource): NetworkAddress[] {
  return listOf(resource['address']).flatMap((address) => addressOf(address) ?? []);
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
