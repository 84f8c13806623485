import { CsvRowScanner } from './csv-row-scanner';

/**
 * A small CSV held whole (the NUCC taxonomy code set, a test's rows) as rows of strings, read by
 * the same RFC 4180 scanner as the registry file. Throws CsvFormatError on a broken quote.
 */
export function parseCsvText(text: string | Buffer): string[][] {
  const rows: string[][] = [];
  const scanner = new CsvRowScanner((row) => {
    rows.push(Array.from({ length: row.count }, (_, index) => row.text(index)));
  });
  scanner.push(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  scanner.end();
  return rows;
}
