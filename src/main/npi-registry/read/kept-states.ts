import type { CsvFields } from './csv-fields';

/**
 * The states an import keeps, as a table of two-letter codes, so that testing a row's state (the
 * test nearly every row of the monthly file fails) looks at two bytes and builds no string.
 */
export class KeptStates {
  private readonly table = new Uint8Array(1 << 16);

  constructor(states: ReadonlySet<string>) {
    for (const state of states) {
      const code = state.trim().toUpperCase();
      if (code.length === 2) this.table[(code.charCodeAt(0) << 8) | code.charCodeAt(1)] = 1;
    }
  }

  holds(row: CsvFields, index: number): boolean {
    if (row.size(index) !== 2) return false;
    return this.table[((row.code(index, 0) & 0xff) << 8) | (row.code(index, 1) & 0xff)] === 1;
  }
}
