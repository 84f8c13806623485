import type { RegistryFileInfo, RegistryRecord, SecondaryLocation } from '../registry-record';
import { KeptStates } from './kept-states';
import { readRegistryRows, type RegistryProgress } from './read-registry-rows';
import { readSecondaryLocations } from './read-secondary-locations';
import { registryFileNaming } from './registry-file-name';
import { RegistryFileRefusedError } from './registry-file-refused-error';
import { openRegistrySource } from './registry-source';

export { sniffRegistryFile, type RegistryFileKind } from './sniff-registry-file';

export interface ReadRegistryOptions {
  /** Keep rows whose practice location, or one of its secondary locations, is in these states; null: all. Deactivated rows with no location are always kept (a lookup must say "deactivated"). */
  states: ReadonlySet<string> | null;
  /** Abort: the promise rejects with the signal's reason (an AbortError) and the files are closed. */
  signal?: AbortSignal;
  /** Kept records, in batches (~1,000); called synchronously so the caller writes them inside its own transaction; the reader waits for it to return. */
  onRecords(records: RegistryRecord[]): void;
  /** ALL secondary locations (pl_pfile) of the file, in batches, BEFORE any onRecords call (the caller drops those of providers it did not keep). */
  onSecondaryLocations?(locations: SecondaryLocation[]): void;
  /** At most ~10 calls a second, and one at the end. totalBytes: the main CSV's uncompressed size. */
  onProgress?(progress: RegistryProgress): void;
}

export interface RegistryFileRead {
  info: RegistryFileInfo;
  rows: number;
  rowsKept: number;
  secondaryLocations: number;
}

/**
 * Reads an NPI registry file (the NPPES zip as CMS publishes it, or the npidata_pfile CSV from
 * it) as RegistryRecords, streaming: memory stays flat whatever the file's size. A zip's pl_pfile,
 * or one beside the CSV, is read first, so providers kept for a secondary location are known
 * before the main file is. A file that is not a registry file, is cut short or is damaged is
 * refused with RegistryFileRefusedError, naming the line where it can.
 */
export async function readRegistryFile(
  path: string,
  options: ReadRegistryOptions,
): Promise<RegistryFileRead> {
  options.signal?.throwIfAborted();
  const source = await openRegistrySource(path);
  try {
    if (source.main === null) {
      throw new RegistryFileRefusedError(
        'This zip holds no NPI registry file (npidata_pfile…csv). Choose the NPPES Data ' +
          'Dissemination zip, monthly or weekly, as downloaded from CMS. Nothing was changed.',
        null,
      );
    }
    const states = options.states === null ? null : new KeptStates(options.states);
    const secondary =
      source.secondary === null
        ? { count: 0, npisInStates: new Set<number>() }
        : await readSecondaryLocations(source.secondary, {
            states,
            onSecondaryLocations:
              options.onSecondaryLocations && ((batch) => options.onSecondaryLocations?.(batch)),
            signal: options.signal,
          });
    const read = await readRegistryRows(source.main, {
      states,
      npisInStates: secondary.npisInStates,
      onRecords: (records) => options.onRecords(records),
      onProgress: options.onProgress && ((progress) => options.onProgress?.(progress)),
      signal: options.signal,
    });
    const naming = registryFileNaming(source.main.name, source.containerName);
    const fileDate = naming.fileDate ?? read.latestUpdate;
    if (fileDate === null) {
      throw new RegistryFileRefusedError(
        `Provider Desk cannot tell which day ${source.main.name} is of: its name has no date and ` +
          'no row has a Last Update Date. Choose the file as downloaded from CMS. Nothing was changed.',
        null,
      );
    }
    return {
      info: { ...naming, fileDate },
      rows: read.rows,
      rowsKept: read.rowsKept,
      secondaryLocations: secondary.count,
    };
  } finally {
    await source.close();
  }
}
