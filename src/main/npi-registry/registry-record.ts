/**
 * One provider as a registry file row gives it, read by the file reader and written to npi.db by
 * the builder. Fields the row leaves empty are '' (never null), so rows stay cheap to build.
 * Dates are ISO (YYYY-MM-DD); the file writes MM/DD/YYYY.
 */
export interface RegistryRecordAddress {
  line1: string;
  line2: string;
  city: string;
  state: string;
  postalCode: string;
  /** '' or 'US' for the U.S. */
  country: string;
  phone: string;
  fax: string;
}

export interface RegistryRecordTaxonomy {
  code: string;
  primary: boolean;
  license: string;
  licenseState: string;
}

export interface RegistryRecord {
  /** Ten digits. */
  npi: string;
  /** '1' individual, '2' organization, '' for a deactivated NPI listed with nothing else. */
  entityType: '1' | '2' | '';
  organizationName: string;
  lastName: string;
  firstName: string;
  middleName: string;
  namePrefix: string;
  nameSuffix: string;
  credential: string;
  /** Other organization name; other person name as "FIRST MIDDLE LAST"; empty ones left out. */
  otherNames: string[];
  mailing: RegistryRecordAddress;
  practice: RegistryRecordAddress;
  enumeratedOn: string;
  lastUpdatedOn: string;
  deactivatedOn: string;
  reactivatedOn: string;
  /** In slot order (up to 15); empty slots left out. */
  taxonomies: RegistryRecordTaxonomy[];
}

/** A row of the registry's pl_pfile: one secondary practice location of an NPI. */
export interface SecondaryLocation {
  npi: string;
  address: RegistryRecordAddress;
}

/** What a registry file is, told by its name (and, for a zip, the names inside it). */
export interface RegistryFileInfo {
  /** The main CSV's name ("npidata_pfile_20050523-20181209.csv"), or the file's own name. */
  fileName: string;
  /** The day the file is of, ISO; from the name, else the latest "Last Update Date" in it. */
  fileDate: string;
  /** 'full': the monthly replacement file; 'weekly': an increment to apply on top. */
  coverage: 'full' | 'weekly';
}
