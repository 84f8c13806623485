import type { RegistryRecord } from '../registry-record';
import type { CsvFields } from './csv-fields';
import type { KeptStates } from './kept-states';
import { RecordBatch } from './record-batch';
import type { RegistryColumns } from './registry-columns';
import { dateNumberOf, npiNumberOf } from './registry-fields';
import { registryRecordOf } from './registry-record-of';
import { checkRegistryRow } from './registry-row-checks';

export interface RowKeeping {
  /** null: keep every row. */
  states: KeptStates | null;
  /** NPIs kept for a secondary location in the states. */
  npisInStates: ReadonlySet<number>;
  onRecords: (records: RegistryRecord[]) => void;
}

/**
 * What happens to each row of the main registry CSV, whichever parser read it: checked (every
 * row, kept or not), kept when its practice location or a secondary one is in the states, or
 * when it is a deactivated NPI listed without a location (so a lookup can say "deactivated"),
 * and handed on in batches. Only kept rows become strings.
 */
export class RegistryRowSink {
  rows = 0;
  rowsKept = 0;
  /** The latest "Last Update Date" as YYYYMMDD; 0 while none. */
  latestUpdate = 0;
  private readonly batch: RecordBatch<RegistryRecord>;

  constructor(
    private readonly columns: RegistryColumns,
    private readonly fileName: string,
    private readonly keeping: RowKeeping,
  ) {
    this.batch = new RecordBatch(keeping.onRecords);
  }

  take(row: CsvFields): void {
    const columns = this.columns;
    checkRegistryRow(row, columns, this.fileName);
    this.rows += 1;
    const updated = dateNumberOf(row, columns.lastUpdateDate);
    if (updated > this.latestUpdate) this.latestUpdate = updated;
    if (!this.isKept(row)) return;
    this.rowsKept += 1;
    this.batch.add(registryRecordOf(row, columns));
  }

  /** Hands on the last, partial batch. */
  finish(): void {
    this.batch.flush();
  }

  private isKept(row: CsvFields): boolean {
    const { states, npisInStates } = this.keeping;
    const { practice, npi, deactivationDate } = this.columns;
    if (states === null || states.holds(row, practice.state)) return true;
    if (npisInStates.size > 0 && npisInStates.has(npiNumberOf(row, npi))) return true;
    return row.size(practice.state) === 0 && row.size(practice.line1) === 0 && row.size(deactivationDate) > 0;
  }
}
