import type {
  RegistryRecord,
  RegistryRecordAddress,
  RegistryRecordTaxonomy,
  SecondaryLocation,
} from '../../src/main/npi-registry/registry-record';
import { checkNpi } from '../../src/shared/validation/npi';

/**
 * RegistryRecords as the file reader hands them over, with values copied from rows of
 * tests/fixtures/nppes-sample (the registry's public file, December 2018). Tests change a field
 * or two with a spread to make the case they need.
 */
type AddressParts = [
  line1: string,
  line2: string,
  city: string,
  state: string,
  postalCode: string,
  phone: string,
  fax: string,
];

export function address(
  ...[line1, line2, city, state, postalCode, phone, fax]: AddressParts
): RegistryRecordAddress {
  return { line1, line2, city, state, postalCode, country: 'US', phone, fax };
}

const noAddress: RegistryRecordAddress = {
  line1: '',
  line2: '',
  city: '',
  state: '',
  postalCode: '',
  country: '',
  phone: '',
  fax: '',
};

function taxonomy(
  code: string,
  primary: boolean,
  license: string,
  licenseState = 'CT',
): RegistryRecordTaxonomy {
  return { code, primary, license, licenseState };
}

/** A record's fields all empty, as the reader gives a field the row leaves empty. */
export const blankRecord: Omit<RegistryRecord, 'npi' | 'entityType'> = {
  organizationName: '',
  lastName: '',
  firstName: '',
  middleName: '',
  namePrefix: '',
  nameSuffix: '',
  credential: '',
  otherNames: [],
  mailing: noAddress,
  practice: noAddress,
  enumeratedOn: '',
  lastUpdatedOn: '',
  deactivatedOn: '',
  reactivatedOn: '',
  taxonomies: [],
};

export const richardSoucier: RegistryRecord = {
  ...blankRecord,
  npi: '1255334207',
  entityType: '1',
  lastName: 'SOUCIER',
  firstName: 'RICHARD',
  credential: 'MD',
  mailing: address('1000 ASYLUM AVE', 'STE 4309', 'HARTFORD', 'CT', '061051770', '8607146581', '8607148311'),
  practice: address('114 WOODLAND ST', '', 'HARTFORD', 'CT', '061051208', '8607144820', '8607148001'),
  enumeratedOn: '2005-05-23',
  lastUpdatedOn: '2016-09-27',
  // In the file's slot order the secondary taxonomy comes first here, to show the primary is put first.
  taxonomies: [taxonomy('207RA0001X', false, '033435'), taxonomy('207RC0000X', true, '033435')],
};

export const donaldSoucier: RegistryRecord = {
  ...blankRecord,
  npi: '1508869678',
  entityType: '1',
  lastName: 'SOUCIER',
  firstName: 'DONALD',
  credential: 'DO',
  mailing: address('PO BOX 789', '', 'SHARON', 'CT', '060690789', '8603644471', '8603644410'),
  practice: address('50 HOSPITAL HILL RD', '', 'SHARON', 'CT', '060692096', '8603644505', '8603644506'),
  enumeratedOn: '2005-05-23',
  lastUpdatedOn: '2011-11-30',
  taxonomies: [taxonomy('207RC0000X', true, '000348')],
};

export const edwardBeck: RegistryRecord = {
  ...blankRecord,
  npi: '1245235449',
  entityType: '1',
  lastName: 'BECK',
  firstName: 'EDWARD',
  middleName: 'M',
  credential: 'MD',
  mailing: address('51-53 KENOSIA AVE', '', 'DANBURY', 'CT', '06810', '2037480330', '2037313273'),
  practice: address('51-53 KENOSIA AVE', '', 'DANBURY', 'CT', '06810', '2037480330', '2037313273'),
  enumeratedOn: '2005-06-15',
  lastUpdatedOn: '2007-07-09',
  taxonomies: [taxonomy('208800000X', true, '312991')],
};

export const geraldBecker: RegistryRecord = {
  ...blankRecord,
  npi: '1013914332',
  entityType: '1',
  lastName: 'BECKER',
  firstName: 'GERALD',
  middleName: 'J',
  credential: 'MD',
  mailing: address('85 SEYMOUR ST', 'SUITE 607', 'HARTFORD', 'CT', '061065501', '8605493210', '8602473803'),
  practice: address('85 SEYMOUR ST', 'SUITE 607', 'HARTFORD', 'CT', '061065501', '8605493210', '8602473803'),
  enumeratedOn: '2005-07-01',
  lastUpdatedOn: '2007-07-09',
  taxonomies: [taxonomy('207X00000X', true, '024896')],
};

export const elizabethSmith: RegistryRecord = {
  ...blankRecord,
  npi: '1447258322',
  entityType: '1',
  lastName: 'SMITH',
  firstName: 'ELIZABETH',
  namePrefix: 'DR.',
  mailing: address(
    '1000 ASYLUM AVE',
    'SUITE 2109A',
    'HARTFORD',
    'CT',
    '061051770',
    '8607146581',
    '8607148311',
  ),
  practice: address(
    '1000 ASYLUM AVE',
    'SUITE 2109A',
    'HARTFORD',
    'CT',
    '061051770',
    '8607146581',
    '8607148311',
  ),
  enumeratedOn: '2005-07-13',
  lastUpdatedOn: '2010-01-14',
  taxonomies: [taxonomy('208000000X', true, '028128')],
};

/** Deactivated in 2006 and reactivated four days later: active. */
export const jessicaReed: RegistryRecord = {
  ...blankRecord,
  npi: '1184627184',
  entityType: '1',
  lastName: 'REED',
  firstName: 'JESSICA',
  middleName: 'A',
  namePrefix: 'MS.',
  credential: 'LICSW',
  mailing: address('8 OLD GREENDALE AVE', '', 'NEEDHAM', 'MA', '024924424', '5089302342', '7814496210'),
  practice: address('8 OLD GREENDALE AVE', '', 'NEEDHAM', 'MA', '024924424', '5089302342', '7814496210'),
  enumeratedOn: '2005-05-23',
  lastUpdatedOn: '2007-07-08',
  deactivatedOn: '2006-03-16',
  reactivatedOn: '2006-03-20',
  taxonomies: [taxonomy('1041C0700X', true, '1020965', 'MA')],
};

/** Listed under a former name too. */
export const janetVecchione: RegistryRecord = {
  ...blankRecord,
  npi: '1891798906',
  entityType: '1',
  lastName: 'VECCHIONE',
  firstName: 'JANET',
  middleName: 'L',
  credential: 'RD, LD, CDE',
  otherNames: ['JANET L FORFIA'],
  mailing: address('10 HURON AVE', '', 'MASHPEE', 'MA', '026494968', '5085390221', '5084777626'),
  practice: address('2 OAK STREET', 'SUITE 201', 'MASHPEE', 'MA', '02649', '5085390221', '5084777626'),
  enumeratedOn: '2005-05-23',
  lastUpdatedOn: '2016-10-12',
  taxonomies: [taxonomy('133V00000X', true, '18', 'MA')],
};

export const vassarHealth: RegistryRecord = {
  ...blankRecord,
  npi: '1235131442',
  entityType: '2',
  organizationName: 'VASSAR HEALTH CONNECTICUT, INC.',
  otherNames: ['SHARON HOSPITAL'],
  mailing: address('50 HOSPITAL HILL RD', '', 'SHARON', 'CT', '060692096', '8603644084', '8603644011'),
  practice: address('50 HOSPITAL HILL RD', '', 'SHARON', 'CT', '06069', '8603644084', '8603644011'),
  enumeratedOn: '2005-06-01',
  lastUpdatedOn: '2018-08-15',
  taxonomies: [taxonomy('282N00000X', true, '0071')],
};

/** CMS's own example NPI (valid check digit), as the file lists a deactivated NPI: nothing but the date. */
export function deactivatedOnly(npi = '1234567893', deactivatedOn = '2019-04-02'): RegistryRecord {
  return { ...blankRecord, npi, entityType: '', deactivatedOn };
}

export const sampleRecords: readonly RegistryRecord[] = [
  richardSoucier,
  donaldSoucier,
  edwardBeck,
  geraldBecker,
  elizabethSmith,
  jessicaReed,
  janetVecchione,
  vassarHealth,
];

/** `count` made-up Hartford cardiologists, with NPIs whose check digits are valid, from 1003000000 on. */
export function madeUpCardiologists(count: number): RegistryRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const body = String(100300000 + index);
    const npi = [...'0123456789'].map((digit) => body + digit).find((candidate) => checkNpi(candidate).ok);
    return { ...richardSoucier, npi: npi ?? '', firstName: `TEST${index}` };
  });
}

export function secondaryLocation(npi: string, location: RegistryRecordAddress): SecondaryLocation {
  return { npi, address: location };
}
