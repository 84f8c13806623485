import type { RegistryRecord, RegistryRecordAddress } from './registry-record';

/** A place a provider practises, as the search index needs it. */
export interface PlaceText {
  city: string;
  state: string;
  zip: string;
}

export const providerKinds = { '1': 1, '2': 2, '': null } as const;

/**
 * The text of a provider's row in provider_search, in its column order: lead (last name or
 * organization name), given (first, middle and other names), place (cities and states of every
 * location), codes (taxonomy codes) and zips.
 */
export type SearchText = [lead: string, given: string, place: string, codes: string, zips: string];

export function searchTextOf(record: RegistryRecord, otherPlaces: readonly PlaceText[]): SearchText {
  const organization = record.entityType === '2';
  let given = organization ? '' : `${record.firstName} ${record.middleName}`;
  for (const name of record.otherNames) given += ` ${name}`;
  let place = `${record.practice.city} ${record.practice.state}`;
  let zips = zipOf(record.practice);
  for (const other of otherPlaces) {
    place += ` ${other.city} ${other.state}`;
    zips += ` ${other.zip}`;
  }
  let codes = '';
  for (const taxonomy of record.taxonomies) codes += ` ${taxonomy.code}`;
  return [organization ? record.organizationName : record.lastName, given, place, codes, zips];
}

/** The 5-digit ZIP of a U.S. address, '' abroad or without one. */
export function zipOf(address: RegistryRecordAddress): string {
  if (address.country !== '' && address.country !== 'US') return '';
  const digits = address.postalCode.replace(/\D/g, '');
  return digits.length >= 5 ? digits.slice(0, 5) : '';
}
