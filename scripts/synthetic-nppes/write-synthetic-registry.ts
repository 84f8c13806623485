import { createWriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StateSpread, usStateShares } from './state-spread';
import { syntheticLocationsText } from './synthetic-locations-text';
import { syntheticRegistryText } from './synthetic-registry-text';
import { writeZip, type ZipInput } from './write-zip';

export interface SyntheticRegistryOptions {
  rows: number;
  /** The file to write: a zip when `zip`, else the CSV (named npidata_pfile_<range>.csv for a pl_pfile beside it). */
  path: string;
  seed: number;
  /** Shares by state; the usual U.S. spread when left out. */
  stateShares?: Readonly<Record<string, number>>;
  zip?: boolean;
  zip64?: boolean;
  /** Rows of a pl_pfile, written into the zip or beside the CSV. */
  secondaryLocations?: number;
  newerLayout?: boolean;
}

export interface SyntheticRegistry {
  path: string;
  /** The main CSV's size, uncompressed. */
  csvBytes: number;
  /** Its name (inside the zip, or the file itself). */
  csvName: string;
}

const dateRange = '20050523-20251109';

/** Writes a synthetic registry file in the sample's exact layout, streaming (a million rows is 1.2 GB). */
export async function writeSyntheticRegistry(options: SyntheticRegistryOptions): Promise<SyntheticRegistry> {
  const spread = new StateSpread(options.stateShares ?? usStateShares);
  let csvBytes = 0;
  const text = () => syntheticRegistryText({ ...options, spread, newerLayout: options.newerLayout === true });
  const main = function* () {
    for (const chunk of text()) {
      csvBytes += Buffer.byteLength(chunk);
      yield chunk;
    }
  };
  const locations = () =>
    syntheticLocationsText({
      count: options.secondaryLocations ?? 0,
      rows: options.rows,
      seed: options.seed,
      spread,
    });
  const hasLocations = (options.secondaryLocations ?? 0) > 0;

  if (options.zip === true) {
    const csvName = `npidata_pfile_${dateRange}.csv`;
    const inputs: ZipInput[] = [
      { name: csvName, data: main() },
      { name: `npidata_pfile_${dateRange}_fileheader.csv`, data: [firstLine(text())] },
    ];
    if (hasLocations) {
      inputs.push({ name: `pl_pfile_${dateRange}.csv`, data: locations() });
      inputs.push({ name: `pl_pfile_${dateRange}_fileheader.csv`, data: [firstLine(locations())] });
    }
    await writeZip(options.path, inputs, { zip64: options.zip64 === true });
    return { path: options.path, csvBytes, csvName };
  }
  await pipeline(Readable.from(main()), createWriteStream(options.path));
  if (hasLocations) {
    if (!/^npidata_pfile_/i.test(basename(options.path))) {
      throw new Error('A pl_pfile goes beside a CSV named npidata_pfile_<range>.csv.');
    }
    const plName = basename(options.path).replace(/^npidata_pfile_/i, 'pl_pfile_');
    await pipeline(Readable.from(locations()), createWriteStream(join(dirname(options.path), plName)));
  }
  return { path: options.path, csvBytes, csvName: basename(options.path) };
}

function firstLine(text: Iterable<string>): string {
  for (const chunk of text) return chunk.slice(0, chunk.indexOf('\n') + 1);
  return '';
}
