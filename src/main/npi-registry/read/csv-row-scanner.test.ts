import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, CsvRowScanner } from './csv-row-scanner';
import { parseCsvText } from './csv-text';

/** Feeds `text` in pieces of `size` bytes, as a file or inflate stream would, collecting rows with their lines. */
function scanInPieces(text: string, size: number): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  const scanner = new CsvRowScanner((row) => {
    rows.push({ line: row.line, fields: Array.from({ length: row.count }, (_, index) => row.text(index)) });
  });
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) {
    // A copy the scanner does not own, overwritten after each push, as the file reader's buffer is.
    const piece = Buffer.from(bytes.subarray(at, at + size));
    scanner.push(piece);
    piece.fill(0x21);
  }
  scanner.end();
  return rows;
}

function problemOf(text: string): { problem: string; line: number } {
  try {
    parseCsvText(text);
  } catch (error) {
    if (error instanceof CsvFormatError) return { problem: error.problem, line: error.line };
    throw error;
  }
  throw new Error('The text was read without a problem.');
}

describe('the CSV scanner', () => {
  it('reads quoted fields, doubled quotes, and commas and line ends inside quotes', () => {
    expect(parseCsvText('"a","b ""quoted""","c, d","e\r\nf"\r\n"","x"\r\n')).toEqual([
      ['a', 'b "quoted"', 'c, d', 'e\r\nf'],
      ['', 'x'],
    ]);
  });

  it('reads unquoted fields, LF or CRLF line ends, and a last line with or without its line end', () => {
    expect(parseCsvText('a,b\nc,d\r\ne,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    expect(parseCsvText('a,b\r\n')).toEqual([['a', 'b']]);
    expect(parseCsvText('a,"b"')).toEqual([['a', 'b']]);
    expect(parseCsvText('a,')).toEqual([['a', '']]);
  });

  it('passes blank lines over and drops a byte order mark', () => {
    expect(parseCsvText('\uFEFF"NPI",x\r\n\r\n1,2\r\n\r\n')).toEqual([
      ['NPI', 'x'],
      ['1', '2'],
    ]);
  });

  it('keeps non-ASCII text whole, in the row and in the field', () => {
    expect(parseCsvText('"JOSÉ","Ñ, ü",plain\r\n"ok"')).toEqual([['JOSÉ', 'Ñ, ü', 'plain'], ['ok']]);
  });

  it('reads the same rows whatever the pieces the bytes arrive in', () => {
    const text = '"NPI","Name"\r\n"1","SMITH, ""JR"""\r\n"2","two\nlines"\r\n3,"é"\n"4",""';
    const whole = scanInPieces(text, text.length);
    expect(whole.map((row) => row.fields)).toEqual([
      ['NPI', 'Name'],
      ['1', 'SMITH, "JR"'],
      ['2', 'two\nlines'],
      ['3', 'é'],
      ['4', ''],
    ]);
    for (const size of [1, 2, 3, 5, 7, 16]) expect(scanInPieces(text, size)).toEqual(whole);
  });

  it('numbers rows by their physical line, counting line ends inside quotes', () => {
    const rows = scanInPieces('"h"\r\n"a\r\nb\r\nc"\r\n"next"\r\n\r\n"after a blank"\r\n', 4);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 5, 7]);
  });

  it('finds a quote that never closes, on the line where the row starts', () => {
    expect(problemOf('"h"\r\n"a"\r\n"cut sho')).toEqual({ problem: 'unterminated-quote', line: 3 });
    expect(problemOf('"h"\r\n"a\r\nb"\r\n"x","cut\r\nshort')).toEqual({
      problem: 'unterminated-quote',
      line: 4,
    });
  });

  it('finds a quote out of place: after a closing quote, or inside an unquoted value', () => {
    expect(problemOf('"h"\r\n"a"b,"c"\r\n')).toEqual({ problem: 'misplaced-quote', line: 2 });
    expect(problemOf('"h"\r\n"a\nb",x"y\r\n')).toEqual({ problem: 'misplaced-quote', line: 3 });
  });

  it('gives up on a quote that never closes before the row grows past 16 MB', () => {
    const scanner = new CsvRowScanner(() => undefined);
    scanner.push(Buffer.from('"h"\r\n"a"\r\n"never closed'));
    const lines = Buffer.from('a line,\n'.repeat(128 * 1024));
    const pushAll = () => {
      for (let megabyte = 0; megabyte < 17; megabyte += 1) scanner.push(lines);
    };
    expect(pushAll).toThrow(new CsvFormatError('row-too-long', 3));
  });

  it('reads the NUCC taxonomy code set whole', () => {
    const rows = parseCsvText(
      readFileSync(join(__dirname, '../../../../resources/nucc/nucc_provider_taxonomy.csv')),
    );
    const [header = [], ...codes] = rows;
    expect(header.slice(0, 4)).toEqual(['Code', 'Grouping', 'Classification', 'Specialization']);
    expect(codes).toHaveLength(874);
    expect(codes.every((row) => row.length === header.length)).toBe(true);
    const cardiology = codes.find((row) => row[0] === '207RC0000X');
    expect(cardiology?.[3]).toBe('Cardiovascular Disease');
  });
});
