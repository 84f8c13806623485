import type { CsvSource } from './csv-source';
import { ProgressThrottle } from './progress-throttle';
import { findRegistryColumns } from './registry-columns';
import { RegistryRowSink, type RowKeeping } from './registry-row-sink';
import { scanCsvSource } from './scan-csv-source';

export interface RegistryProgress {
  rows: number;
  rowsKept: number;
  bytesRead: number;
  totalBytes: number | null;
}

export interface RegistryRowsReading extends RowKeeping {
  onProgress: ((progress: RegistryProgress) => void) | undefined;
  signal: AbortSignal | undefined;
}

export interface RegistryRowsRead {
  rows: number;
  rowsKept: number;
  /** The latest "Last Update Date" of any row (ISO), null when no row has one. */
  latestUpdate: string | null;
}

/** Reads the main registry CSV through a RegistryRowSink, with progress. */
export async function readRegistryRows(
  source: CsvSource,
  reading: RegistryRowsReading,
): Promise<RegistryRowsRead> {
  // Made when the header is read; an object, since TypeScript does not follow a callback's assignment.
  const found: { sink?: RegistryRowSink } = {};
  const progress = new ProgressThrottle(reading.onProgress);
  const progressAt = (bytesRead: number): RegistryProgress => ({
    rows: found.sink?.rows ?? 0,
    rowsKept: found.sink?.rowsKept ?? 0,
    bytesRead,
    totalBytes: source.size,
  });
  await scanCsvSource(
    source,
    {
      header(names) {
        found.sink = new RegistryRowSink(findRegistryColumns(names, source.name), source.name, reading);
      },
      row(row) {
        found.sink?.take(row);
      },
      progress(bytesRead) {
        progress.offer(() => progressAt(bytesRead));
      },
    },
    reading.signal,
  );
  const sink = found.sink;
  sink?.finish();
  progress.final(progressAt(source.size));
  return {
    rows: sink?.rows ?? 0,
    rowsKept: sink?.rowsKept ?? 0,
    latestUpdate: sink === undefined || sink.latestUpdate === 0 ? null : isoOfDateNumber(sink.latestUpdate),
  };
}

function isoOfDateNumber(value: number): string {
  const digits = String(value);
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}
