import type Database from 'better-sqlite3';
import type { PlaceText } from './provider-row';
import { zipOf } from './provider-row';
import type { SecondaryLocation } from './registry-record';
import { storedAddressText } from './stored-details';

/**
 * Secondary locations arrive before the providers they belong to, for every NPI of the file.
 * They wait in a temporary table (outside npi.db) until finish, when those of providers kept
 * move into other_locations; the others never take room in npi.db. Which NPIs have some is kept
 * as a sorted array of numbers (4 bytes each), so most providers need no look-up at all.
 */
export function createLocationStage(db: Database.Database, states: ReadonlySet<string> | null) {
  db.exec(`CREATE TEMP TABLE staged_locations (
    npi INTEGER NOT NULL, city TEXT NOT NULL, state TEXT NOT NULL, zip TEXT NOT NULL, address TEXT NOT NULL
  )`);
  const insert = db.prepare('INSERT INTO temp.staged_locations VALUES (?, ?, ?, ?, ?)');
  /** NPIs with a secondary location in the states kept: they stay wherever their main practice is. */
  const inStates = new Set<number>();
  let arriving: number[] = [];
  let staged: Uint32Array | null = null;
  let placesOf: Database.Statement<[number], PlaceText> | null = null;

  /** Called when the records start: no more locations come. */
  function sealed(): Uint32Array {
    if (staged) return staged;
    db.exec('CREATE INDEX temp.staged_locations_by_npi ON staged_locations (npi)');
    placesOf = db.prepare('SELECT city, state, zip FROM temp.staged_locations WHERE npi = ?');
    staged = Uint32Array.from(new Set(arriving)).sort();
    arriving = [];
    return staged;
  }

  function has(npi: number): boolean {
    const npis = sealed();
    let low = 0;
    let high = npis.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = npis[middle] as number;
      if (value === npi) return true;
      if (value < npi) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  return {
    add(locations: readonly SecondaryLocation[]): void {
      if (staged) throw new Error('Secondary locations come before the records.');
      for (const { npi, address } of locations) {
        const number = Number(npi);
        insert.run(number, address.city, address.state, zipOf(address), storedAddressText(address));
        arriving.push(number);
        if (states?.has(address.state)) inStates.add(number);
      }
    },
    /** Whether the file gave locations for this NPI (in an increment they replace the old ones). */
    has,
    hasLocationInStates: (npi: number) => inStates.has(npi),
    placesOf: (npi: number): PlaceText[] => (has(npi) && placesOf ? placesOf.all(npi) : []),
    npis: (): Iterable<number> => sealed(),
    /** Moves the locations of providers kept into npi.db (providers_by_npi must exist). */
    moveKept(): void {
      db.exec(`
        INSERT INTO other_locations (npi, city, state, zip, address)
          SELECT s.npi, s.city, s.state, s.zip, s.address FROM temp.staged_locations s
          WHERE EXISTS (SELECT 1 FROM providers p WHERE p.npi = s.npi AND p.kind IS NOT NULL);
        DROP TABLE temp.staged_locations;
      `);
    },
  };
}
