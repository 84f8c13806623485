/**
 * The fields of one CSV row, read without turning every one into a string: a registry row has
 * 330 fields and the reader wants about 50, most of them empty. Codes are bytes of the file
 * (UTF-8) or characters of a string; the two agree on the ASCII the checks look at.
 */
export interface CsvFields {
  readonly count: number;
  /** The physical line the row starts on (the header is line 1). */
  readonly line: number;
  text(index: number): string;
  /** Length in bytes (or characters); 0 for an empty field. */
  size(index: number): number;
  /** The byte (or character code) at `offset` inside the field. */
  code(index: number, offset: number): number;
}

/** A row parsed by another parser (a string per field), for comparing parsers on equal terms. */
export class StringFields implements CsvFields {
  constructor(
    private readonly fields: readonly string[],
    readonly line: number,
  ) {}

  get count(): number {
    return this.fields.length;
  }

  text(index: number): string {
    return this.fields[index] ?? '';
  }

  size(index: number): number {
    return this.text(index).length;
  }

  code(index: number, offset: number): number {
    return this.text(index).charCodeAt(offset);
  }
}
