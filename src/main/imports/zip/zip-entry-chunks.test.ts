import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../../scripts/synthetic-nppes/write-zip';
import { readZipDirectory } from './zip-directory';
import { zipEntryChunks } from './zip-entry-chunks';
import { ZipRefusedError } from './zip-refused-error';
import { useTempFolder } from '../../npi-registry/read/test-temp-folder';

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

  it('reads thousands of small entries, as a Plan-Net zip holds, without piling up listeners on the file', async () => {
    const path = join(folder.path, 'plan-net.zip');
    const resources = Array.from({ length: 5000 }, (_, index) => ({
      name: `Practitioner/p-${index}.json`,
      data: [JSON.stringify({ resourceType: 'Practitioner', id: `p-${index}` })],
    }));
    await writeZip(path, resources);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const { contents } = await entriesOf(path);
      // Node emits warnings on a later tick: let any that the reading caused arrive.
      await new Promise((resolve) => setImmediate(resolve));

      expect(contents.size).toBe(5000);
      expect(contents.get('Practitioner/p-4321.json')?.toString()).toBe(
        '{"resourceType":"Practitioner","id":"p-4321"}',
      );
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  for (const [size, data] of [
    ['a small', csvLike.subarray(0, 200_000)],
    ['a large', csvLike],
  ] as const) {
    it(`refuses ${size} entry whose compressed data is broken`, async () => {
      const path = join(folder.path, 'broken.zip');
      await writeZip(path, [{ name: 'data.csv', data: [data] }]);
      const bytes = readFileSync(path);
      bytes.fill(0xff, 200, 400);
      writeFileSync(path, bytes);

      const refusal = await entriesOf(path).catch((error: unknown) => error);

      expect(refusal).toBeInstanceOf(ZipRefusedError);
      expect(refusal).toMatchObject({
        message:
          'The file is damaged (its compressed data is broken): it may not have downloaded completely. Download it again. Nothing was changed.',
      });
    });
  }
});
