import type { SeededRandom } from './seeded-random';

/** One place a synthetic provider practises: a real city of the state, its ZIP and area code. */
export interface StatePlace {
  state: string;
  city: string;
  zip5: string;
  areaCode: string;
}

/**
 * Roughly how the registry's providers spread over the states, per cent (about as people do):
 * CA 11%, … WA 2%, OR 1.3%, so an import for Oregon keeps about one row in 77.
 * Each line: state, share, ZIP, area code, city.
 */
const table = `
CA 11 90012 213 LOS ANGELES
TX 7.5 77030 713 HOUSTON
NY 7 10016 212 NEW YORK
FL 6.5 33136 305 MIAMI
PA 4.5 19104 215 PHILADELPHIA
IL 4 60611 312 CHICAGO
OH 3.8 43210 614 COLUMBUS
MI 3.2 48201 313 DETROIT
NC 3.1 28204 704 CHARLOTTE
GA 2.9 30308 404 ATLANTA
NJ 2.8 07103 973 NEWARK
MA 2.8 02114 617 BOSTON
VA 2.5 23219 804 RICHMOND
TN 2.1 37203 615 NASHVILLE
WA 2 98104 206 SEATTLE
MD 2 21201 410 BALTIMORE
AZ 2 85006 602 PHOENIX
IN 1.9 46202 317 INDIANAPOLIS
MO 1.9 63110 314 SAINT LOUIS
WI 1.8 53226 414 MILWAUKEE
MN 1.8 55415 612 MINNEAPOLIS
CO 1.7 80204 303 DENVER
SC 1.5 29203 803 COLUMBIA
AL 1.4 35233 205 BIRMINGHAM
LA 1.4 70112 504 NEW ORLEANS
KY 1.4 40202 502 LOUISVILLE
OR 1.3 97210 503 PORTLAND
CT 1.2 06105 860 HARTFORD
OK 1.1 73104 405 OKLAHOMA CITY
UT 0.9 84132 801 SALT LAKE CITY
IA 0.9 50309 515 DES MOINES
AR 0.9 72205 501 LITTLE ROCK
MS 0.9 39216 601 JACKSON
KS 0.9 67214 316 WICHITA
NV 0.8 89102 702 LAS VEGAS
PR 0.8 00909 787 SAN JUAN
NM 0.6 87106 505 ALBUQUERQUE
NE 0.6 68198 402 OMAHA
WV 0.6 25301 304 CHARLESTON
ID 0.5 83702 208 BOISE
NH 0.5 03103 603 MANCHESTER
ME 0.5 04102 207 PORTLAND
HI 0.4 96813 808 HONOLULU
RI 0.4 02903 401 PROVIDENCE
MT 0.4 59101 406 BILLINGS
DE 0.3 19801 302 WILMINGTON
SD 0.3 57105 605 SIOUX FALLS
ND 0.3 58102 701 FARGO
DC 0.3 20010 202 WASHINGTON
AK 0.2 99508 907 ANCHORAGE
VT 0.2 05401 802 BURLINGTON
WY 0.2 82001 307 CHEYENNE`;

const rows = table
  .trim()
  .split('\n')
  .map((line) => {
    const [state = '', share = '', zip5 = '', areaCode = '', ...city] = line.split(' ');
    return { place: { state, city: city.join(' '), zip5, areaCode }, share: Number(share) };
  });

/** The usual spread, as shares by state. */
export const usStateShares: Readonly<Record<string, number>> = Object.fromEntries(
  rows.map(({ place, share }) => [place.state, share]),
);

/** Draws places by their states' shares. */
export class StateSpread {
  private readonly places: StatePlace[] = [];
  private readonly bounds: number[] = [];

  /** `shares` by state; a state the table does not know gets a made-up city. */
  constructor(shares: Readonly<Record<string, number>> = usStateShares) {
    const total = Object.values(shares).reduce((sum, share) => sum + share, 0);
    let reached = 0;
    for (const [state, share] of Object.entries(shares)) {
      reached += share / total;
      const known = rows.find((row) => row.place.state === state)?.place;
      this.places.push(known ?? { state, city: 'SPRINGFIELD', zip5: '00501', areaCode: '555' });
      this.bounds.push(reached);
    }
  }

  draw(random: SeededRandom): StatePlace {
    const roll = random.next();
    const index = this.bounds.findIndex((bound) => roll < bound);
    return this.places[index < 0 ? this.places.length - 1 : index]!;
  }
}
