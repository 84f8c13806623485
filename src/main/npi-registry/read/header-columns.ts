import { RegistryFileRefusedError } from './registry-file-refused-error';

/**
 * Registry headers are written by hand at CMS: "Address- Address Line 1" beside
 * "Address-  Address Line 2" and "Address - City Name". Names are compared with case, spaces
 * and dashes evened out, so a column is found whatever its spacing.
 */
export function normaliseColumnName(name: string): string {
  return name
    .trim()
    .replace(/[\s\-–—]+/g, ' ')
    .toLowerCase();
}

/** Finds columns by name in a header; a missing one refuses the file, naming the column. */
export class HeaderColumns {
  private readonly indexes = new Map<string, number>();

  constructor(
    header: readonly string[],
    private readonly fileName: string,
  ) {
    header.forEach((name, index) => {
      const key = normaliseColumnName(name);
      if (!this.indexes.has(key)) this.indexes.set(key, index);
    });
  }

  has(name: string): boolean {
    return this.indexes.has(normaliseColumnName(name));
  }

  /** The first of `names` the header has (a column CMS has spelt more than one way). */
  index(...names: [string, ...string[]]): number {
    for (const name of names) {
      const index = this.indexes.get(normaliseColumnName(name));
      if (index !== undefined) return index;
    }
    throw new RegistryFileRefusedError(
      `The header of ${this.fileName} has no column "${names[0]}", so it is not an NPI registry ` +
        'file in the layout Provider Desk reads. Choose the NPPES Data Dissemination zip as ' +
        'downloaded, or the CSV files from inside it. Nothing was changed.',
      1,
    );
  }
}
