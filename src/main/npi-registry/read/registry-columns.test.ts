import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinedSampleText } from '../../../../scripts/synthetic-nppes/sample-templates';
import { writeSyntheticRegistry } from '../../../../scripts/synthetic-nppes/write-synthetic-registry';
import { parseCsvText } from './csv-text';
import { readRegistryFile } from './read-registry-file';
import { readAll, sampleCsvName, writeSampleCsv } from './registry-test-files';
import { useTempFolder } from './test-temp-folder';

const folder = useTempFolder();

/** The sample with its columns in another order (NPI still first, as the registry keeps it). */
function withColumnsMoved(order: (indexes: number[]) => number[]): string {
  const rows = parseCsvText(joinedSampleText());
  const indexes = order(Array.from({ length: rows[0]!.length - 1 }, (_, index) => index + 1));
  return rows
    .map((row) => [row[0]!, ...indexes.map((index) => row[index]!)].map((field) => `"${field}"`).join(','))
    .join('\r\n');
}

describe('finding columns by their header names', () => {
  it('reads the same records whatever the order of the columns', async () => {
    const { records } = await readAll(writeSampleCsv(folder.path));
    const moved = writeSampleCsv(
      folder.path,
      'moved.csv',
      withColumnsMoved((indexes) => indexes.reverse()),
    );
    expect((await readAll(moved)).records).toEqual(records);
  });

  it('reads a newer layout with a 330th column and renamed columns it does not use', async () => {
    const { path } = await writeSyntheticRegistry({
      rows: 300,
      seed: 5,
      newerLayout: true,
      path: join(folder.path, 'npidata_pfile_20251103-20251109.csv'),
    });
    const { read, records } = await readAll(path);
    expect(read).toMatchObject({
      rows: 300,
      rowsKept: 300,
      info: { fileDate: '2025-11-09', coverage: 'weekly' },
    });
    expect(
      records.filter((record) => record.entityType !== '').every((record) => record.taxonomies.length > 0),
    ).toBe(true);
  });

  it('refuses a header missing a column the record needs, naming it', async () => {
    const header = parseCsvText(joinedSampleText())[0]!;
    const dropped = header.indexOf('Provider License Number State Code_3');
    const withoutLicense = withColumnsMoved((indexes) => indexes.filter((index) => index !== dropped));
    const path = writeSampleCsv(folder.path, sampleCsvName, withoutLicense);
    await expect(readRegistryFile(path, { states: null, onRecords() {} })).rejects.toMatchObject({
      line: 1,
      message: expect.stringContaining('has no column "Provider License Number State Code_3"'),
    });
  });
});
