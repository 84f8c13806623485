import type { SecondaryLocation } from '../registry-record';
import type { CsvSource } from './csv-source';
import type { KeptStates } from './kept-states';
import { RecordBatch } from './record-batch';
import { addressOf, npiNumberOf } from './registry-fields';
import { checkFieldCount, checkNpiField } from './registry-row-checks';
import { scanCsvSource } from './scan-csv-source';
import { findSecondaryLocationColumns, type SecondaryLocationColumns } from './secondary-location-columns';

export interface SecondaryLocationsRead {
  count: number;
  /** NPIs with a secondary location in the kept states: their rows are kept wherever their main practice is. */
  npisInStates: Set<number>;
}

/** Reads a pl_pfile whole, handing every location on in batches. */
export async function readSecondaryLocations(
  source: CsvSource,
  options: {
    states: KeptStates | null;
    onSecondaryLocations: ((locations: SecondaryLocation[]) => void) | undefined;
    signal: AbortSignal | undefined;
  },
): Promise<SecondaryLocationsRead> {
  const read: SecondaryLocationsRead = { count: 0, npisInStates: new Set() };
  const batch = new RecordBatch<SecondaryLocation>((locations) => options.onSecondaryLocations?.(locations));
  let columns: SecondaryLocationColumns | null = null;
  await scanCsvSource(
    source,
    {
      header(names) {
        columns = findSecondaryLocationColumns(names, source.name);
      },
      row(row) {
        if (columns === null) return;
        checkFieldCount(row, columns.fieldCount, source.name);
        checkNpiField(row, columns.npi, source.name);
        read.count += 1;
        if (options.states?.holds(row, columns.address.state))
          read.npisInStates.add(npiNumberOf(row, columns.npi));
        if (options.onSecondaryLocations)
          batch.add({ npi: row.text(columns.npi), address: addressOf(row, columns.address) });
      },
    },
    options.signal,
  );
  batch.flush();
  return read;
}
