import type { RegistryRecord, RegistryRecordAddress, RegistryRecordTaxonomy } from './registry-record';

/**
 * A provider's details as npi.db stores them: a positional JSON array in the order below, with
 * the registry's '' for an empty field and the taxonomies primary first. The NPI and the kind
 * are columns of their own.
 */
type StoredAddress = [
  line1: string,
  line2: string,
  city: string,
  state: string,
  postalCode: string,
  country: string,
  phone: string,
  fax: string,
];
type StoredTaxonomy = [code: string, primary: 0 | 1, license: string, licenseState: string];
type StoredDetails = [
  organizationName: string,
  lastName: string,
  firstName: string,
  middleName: string,
  namePrefix: string,
  nameSuffix: string,
  credential: string,
  otherNames: string[],
  taxonomies: StoredTaxonomy[],
  practice: StoredAddress,
  mailing: StoredAddress,
  enumeratedOn: string,
  lastUpdatedOn: string,
  deactivatedOn: string,
  reactivatedOn: string,
];

export function storedDetailsOf(record: RegistryRecord): string {
  const details: StoredDetails = [
    record.organizationName,
    record.lastName,
    record.firstName,
    record.middleName,
    record.namePrefix,
    record.nameSuffix,
    record.credential,
    record.otherNames,
    primaryFirst(record.taxonomies).map((t) => [t.code, t.primary ? 1 : 0, t.license, t.licenseState]),
    storedAddressOf(record.practice),
    storedAddressOf(record.mailing),
    record.enumeratedOn,
    record.lastUpdatedOn,
    record.deactivatedOn,
    record.reactivatedOn,
  ];
  return JSON.stringify(details);
}

/** The record a stored provider was written from (with its taxonomies primary first). */
export function recordOfStored(npi: number, kind: number | null, details: string): RegistryRecord {
  const [
    organizationName,
    lastName,
    firstName,
    middleName,
    namePrefix,
    nameSuffix,
    credential,
    otherNames,
    taxonomies,
    practice,
    mailing,
    enumeratedOn,
    lastUpdatedOn,
    deactivatedOn,
    reactivatedOn,
  ] = JSON.parse(details) as StoredDetails;
  return {
    npi: String(npi),
    entityType: kind === 1 ? '1' : kind === 2 ? '2' : '',
    organizationName,
    lastName,
    firstName,
    middleName,
    namePrefix,
    nameSuffix,
    credential,
    otherNames,
    taxonomies: taxonomies.map(([code, primary, license, licenseState]) => ({
      code,
      primary: primary === 1,
      license,
      licenseState,
    })),
    practice: recordAddressOf(practice),
    mailing: recordAddressOf(mailing),
    enumeratedOn,
    lastUpdatedOn,
    deactivatedOn,
    reactivatedOn,
  };
}

function primaryFirst(taxonomies: readonly RegistryRecordTaxonomy[]): RegistryRecordTaxonomy[] {
  return [...taxonomies.filter((t) => t.primary), ...taxonomies.filter((t) => !t.primary)];
}

/** A secondary location's address as other_locations stores it. */
export function storedAddressText(address: RegistryRecordAddress): string {
  return JSON.stringify(storedAddressOf(address));
}

function storedAddressOf(address: RegistryRecordAddress): StoredAddress {
  const { line1, line2, city, state, postalCode, country, phone, fax } = address;
  return [line1, line2, city, state, postalCode, country, phone, fax];
}

export function parseStoredAddress(json: string): RegistryRecordAddress {
  return recordAddressOf(JSON.parse(json) as StoredAddress);
}

function recordAddressOf(stored: StoredAddress): RegistryRecordAddress {
  const [line1, line2, city, state, postalCode, country, phone, fax] = stored;
  return { line1, line2, city, state, postalCode, country, phone, fax };
}

/** Deactivated unless a reactivation came on or after the deactivation. */
export function isDeactivated(record: Pick<RegistryRecord, 'deactivatedOn' | 'reactivatedOn'>): boolean {
  const { deactivatedOn, reactivatedOn } = record;
  return deactivatedOn !== '' && !(reactivatedOn !== '' && reactivatedOn >= deactivatedOn);
}
