import { HeaderColumns } from './header-columns';

/** Where one address's fields sit in a row. */
export interface AddressColumns {
  line1: number;
  line2: number;
  city: number;
  state: number;
  postalCode: number;
  country: number;
  phone: number;
  fax: number;
}

export interface TaxonomyColumns {
  code: number;
  license: number;
  licenseState: number;
  primarySwitch: number;
}

/** Where the fields a RegistryRecord needs sit in a registry file's rows, found by header name. */
export interface RegistryColumns {
  fieldCount: number;
  npi: number;
  entityType: number;
  organizationName: number;
  lastName: number;
  firstName: number;
  middleName: number;
  namePrefix: number;
  nameSuffix: number;
  credential: number;
  otherOrganizationName: number;
  otherLastName: number;
  otherFirstName: number;
  otherMiddleName: number;
  mailing: AddressColumns;
  practice: AddressColumns;
  enumerationDate: number;
  lastUpdateDate: number;
  deactivationDate: number;
  reactivationDate: number;
  /** One per "Healthcare Provider Taxonomy Code_N" slot the header has, in slot order. */
  taxonomies: TaxonomyColumns[];
}

/** A registry file's header: its first field is "NPI" and it has "Entity Type Code". */
export function isRegistryHeader(header: readonly string[]): boolean {
  return header[0]?.trim() === 'NPI' && new HeaderColumns(header, '').has('Entity Type Code');
}

/**
 * Maps a registry header (the 2018 layout of 329 columns, or a newer one with more) to the
 * columns the reader needs. Positions move between layouts, names do not.
 */
export function findRegistryColumns(header: readonly string[], fileName: string): RegistryColumns {
  const columns = new HeaderColumns(header, fileName);
  const address = (kind: 'Mailing' | 'Practice Location'): AddressColumns => ({
    line1: columns.index(`Provider First Line Business ${kind} Address`),
    line2: columns.index(`Provider Second Line Business ${kind} Address`),
    city: columns.index(`Provider Business ${kind} Address City Name`),
    state: columns.index(`Provider Business ${kind} Address State Name`),
    postalCode: columns.index(`Provider Business ${kind} Address Postal Code`),
    country: columns.index(`Provider Business ${kind} Address Country Code (If outside U.S.)`),
    phone: columns.index(`Provider Business ${kind} Address Telephone Number`),
    fax: columns.index(`Provider Business ${kind} Address Fax Number`),
  });
  return {
    fieldCount: header.length,
    npi: columns.index('NPI'),
    entityType: columns.index('Entity Type Code'),
    organizationName: columns.index('Provider Organization Name (Legal Business Name)'),
    lastName: columns.index('Provider Last Name (Legal Name)'),
    firstName: columns.index('Provider First Name'),
    middleName: columns.index('Provider Middle Name'),
    namePrefix: columns.index('Provider Name Prefix Text'),
    nameSuffix: columns.index('Provider Name Suffix Text'),
    credential: columns.index('Provider Credential Text'),
    otherOrganizationName: columns.index('Provider Other Organization Name'),
    otherLastName: columns.index('Provider Other Last Name'),
    otherFirstName: columns.index('Provider Other First Name'),
    otherMiddleName: columns.index('Provider Other Middle Name'),
    mailing: address('Mailing'),
    practice: address('Practice Location'),
    enumerationDate: columns.index('Provider Enumeration Date'),
    lastUpdateDate: columns.index('Last Update Date'),
    deactivationDate: columns.index('NPI Deactivation Date'),
    reactivationDate: columns.index('NPI Reactivation Date'),
    taxonomies: taxonomySlots(columns),
  };
}

function taxonomySlots(columns: HeaderColumns): TaxonomyColumns[] {
  const slots: TaxonomyColumns[] = [];
  for (let slot = 1; slot === 1 || columns.has(`Healthcare Provider Taxonomy Code_${slot}`); slot += 1) {
    slots.push({
      code: columns.index(`Healthcare Provider Taxonomy Code_${slot}`),
      license: columns.index(`Provider License Number_${slot}`),
      licenseState: columns.index(`Provider License Number State Code_${slot}`),
      primarySwitch: columns.index(`Healthcare Provider Primary Taxonomy Switch_${slot}`),
    });
  }
  return slots;
}
