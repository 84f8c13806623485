import { parse as csvParse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { StringFields } from '../src/main/npi-registry/read/csv-fields';
import { KeptStates } from '../src/main/npi-registry/read/kept-states';
import { readRegistryFile } from '../src/main/npi-registry/read/read-registry-file';
import { findRegistryColumns } from '../src/main/npi-registry/read/registry-columns';
import { RegistryRowSink } from '../src/main/npi-registry/read/registry-row-sink';

export const parserNames = ['hand-written', 'csv-parse', 'papaparse'] as const;
export type ParserName = (typeof parserNames)[number];

export interface RunCounts {
  rows: number;
  rowsKept: number;
}

/**
 * Reads a registry CSV with one parser, every row going through the reader's own checks and
 * record building (RegistryRowSink), so the parsers are compared on the same work. The
 * hand-written one is the reader itself.
 */
export async function runParser(
  parser: ParserName,
  path: string,
  states: ReadonlySet<string> | null,
): Promise<RunCounts> {
  if (parser === 'hand-written') {
    const read = await readRegistryFile(path, { states, onRecords() {} });
    return { rows: read.rows, rowsKept: read.rowsKept };
  }
  const rows = new StringRowSink(path, states);
  await (parser === 'csv-parse' ? csvParseRows(path, rows.take) : papaparseRows(path, rows.take));
  return rows.finish();
}

/** Rows as strings, the header first, into the reader's RegistryRowSink. */
class StringRowSink {
  private sink: RegistryRowSink | null = null;
  private line = 0;

  constructor(
    private readonly path: string,
    private readonly states: ReadonlySet<string> | null,
  ) {}

  readonly take = (fields: string[]): void => {
    this.line += 1;
    if (this.sink !== null) {
      this.sink.take(new StringFields(fields, this.line));
      return;
    }
    const states = this.states && new KeptStates(this.states);
    this.sink = new RegistryRowSink(findRegistryColumns(fields, this.path), this.path, {
      states,
      npisInStates: new Set(),
      onRecords() {},
    });
  };

  finish(): RunCounts {
    this.sink?.finish();
    return { rows: this.sink?.rows ?? 0, rowsKept: this.sink?.rowsKept ?? 0 };
  }
}

async function csvParseRows(path: string, take: (fields: string[]) => void): Promise<void> {
  const parser = createReadStream(path, { highWaterMark: 1024 * 1024 }).pipe(csvParse({ bom: true }));
  for await (const record of parser) {
    const fields: unknown = record;
    if (Array.isArray(fields)) take(fields.map(String));
  }
}

function papaparseRows(path: string, take: (fields: string[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(path, { highWaterMark: 1024 * 1024 }), {
      skipEmptyLines: true,
      chunk(results) {
        for (const fields of results.data) take(fields);
      },
      complete: () => resolve(),
      error: reject,
    });
  });
}
