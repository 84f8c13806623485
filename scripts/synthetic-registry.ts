import type {
  RegistryRecord,
  RegistryRecordAddress,
  RegistryRecordTaxonomy,
  SecondaryLocation,
} from '../src/main/npi-registry/registry-record';
import { blankRecord, deactivatedOnly } from '../tests/support/registry-records';
import { seededRandom } from './synthetic-directory';
import { npiCheckDigit } from '../src/shared/validation/npi';

/**
 * A made-up NPI registry file for the benchmark, generated a batch at a time so a million
 * records never sit in memory together. Last names are built from syllables (tens of thousands,
 * a few very common), as are cities; states are weighted roughly by population; taxonomy codes
 * are real NUCC codes, a few common ones most of the time. NPIs carry a valid check digit and
 * come in no particular order, as in the registry's own file. Seeded: every run is the same.
 */
const seed = 20261130;
const batchSize = 5000;

const commonLastNames =
  'SMITH JOHNSON WILLIAMS BROWN JONES GARCIA MILLER DAVIS RODRIGUEZ MARTINEZ NGUYEN PATEL LEE KIM'.split(' ');
const commonFirstNames =
  'JAMES MARY JOHN PATRICIA ROBERT JENNIFER MICHAEL LINDA DAVID ELIZABETH WILLIAM BARBARA RICHARD SUSAN JOSEPH JESSICA THOMAS SARAH CHRISTOPHER KAREN DANIEL LISA MATTHEW NANCY ANTHONY BETTY MARK SANDRA PAUL ASHLEY STEVEN EMILY ANDREW DONNA KEVIN MICHELLE BRIAN CAROL GEORGE AMANDA ERIC MELISSA'.split(
    ' ',
  );
const syllables =
  'al an ar ba be bo ca ce co da de di do el en er fa fe fi ga ge go ha he hi ho ka ke ki la le li lo lu ma me mi mo na ne ni no or pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi wa we ya yo za ze ton son ley man berg stein ski ez ian ini'.split(
    ' ',
  );
const streetNames =
  'MAIN OAK PINE MAPLE CEDAR ELM WASHINGTON LAKE HILL PARK WOODLAND ASYLUM CHURCH HIGH'.split(' ');
const streetKinds = 'ST AVE RD BLVD DR WAY LN'.split(' ');
const credentials = 'MD M.D. DO NP APRN PA-C LCSW LICSW DDS DMD RN PT DPT OD PHD PSYD DC'.split(' ');
const organizationWords =
  'HEALTH MEDICAL FAMILY CARE CLINIC CENTER PHYSICIANS ASSOCIATES PEDIATRICS DENTAL THERAPY PHARMACY HOSPITAL GROUP SERVICES'.split(
    ' ',
  );
const organizationEndings = ['LLC', 'INC', 'PC', 'PLLC', 'PA', ''];
/** Population weights, roughly: the large states come up most. */
const stateWeights: [string, number][] = [
  ['CA', 39],
  ['TX', 30],
  ['FL', 22],
  ['NY', 20],
  ['PA', 13],
  ['IL', 13],
  ['OH', 12],
  ['GA', 11],
  ['NC', 11],
  ['MI', 10],
  ['NJ', 9],
  ['VA', 9],
  ['WA', 8],
  ['AZ', 7],
  ['MA', 7],
  ['TN', 7],
  ['IN', 7],
  ['MD', 6],
  ['MO', 6],
  ['WI', 6],
  ['CO', 6],
  ['MN', 6],
  ['SC', 5],
  ['AL', 5],
  ['LA', 5],
  ['KY', 5],
  ['OR', 4],
  ['OK', 4],
  ['CT', 4],
  ['UT', 3],
  ['IA', 3],
  ['NV', 3],
  ['AR', 3],
  ['MS', 3],
  ['KS', 3],
  ['NM', 2],
  ['NE', 2],
  ['ID', 2],
  ['WV', 2],
  ['HI', 1],
  ['NH', 1],
  ['ME', 1],
  ['MT', 1],
  ['RI', 1],
  ['DE', 1],
  ['SD', 1],
  ['ND', 1],
  ['AK', 1],
  ['DC', 1],
  ['VT', 1],
  ['WY', 1],
  ['PR', 1],
];
/** Common codes (family medicine, internal medicine, nurse practitioner, …) and rarer ones. */
const commonCodes = [
  '207Q00000X',
  '207R00000X',
  '363L00000X',
  '363A00000X',
  '183500000X',
  '225100000X',
  '1223G0001X',
  '207RC0000X',
  '208000000X',
  '122300000X',
  '101YM0800X',
  '207V00000X',
];
const rareCodes = [
  '207RA0001X',
  '207RI0011X',
  '2080P0202X',
  '207N00000X',
  '207X00000X',
  '2084P0800X',
  '1041C0700X',
  '133V00000X',
  '282N00000X',
  '261QM1300X',
  '207W00000X',
  '208800000X',
  '2086S0122X',
  '152W00000X',
  '111N00000X',
  '213E00000X',
  '235Z00000X',
  '332B00000X',
];

export interface SyntheticRegistry {
  /** Secondary locations, a batch at a time, then the records (the order a registry file gives them). */
  secondaryLocations(): Generator<SecondaryLocation[]>;
  records(): Generator<RegistryRecord[]>;
  /** Some NPIs of the file, to look up. */
  sampleNpis: string[];
  /** Last names and cities that exist in the file, to search for. */
  sampleLastNames: string[];
  sampleFirstNames: string[];
  sampleCities: string[];
}

export function syntheticRegistry(recordCount: number): SyntheticRegistry {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  /** Skewed towards the start of the list: a few very common, most rare. */
  const pickSkewed = <T>(items: readonly T[], power: number): T =>
    items[Math.floor(random() ** power * items.length)] as T;
  const word = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(syllables))
      .join('')
      .toUpperCase();
  const distinct = (count: number, make: () => string) => {
    const words = new Set<string>();
    while (words.size < count) words.add(make());
    return [...words];
  };
  const lastNames = [...commonLastNames, ...distinct(60_000, () => word(2, 4))];
  const firstNames = [...commonFirstNames, ...distinct(3_000, () => word(2, 3))];
  const totalWeight = stateWeights.reduce((sum, [, weight]) => sum + weight, 0);
  const places = stateWeights.flatMap(([state, weight], stateIndex) =>
    Array.from({ length: weight * 12 }, (_, cityIndex) => ({
      state,
      city:
        cityIndex % 7 === 0 ? `${word(2, 3)} ${pick(['CITY', 'FALLS', 'SPRINGS', 'HEIGHTS'])}` : word(2, 4),
      zip: String(10000 + stateIndex * 1700 + cityIndex * 3).padStart(5, '0'),
    })),
  );
  const placesByState = new Map(
    stateWeights.map(([state]) => [state, places.filter((p) => p.state === state)]),
  );
  const placeInState = () => {
    let roll = random() * totalWeight;
    const [state] = stateWeights.find(([, weight]) => (roll -= weight) < 0) ?? stateWeights[0]!;
    return pickSkewed(placesByState.get(state)!, 2);
  };
  const digits = (count: number) => String(Math.floor(random() * 10 ** count)).padStart(count, '0');
  const address = (): RegistryRecordAddress => {
    const place = placeInState();
    return {
      line1: `${1 + Math.floor(random() * 9000)} ${pick(streetNames)} ${pick(streetKinds)}`,
      line2: random() < 0.3 ? `STE ${100 + Math.floor(random() * 900)}` : '',
      city: place.city,
      state: place.state,
      postalCode: random() < 0.6 ? `${place.zip}${digits(4)}` : place.zip,
      country: 'US',
      phone: `${2 + Math.floor(random() * 8)}${digits(9)}`,
      fax: random() < 0.6 ? `${2 + Math.floor(random() * 8)}${digits(9)}` : '',
    };
  };
  const date = (from: number, to: number) =>
    `${from + Math.floor(random() * (to - from))}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const taxonomies = (): RegistryRecordTaxonomy[] =>
    Array.from({ length: 1 + Math.floor(random() ** 3 * 3) }, (_, index) => ({
      code: random() < 0.8 ? pickSkewed(commonCodes, 1.5) : pick(rareCodes),
      primary: index === 0,
      license: random() < 0.8 ? digits(6) : '',
      licenseState: random() < 0.8 ? placeInState().state : '',
    }));

  // A bijection of 0…count-1 (the multiplier is prime to 10^7): NPIs unique, in no order.
  const npiAt = (index: number) => withCheckDigit(100_000_000 + ((index * 7_654_321) % 10_000_000) * 7);
  const hasLocations = (index: number) => index % 9 === 4;

  function* secondaryLocations(): Generator<SecondaryLocation[]> {
    const locationRandom = seededRandom(seed + 1);
    let batch: SecondaryLocation[] = [];
    for (let index = 0; index < recordCount; index += 1) {
      if (!hasLocations(index)) continue;
      const count = locationRandom() < 0.7 ? 1 : 2;
      for (let n = 0; n < count; n += 1) batch.push({ npi: npiAt(index), address: address() });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  function record(index: number): RegistryRecord {
    const npi = npiAt(index);
    if (random() < 0.02) return deactivatedOnly(npi, date(2008, 2026));
    const practice = address();
    const mailing = random() < 0.5 ? practice : address();
    const dates = { enumeratedOn: date(2005, 2015), lastUpdatedOn: date(2015, 2026) };
    if (random() < 0.2) {
      const name =
        `${practice.city} ${pick(organizationWords)} ${pick(organizationWords)} ${pick(organizationEndings)}`.trim();
      return {
        npi,
        entityType: '2',
        ...blankRecord,
        organizationName: name,
        otherNames: random() < 0.2 ? [`${pickSkewed(lastNames, 3)} ${pick(organizationWords)}`] : [],
        mailing,
        practice,
        ...dates,
        taxonomies: taxonomies(),
      };
    }
    const lastName = pickSkewed(lastNames, 3);
    const firstName = pickSkewed(firstNames, 2);
    const middleName = random() < 0.6 ? pick(syllables).toUpperCase().slice(0, 1) : '';
    return {
      npi,
      entityType: '1',
      ...blankRecord,
      lastName,
      firstName,
      middleName,
      namePrefix: random() < 0.3 ? pick(['DR.', 'MR.', 'MS.', 'MRS.']) : '',
      nameSuffix: random() < 0.03 ? pick(['JR.', 'SR.', 'III']) : '',
      credential: random() < 0.9 ? pick(credentials) : '',
      otherNames: random() < 0.04 ? [`${firstName} ${pickSkewed(lastNames, 3)}`] : [],
      mailing,
      practice,
      ...dates,
      taxonomies: taxonomies(),
    };
  }

  function* records(): Generator<RegistryRecord[]> {
    for (let start = 0; start < recordCount; start += batchSize) {
      const end = Math.min(recordCount, start + batchSize);
      yield Array.from({ length: end - start }, (_, offset) => record(start + offset));
    }
  }

  return {
    secondaryLocations,
    records,
    sampleNpis: Array.from({ length: 2000 }, (_, n) => npiAt(Math.floor((n * recordCount) / 2000))),
    sampleLastNames: [...commonLastNames, ...lastNames.slice(100, 140), ...lastNames.slice(30_000, 30_040)],
    sampleFirstNames: firstNames.slice(0, 60),
    sampleCities: places.slice(0, 400).map((place) => place.city),
  };
}

/** Nine digits and the check digit CMS computes over them. */
function withCheckDigit(body: number): string {
  return `${body}${npiCheckDigit(String(body))}`;
}
