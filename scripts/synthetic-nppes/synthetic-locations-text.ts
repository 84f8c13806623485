import { SeededRandom } from './seeded-random';
import type { StateSpread } from './state-spread';
import { syntheticNpi } from './synthetic-npi';

/** The pl_pfile header as CMS writes it, odd spacing and all. */
export const secondaryLocationHeader = [
  'NPI',
  'Provider Secondary Practice Location Address- Address Line 1',
  'Provider Secondary Practice Location Address-  Address Line 2',
  'Provider Secondary Practice Location Address - City Name',
  'Provider Secondary Practice Location Address - State Name',
  'Provider Secondary Practice Location Address - Postal Code',
  'Provider Secondary Practice Location Address - Country Code (If outside U.S.)',
  'Provider Secondary Practice Location Address - Telephone Number',
  'Provider Secondary Practice Location Address - Telephone Extension',
  'Provider Practice Location Address - Fax Number',
];

/** A pl_pfile's text: `count` secondary locations of providers among the first `rows` NPIs. */
export function* syntheticLocationsText(options: {
  count: number;
  rows: number;
  seed: number;
  spread: StateSpread;
}): Generator<string> {
  const random = new SeededRandom(options.seed ^ 0x5bd1e995);
  let text = secondaryLocationHeader.map((name) => `"${name}"`).join(',') + '\r\n';
  for (let index = 0; index < options.count; index += 1) {
    const place = options.spread.draw(random);
    const fields = [
      syntheticNpi(random.below(options.rows)),
      `${100 + random.below(9000)} MAIN ST`,
      random.next() < 0.3 ? `STE ${random.below(900) + 100}` : '',
      place.city,
      place.state,
      place.zip5 + random.digits(4),
      'US',
      place.areaCode + random.digits(7),
      '',
      random.next() < 0.5 ? place.areaCode + random.digits(7) : '',
    ];
    text += fields.map((field) => `"${field}"`).join(',') + '\r\n';
    if (text.length >= 1024 * 1024) {
      yield text;
      text = '';
    }
  }
  yield text;
}
