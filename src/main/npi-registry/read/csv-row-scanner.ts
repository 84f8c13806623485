import { CsvRow } from './csv-row';

const quote = 0x22;
const comma = 0x2c;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/** No real row comes near this; a longer one means a quote that never closes. */
const longestRowBytes = 16 * 1024 * 1024;

export type CsvProblem = 'unterminated-quote' | 'misplaced-quote' | 'row-too-long';

/**
 * Where a CSV breaks RFC 4180; the caller words it for the user. A quote is misplaced after a
 * closing quote or inside an unquoted value: RFC 4180 quotes any value that holds one.
 */
export class CsvFormatError extends Error {
  constructor(
    readonly problem: CsvProblem,
    readonly line: number,
  ) {
    super(`CSV ${problem} at line ${line}`);
  }
}

/**
 * An RFC 4180 CSV reader fed chunks of bytes (quoted fields, "" escapes, commas and line ends
 * inside quotes, CRLF or LF, a last line with or without its line end). It hands each row to
 * `onRow` as byte ranges, so the caller decodes only the fields it wants. Blank lines are passed
 * over. A row cut by a chunk's end is kept (a copy of its bytes) and read again with the next.
 */
export class CsvRowScanner {
  private pending: Buffer | null = null;
  /** The pending row's bytes end inside a quoted value. */
  private pendingInQuotes = false;
  private line = 1;
  private started = false;
  private readonly row = new CsvRow();

  constructor(private readonly onRow: (row: CsvRow) => void) {}

  /** `chunk` may be reused by the caller once this returns. */
  push(chunk: Buffer): void {
    let bytes = chunk;
    if (!this.started) {
      this.started = bytes.length > 0;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    const from = this.pending === null ? 0 : this.finishPendingRow(bytes);
    if (from < 0) return;
    const used = this.scan(bytes, from, false);
    if (used === bytes.length) return;
    this.pending = Buffer.from(bytes.subarray(used));
    this.pendingInQuotes = hasOddQuotes(bytes, used, bytes.length);
  }

  /**
   * Reads the row the last chunk cut, joined with this chunk's bytes up to its line end (the
   * first line end outside quotes: quotes come in pairs, so a line end after an even number of
   * them ends the row), and returns where the rest of the chunk starts, or -1 when the row goes
   * on past this chunk. Only the row's bytes are copied, not the whole chunk.
   */
  private finishPendingRow(chunk: Buffer): number {
    const pending = this.pending!;
    let inQuotes = this.pendingInQuotes;
    let from = 0;
    for (
      let lineEnd = chunk.indexOf(lineFeed);
      lineEnd >= 0;
      lineEnd = chunk.indexOf(lineFeed, lineEnd + 1)
    ) {
      if (hasOddQuotes(chunk, from, lineEnd)) inQuotes = !inQuotes;
      from = lineEnd;
      if (inQuotes) continue;
      this.pending = null;
      this.scan(Buffer.concat([pending, chunk.subarray(0, lineEnd + 1)]), 0, false);
      return lineEnd + 1;
    }
    if (pending.length + chunk.length > longestRowBytes) throw new CsvFormatError('row-too-long', this.line);
    this.pending = Buffer.concat([pending, chunk]);
    this.pendingInQuotes = inQuotes !== hasOddQuotes(chunk, from, chunk.length);
    return -1;
  }

  /** The end of the data: reads a last row without a line end, or finds it cut inside quotes. */
  end(): void {
    if (this.pending !== null) this.scan(this.pending, 0, true);
    this.pending = null;
  }

  /**
   * Reads whole rows from `bytes` and returns how many bytes they used; the rest is an unfinished
   * row (unless `final`). One long loop over bytes with locals only: this is the import's hot path.
   */
  private scan(bytes: Buffer, from: number, final: boolean): number {
    const row = this.row;
    row.buffer = bytes;
    const end = bytes.length;
    let { starts, ends, escaped } = row;
    let rowStart = from;
    while (rowStart < end) {
      let position = rowStart;
      let field = 0;
      let newlines = 0;
      let high = 0;
      let rowEnd = -1;
      while (rowEnd < 0) {
        if (field === starts.length) {
          row.grow();
          ({ starts, ends, escaped } = row);
        }
        const first = position < end ? bytes[position]! : -1;
        if (first === quote) {
          // Most of a registry row's 330 fields are "" in runs: read a run in one tight loop.
          if (position + 2 < end && bytes[position + 1] === quote && bytes[position + 2] === comma) {
            const capacity = starts.length;
            do {
              starts[field] = position + 1;
              ends[field] = position + 1;
              escaped[field] = 0;
              field += 1;
              position += 3;
            } while (
              field < capacity &&
              position + 2 < end &&
              bytes[position] === quote &&
              bytes[position + 1] === quote &&
              bytes[position + 2] === comma
            );
            continue;
          }
          const start = position + 1;
          let doubled = 0;
          position = start;
          for (;;) {
            if (position >= end) {
              if (final) throw new CsvFormatError('unterminated-quote', this.line);
              return rowStart;
            }
            const byte = bytes[position]!;
            if (byte === quote) {
              if (position + 1 >= end) {
                if (!final) return rowStart;
                break;
              }
              if (bytes[position + 1] !== quote) break;
              doubled = 1;
              position += 2;
            } else {
              if (byte === lineFeed) newlines += 1;
              high |= byte;
              position += 1;
            }
          }
          starts[field] = start;
          ends[field] = position;
          escaped[field] = doubled;
          field += 1;
          position += 1;
          const next = position < end ? bytes[position]! : -1;
          if (next === comma) {
            position += 1;
          } else if (next === lineFeed || next === -1) {
            rowEnd = position + 1;
          } else if (next === carriageReturn && position + 1 < end && bytes[position + 1] === lineFeed) {
            rowEnd = position + 2;
          } else if (next === carriageReturn && position + 1 >= end) {
            if (!final) return rowStart;
            rowEnd = end;
          } else {
            throw new CsvFormatError('misplaced-quote', this.line + newlines);
          }
        } else {
          const start = position;
          let byte = -1;
          while (position < end) {
            byte = bytes[position]!;
            if (byte === comma || byte === lineFeed) break;
            if (byte === quote) throw new CsvFormatError('misplaced-quote', this.line + newlines);
            high |= byte;
            position += 1;
          }
          if (position >= end && !final) return rowStart;
          starts[field] = start;
          escaped[field] = 0;
          if (byte === comma) {
            ends[field] = position;
            field += 1;
            position += 1;
          } else {
            ends[field] =
              position > start && bytes[position - 1] === carriageReturn ? position - 1 : position;
            field += 1;
            rowEnd = position + 1;
          }
        }
      }
      const blank = field === 1 && ends[0] === rowStart && bytes[rowStart] !== quote;
      row.reset(rowStart, Math.min(rowEnd, end), field, this.line, high < 0x80);
      this.line += 1 + newlines;
      rowStart = row.end;
      if (!blank) this.onRow(row);
    }
    return end;
  }
}

function hasOddQuotes(bytes: Buffer, from: number, to: number): boolean {
  // A bounded loop, not indexOf: indexOf runs on to the chunk's end when the range holds no
  // quote, and a row spanning many short lines made that quadratic (18 s for a 16 MB row).
  let odd = false;
  for (let at = from; at < to; at += 1) if (bytes[at] === quote) odd = !odd;
  return odd;
}
