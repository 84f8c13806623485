import { CsvFormatError, CsvRowScanner, type CsvProblem } from './csv-row-scanner';
import type { CsvRow } from './csv-row';
import type { CsvSource } from './csv-source';
import { refuseLine, RegistryFileRefusedError } from './registry-file-refused-error';

export interface CsvReading {
  /** The first row's values. */
  header(names: string[]): void;
  /** Each later row; valid only during the call. */
  row(row: CsvRow): void;
  /** After each chunk, with the CSV's bytes read so far. */
  progress?(bytesRead: number): void;
}

const problems: Record<CsvProblem, string> = {
  'unterminated-quote': 'starts a quoted value that never closes: the file is cut short or damaged.',
  'row-too-long': 'starts a quoted value that never closes: the file is damaged.',
  'misplaced-quote': 'has a quote where a CSV file cannot have one: the file is damaged.',
};

/**
 * Reads a CSV from start to end, header first, checking for an abort between chunks (a chunk is
 * a few milliseconds of work), and words a broken CSV for the user with its line.
 */
export async function scanCsvSource(
  source: CsvSource,
  reading: CsvReading,
  signal?: AbortSignal,
): Promise<void> {
  let sawHeader = false;
  const scanner = new CsvRowScanner((row) => {
    if (sawHeader) {
      reading.row(row);
    } else {
      sawHeader = true;
      reading.header(Array.from({ length: row.count }, (_, index) => row.text(index)));
    }
  });
  let bytesRead = 0;
  try {
    for await (const chunk of source.chunks()) {
      signal?.throwIfAborted();
      scanner.push(chunk);
      bytesRead += chunk.length;
      reading.progress?.(bytesRead);
    }
    signal?.throwIfAborted();
    scanner.end();
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    throw refuseLine(error.line, source.name, `${problems[error.problem]} Download it again.`);
  }
  if (!sawHeader) {
    throw new RegistryFileRefusedError(
      `${source.name} is empty. Download the registry file again. Nothing was changed.`,
      null,
    );
  }
}
