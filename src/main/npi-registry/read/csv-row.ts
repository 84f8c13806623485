import type { CsvFields } from './csv-fields';

const initialCapacity = 512;

/**
 * One row as byte ranges of the buffer the scanner is reading: the scanner fills it in place for
 * each row, so a file of millions of rows allocates nothing per row until a field is asked for.
 * Valid only during the callback that receives it.
 */
export class CsvRow implements CsvFields {
  buffer: Buffer = Buffer.alloc(0);
  count = 0;
  line = 0;
  /** The row's bytes in `buffer`. */
  start = 0;
  end = 0;
  /** No byte of the row is above 0x7f, so a byte offset is a character offset. */
  ascii = true;
  starts = new Int32Array(initialCapacity);
  ends = new Int32Array(initialCapacity);
  /** 1 where a quoted field holds a doubled quote ("") to undo. */
  escaped = new Uint8Array(initialCapacity);
  private whole: string | null = null;

  /** Called by the scanner for each new row. */
  reset(start: number, end: number, count: number, line: number, ascii: boolean): void {
    this.start = start;
    this.end = end;
    this.count = count;
    this.line = line;
    this.ascii = ascii;
    this.whole = null;
  }

  text(index: number): string {
    if (index >= this.count) return '';
    const start = this.starts[index]!;
    const end = this.ends[index]!;
    if (start === end) return '';
    // One decode of the whole row and a substring per field costs far less than a decode per
    // field; the registry is ASCII, and a row that is not is decoded field by field as UTF-8.
    const text = this.ascii
      ? (this.whole ??= this.buffer.toString('latin1', this.start, this.end)).slice(
          start - this.start,
          end - this.start,
        )
      : this.buffer.toString('utf8', start, end);
    return this.escaped[index] === 1 ? text.replaceAll('""', '"') : text;
  }

  size(index: number): number {
    return index < this.count ? this.ends[index]! - this.starts[index]! : 0;
  }

  code(index: number, offset: number): number {
    return this.buffer[this.starts[index]! + offset]!;
  }

  grow(): void {
    const capacity = this.starts.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.starts = grown(this.starts, new Int32Array(capacity));
    this.ends = grown(this.ends, new Int32Array(capacity));
    this.escaped = grown(this.escaped, new Uint8Array(capacity));
  }
}
