import { sampleTemplates } from './sample-templates';
import { SeededRandom } from './seeded-random';
import { StateSpread, type StatePlace } from './state-spread';
import { syntheticNpi } from './synthetic-npi';

export interface SyntheticRowsOptions {
  rows: number;
  seed: number;
  spread: StateSpread;
  /** The newer layout: "Provider Sex Code" for "Provider Gender Code", and a 330th column. */
  newerLayout: boolean;
}

/** About one row in fifty is a deactivated NPI, listed with nothing but its number and date. */
const deactivatedShare = 0.02;
/** About one provider in five is an organization. */
const organizationShare = 0.2;
const textChunkChars = 1024 * 1024;

const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;
const lineEnd = '\r\n';

/**
 * A registry file's text, about a megabyte at a time: the sample's header, then rows made from
 * the sample's rows with a new NPI (valid, unique), names drawn from the sample, a place drawn
 * from the state spread, and one to four taxonomy slots. Nothing is held beyond one chunk.
 */
export function* syntheticRegistryText(options: SyntheticRowsOptions): Generator<string> {
  const sample = sampleTemplates();
  const random = new SeededRandom(options.seed);
  const at = columnsOf(sample.column);
  const header = sample.header.map((name) =>
    options.newerLayout && name === 'Provider Gender Code' ? 'Provider Sex Code' : name,
  );
  if (options.newerLayout) header.push('Certification Date');
  const extra = options.newerLayout ? ',""' : '';
  const individuals = sample.individuals.map((row) => row.map(quoted));
  const organizations = sample.organizations.map((row) => row.map(quoted));
  const pools = namePools(sample.individuals, sample.organizations, at);
  const empty = sample.header.map(() => '""');

  let text = header.map(quoted).join(',') + lineEnd;
  for (let index = 0; index < options.rows; index += 1) {
    const npi = syntheticNpi(index);
    if (random.next() < deactivatedShare) {
      const fields = empty.slice();
      fields[at.npi] = quoted(npi);
      fields[at.deactivationDate] = quoted(dateIn(random, 2008, 2025));
      text += fields.join(',') + extra + lineEnd;
    } else {
      const organization = random.next() < organizationShare;
      const fields = random.pick(organization ? organizations : individuals).slice();
      fields[at.npi] = quoted(npi);
      if (organization) fields[at.organizationName] = quoted(random.pick(pools.organizationNames));
      else {
        fields[at.lastName] = quoted(random.pick(pools.lastNames));
        fields[at.firstName] = quoted(random.pick(pools.firstNames));
      }
      const place = options.spread.draw(random);
      setAddress(fields, at.practice, place, random, random.pick(pools.streets));
      setAddress(fields, at.mailing, place, random, random.pick(pools.streets));
      const enumerated = dateIn(random, 2005, 2015);
      fields[at.enumerationDate] = quoted(enumerated);
      fields[at.lastUpdateDate] = quoted(dateIn(random, Number(enumerated.slice(6)) + 1, 2025));
      setTaxonomies(fields, at.taxonomies, random, pools.taxonomies, place.state);
      text +=
        fields.join(',') + (options.newerLayout ? `,${quoted(dateIn(random, 2020, 2025))}` : '') + lineEnd;
    }
    if (text.length >= textChunkChars) {
      yield text;
      text = '';
    }
  }
  if (text !== '') yield text;
}

type Columns = ReturnType<typeof columnsOf>;

function columnsOf(column: (name: string) => number) {
  const address = (kind: string) => ({
    line1: column(`Provider First Line Business ${kind} Address`),
    city: column(`Provider Business ${kind} Address City Name`),
    state: column(`Provider Business ${kind} Address State Name`),
    postalCode: column(`Provider Business ${kind} Address Postal Code`),
    phone: column(`Provider Business ${kind} Address Telephone Number`),
  });
  return {
    npi: column('NPI'),
    organizationName: column('Provider Organization Name (Legal Business Name)'),
    lastName: column('Provider Last Name (Legal Name)'),
    firstName: column('Provider First Name'),
    mailing: address('Mailing'),
    practice: address('Practice Location'),
    enumerationDate: column('Provider Enumeration Date'),
    lastUpdateDate: column('Last Update Date'),
    deactivationDate: column('NPI Deactivation Date'),
    taxonomies: Array.from({ length: 15 }, (_, slot) => ({
      code: column(`Healthcare Provider Taxonomy Code_${slot + 1}`),
      license: column(`Provider License Number_${slot + 1}`),
      licenseState: column(`Provider License Number State Code_${slot + 1}`),
      primarySwitch: column(`Healthcare Provider Primary Taxonomy Switch_${slot + 1}`),
    })),
  };
}

function namePools(individuals: string[][], organizations: string[][], at: Columns) {
  const distinct = (rows: string[][], index: number) =>
    [...new Set(rows.map((row) => row[index]!))].filter(Boolean);
  const all = [...individuals, ...organizations];
  return {
    lastNames: distinct(individuals, at.lastName),
    firstNames: distinct(individuals, at.firstName),
    organizationNames: distinct(organizations, at.organizationName),
    streets: distinct(all, at.practice.line1),
    taxonomies: [...new Set(all.map((row) => row[at.taxonomies[0]!.code]!))].filter(Boolean),
  };
}

function setAddress(
  fields: string[],
  at: Columns['practice'],
  place: StatePlace,
  random: SeededRandom,
  street: string,
): void {
  fields[at.line1] = quoted(street);
  fields[at.city] = quoted(place.city);
  fields[at.state] = quoted(place.state);
  fields[at.postalCode] = quoted(place.zip5 + random.digits(4));
  fields[at.phone] = quoted(place.areaCode + random.digits(7));
}

function setTaxonomies(
  fields: string[],
  slots: Columns['taxonomies'],
  random: SeededRandom,
  codes: string[],
  state: string,
): void {
  const count = 1 + Math.floor(random.next() ** 3 * 4);
  slots.forEach((slot, index) => {
    const used = index < count;
    fields[slot.code] = used ? quoted(random.pick(codes)) : '""';
    fields[slot.license] = used ? quoted(random.digits(6)) : '""';
    fields[slot.licenseState] = used ? quoted(state) : '""';
    fields[slot.primarySwitch] = used ? (index === 0 ? '"Y"' : '"N"') : '""';
  });
}

/** MM/DD/YYYY, as the registry writes dates. */
function dateIn(random: SeededRandom, fromYear: number, toYear: number): string {
  const year = fromYear + random.below(Math.max(1, toYear - fromYear + 1));
  return `${String(1 + random.below(12)).padStart(2, '0')}/${String(1 + random.below(28)).padStart(2, '0')}/${year}`;
}
