import type { RegistryAddress, RegistryProvider } from '../../src/shared/npi-registry';

/**
 * Two providers as npi.db gives them, from rows of the registry's December 2018 file in
 * tests/fixtures/nppes-sample (HL7-DaVinci/pdex-plan-net-sample-data, Apache License 2.0).
 */
const fromFile = {
  kind: 'file',
  fileName: 'npidata_pfile_20050523-20181209.csv',
  fileDate: '2018-12-09',
  coverage: 'full',
} as const;

const address = (change: Partial<RegistryAddress>): RegistryAddress => ({
  lines: [],
  city: '',
  state: '',
  postalCode: '',
  country: null,
  phone: null,
  fax: null,
  ...change,
});

export const richardSoucier: RegistryProvider = {
  npi: '1255334207',
  kind: 'individual',
  name: 'RICHARD SOUCIER',
  lastName: 'SOUCIER',
  firstName: 'RICHARD',
  middleName: null,
  namePrefix: null,
  nameSuffix: null,
  credential: 'MD',
  organizationName: null,
  otherNames: [],
  taxonomies: [
    {
      code: '207RC0000X',
      displayName: 'Cardiovascular Disease Physician',
      specialty: 'Cardiovascular Disease',
      primary: true,
      license: '033435',
      licenseState: 'CT',
    },
    {
      code: '207RA0001X',
      displayName: 'Advanced Heart Failure and Transplant Cardiology Physician',
      specialty: 'Advanced Heart Failure and Transplant Cardiology',
      primary: false,
      license: '033435',
      licenseState: 'CT',
    },
  ],
  practiceAddress: address({
    lines: ['114 WOODLAND ST'],
    city: 'HARTFORD',
    state: 'CT',
    postalCode: '061051208',
    phone: '8607144820',
    fax: '8607148001',
  }),
  mailingAddress: address({
    lines: ['1000 ASYLUM AVE', 'STE 4309'],
    city: 'HARTFORD',
    state: 'CT',
    postalCode: '061051770',
    phone: '8607146581',
    fax: '8607148311',
  }),
  otherLocations: [],
  enumeratedOn: '2005-05-23',
  lastUpdatedOn: '2016-09-27',
  deactivatedOn: null,
  reactivatedOn: null,
  source: fromFile,
};

export const newBedfordHealthCenter: RegistryProvider = {
  ...richardSoucier,
  npi: '1982607537',
  kind: 'organization',
  name: 'GREATER NEW BEDFORD COMMUNITY HEALTH CENTER, INC.',
  lastName: null,
  firstName: null,
  credential: null,
  organizationName: 'GREATER NEW BEDFORD COMMUNITY HEALTH CENTER, INC.',
  taxonomies: [
    {
      code: '261QC1500X',
      displayName: 'Community Health Clinic/Center',
      specialty: 'Community Health',
      primary: true,
      license: '4005',
      licenseState: 'MA',
    },
  ],
  practiceAddress: address({
    lines: ['874 PURCHASE ST'],
    city: 'NEW BEDFORD',
    state: 'MA',
    postalCode: '027406232',
    phone: '5089926553',
    fax: '5089848420',
  }),
  mailingAddress: null,
  enumeratedOn: '2005-05-27',
  lastUpdatedOn: '2017-09-25',
};
