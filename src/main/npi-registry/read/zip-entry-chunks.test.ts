import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../../scripts/synthetic-nppes/write-zip';
import { readZipDirectory } from './zip-directory';
import { zipEntryChunks } from './zip-entry-chunks';
import { useTempFolder } from './test-temp-folder';

const folder = useTempFolder();

/** Text that deflates well, as a registry CSV does, over several read chunks. */
const csvLike = Buffer.from('"1234567893","1","","","SMITH","JOHN","","",""\r\n'.repeat(60_000));
/** Bytes that do not deflate at all. */
const noise = randomBytes(300_000);

async function entriesOf(path: string) {
  const file = await open(path, 'r');
  try {
    const entries = await readZipDirectory(file, (await file.stat()).size);
    const contents = new Map<string, Buffer>();
    for (const entry of entries) {
      const chunks: Buffer[] = [];
      for await (const chunk of zipEntryChunks(file, entry)) chunks.push(Buffer.from(chunk));
      contents.set(entry.name, Buffer.concat(chunks));
    }
    return { entries, contents };
  } finally {
    await file.close();
  }
}

describe('reading a zip without a zip library', () => {
  for (const zip64 of [false, true]) {
    it(`lists and inflates each entry${zip64 ? ' from zip64 records' : ''}, stored or deflated`, async () => {
      const path = join(folder.path, 'registry.zip');
      await writeZip(
        path,
        [
          {
            name: 'npidata_pfile_20050523-20251109.csv',
            data: [csvLike.subarray(0, 1000), csvLike.subarray(1000)],
          },
          { name: 'noise.bin', data: [noise], store: true },
          { name: 'NPPES_Data_Dissemination_Readme.pdf', data: ['%PDF-1.4'] },
        ],
        { zip64 },
      );
      const { entries, contents } = await entriesOf(path);

      expect(
        entries.map(({ name, method, uncompressedSize }) => ({ name, method, uncompressedSize })),
      ).toEqual([
        { name: 'npidata_pfile_20050523-20251109.csv', method: 8, uncompressedSize: csvLike.length },
        { name: 'noise.bin', method: 0, uncompressedSize: noise.length },
        { name: 'NPPES_Data_Dissemination_Readme.pdf', method: 8, uncompressedSize: 8 },
      ]);
      expect(entries[0]!.compressedSize).toBeLessThan(csvLike.length / 10);
      expect(contents.get('npidata_pfile_20050523-20251109.csv')?.equals(csvLike)).toBe(true);
      expect(contents.get('noise.bin')?.equals(noise)).toBe(true);
      expect(contents.get('NPPES_Data_Dissemination_Readme.pdf')?.toString()).toBe('%PDF-1.4');
    });
  }
});
