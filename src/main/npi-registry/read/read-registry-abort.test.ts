import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticRegistry } from '../../../../scripts/synthetic-nppes/write-synthetic-registry';
import { readRegistryFile } from './read-registry-file';
import { useTempFolder } from './test-temp-folder';

const folder = useTempFolder();

/** The files this process has open under `folder`, from Linux's own list of descriptors. */
function openFilesUnder(folderPath: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(join('/proc/self/fd', fd));
      return target.startsWith(folderPath) ? [target] : [];
    } catch {
      return [];
    }
  });
}

describe('cancelling a read', () => {
  for (const zip of [false, true]) {
    it(`stops ${zip ? 'a zip' : 'a CSV'} at the next chunk and closes its files`, async () => {
      const { path } = await writeSyntheticRegistry({
        rows: 20_000,
        seed: 3,
        zip,
        path: join(
          folder.path,
          zip ? 'NPPES_Data_Dissemination_November_2025.zip' : 'npidata_pfile_20050523-20251109.csv',
        ),
        secondaryLocations: 500,
      });
      const controller = new AbortController();
      let recordsAfterAbort = 0;
      let openWhileReading: string[] = [];
      const reading = readRegistryFile(path, {
        states: null,
        signal: controller.signal,
        onRecords(batch) {
          if (controller.signal.aborted) recordsAfterAbort += batch.length;
          else openWhileReading = openFilesUnder(folder.path);
          controller.abort();
        },
      });

      await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
      expect(openWhileReading).toContain(path);
      // A chunk is a megabyte, about 800 rows: the read stops within it, not at the file's end.
      expect(recordsAfterAbort).toBeLessThan(2000);
      expect(openFilesUnder(folder.path)).toEqual([]);
    });
  }

  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      readRegistryFile(join(folder.path, 'no-such-file.csv'), {
        states: null,
        signal: controller.signal,
        onRecords() {},
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
