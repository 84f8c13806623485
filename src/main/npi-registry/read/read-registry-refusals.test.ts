import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinedSampleText } from '../../../../scripts/synthetic-nppes/sample-templates';
import { writeZip } from '../../../../scripts/synthetic-nppes/write-zip';
import { readRegistryFile } from './read-registry-file';
import { RegistryFileRefusedError } from './registry-file-refused-error';
import { sampleCsvName, writeSampleCsv, writeSampleZip } from './registry-test-files';
import { useTempFolder } from './test-temp-folder';

const folder = useTempFolder();
const sample = joinedSampleText();

/** Where physical line `line` (1 is the header) of the sample starts. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let current = 1; current < line; current += 1) at = text.indexOf('\n', at) + 1;
  return at;
}

/** The sample with line `line` changed by `change`. */
function withLine(line: number, change: (text: string) => string): string {
  const start = lineStart(sample, line);
  const end = sample.indexOf('\r\n', start);
  return sample.slice(0, start) + change(sample.slice(start, end)) + sample.slice(end);
}

async function refusalOf(path: string): Promise<{ message: string; line: number | null; code: string }> {
  const refusal = await readRegistryFile(path, { states: null, onRecords() {} }).then(
    () => null,
    (error: unknown) => error,
  );
  if (!(refusal instanceof RegistryFileRefusedError)) throw new Error(`Not refused: ${String(refusal)}`);
  return { message: refusal.message, line: refusal.line, code: refusal.code };
}

/** The refusal of the sample CSV written with `text` in place of its own. */
const refusalOfSample = (text: string) => refusalOf(writeSampleCsv(folder.path, sampleCsvName, text));

describe('refusing a registry CSV that is cut short or damaged', () => {
  it('refuses a CSV cut inside a row’s quoted value, naming the row’s line', async () => {
    const refusal = await refusalOfSample(sample.slice(0, lineStart(sample, 1234) + 4));
    expect(refusal).toEqual({
      code: 'invalid-input',
      line: 1234,
      message:
        'Line 1,234 of npidata_pfile_20050523-20181209.csv starts a quoted value that never closes: ' +
        'the file is cut short or damaged. Download it again. Nothing was changed.',
    });
  });

  it('refuses a CSV cut between a row’s values, as a row too short', async () => {
    const cut = sample.indexOf(',', lineStart(sample, 1500) + 30);
    const refusal = await refusalOfSample(sample.slice(0, cut));
    expect(refusal).toMatchObject({
      line: 1500,
      message: expect.stringMatching(
        /^Line 1,500 of .* has \d values where its header has 329\. The file may be cut short/,
      ),
    });
  });

  it('refuses a row with a value missing', async () => {
    const refusal = await refusalOfSample(withLine(12, (row) => row.slice(0, -3)));
    expect(refusal).toEqual({
      code: 'invalid-input',
      line: 12,
      message:
        'Line 12 of npidata_pfile_20050523-20181209.csv has 328 values where its header has 329. ' +
        'The file may be cut short or damaged: download it again. Nothing was changed.',
    });
  });

  it('refuses an NPI whose check digit does not match', async () => {
    const refusal = await refusalOfSample(withLine(2, (row) => row.replace('"1255334207"', '"1255334208"')));
    expect(refusal).toEqual({
      code: 'invalid-input',
      line: 2,
      message:
        'Line 2 of npidata_pfile_20050523-20181209.csv has the NPI "1255334208", which is not a valid NPI: ' +
        'This NPI’s check digit does not match. Check each digit against the NPI record. ' +
        'The file may be cut short or damaged: download it again. Nothing was changed.',
    });
  });

  it('refuses a quote out of place', async () => {
    const refusal = await refusalOfSample(withLine(77, (row) => row.replace(/^("\d{10}")/, '$1x')));
    expect(refusal).toEqual({
      code: 'invalid-input',
      line: 77,
      message:
        'Line 77 of npidata_pfile_20050523-20181209.csv has a quote where a CSV file cannot have one: ' +
        'the file is damaged. Download it again. Nothing was changed.',
    });
  });

  it('refuses an entity type other than 1, 2 or nothing', async () => {
    const refusal = await refusalOfSample(withLine(40, (row) => row.replace(/^("\d{10}"),"1"/, '$1,"3"')));
    expect(refusal).toMatchObject({
      line: 40,
      message: expect.stringContaining('Entity Type Code "3"'),
    });
  });

  it('refuses a date not written MM/DD/YYYY', async () => {
    const refusal = await refusalOfSample(withLine(2, (row) => row.replace('"09/27/2016"', '"2016-09-27"')));
    expect(refusal).toMatchObject({
      line: 2,
      message: expect.stringContaining(
        'has the Last Update Date "2016-09-27", which is not a date written MM/DD/YYYY.',
      ),
    });
  });

  it('refuses a header without the NPI column, naming it', async () => {
    const refusal = await refusalOfSample(sample.replace('"NPI"', '"Number"'));
    expect(refusal).toEqual({
      code: 'invalid-input',
      line: 1,
      message:
        'The header of npidata_pfile_20050523-20181209.csv has no column "NPI", so it is not an NPI registry ' +
        'file in the layout Provider Desk reads. Choose the NPPES Data Dissemination zip as downloaded, ' +
        'or the CSV files from inside it. Nothing was changed.',
    });
  });

  it('refuses a CSV that is not from the registry', async () => {
    const path = join(folder.path, 'taxonomy.csv');
    writeFileSync(
      path,
      readFileSync(join(__dirname, '../../../../resources/nucc/nucc_provider_taxonomy.csv')),
    );
    expect(await refusalOf(path)).toMatchObject({
      line: 1,
      message: expect.stringContaining('has no column "NPI"'),
    });
  });

  it('refuses an empty file', async () => {
    const path = writeSampleCsv(folder.path, 'npidata_pfile_20251103-20251109.csv', '');
    expect(await refusalOf(path)).toMatchObject({ line: null, message: expect.stringContaining('is empty') });
  });
});

describe('refusing a registry zip that is cut short or damaged', () => {
  const endsEarly =
    'The file ends early: it looks like the download did not finish. Download it again. Nothing was changed.';

  it('refuses a zip whose end is missing, as a download that did not finish', async () => {
    for (const zip64 of [false, true]) {
      const path = await writeSampleZip(folder.path, { zip64 });
      const size = readFileSync(path).length;
      for (const cutTo of [size - 10, Math.floor(size / 2), 100]) {
        truncateSync(path, cutTo);
        expect(await refusalOf(path)).toEqual({ code: 'invalid-input', line: null, message: endsEarly });
      }
    }
  });

  it('refuses a zip whose compressed data is broken', async () => {
    const path = await writeSampleZip(folder.path);
    const bytes = readFileSync(path);
    bytes.fill(0xff, 40_000, 40_200);
    writeFileSync(path, bytes);
    expect(await refusalOf(path)).toEqual({
      code: 'invalid-input',
      line: null,
      message:
        'The file is damaged (its compressed data is broken): it may not have downloaded completely. ' +
        'Download it again. Nothing was changed.',
    });
  });

  it('refuses a zip whose data does not match its CRC-32, after reading it', async () => {
    const path = await writeSampleZip(folder.path, { store: true });
    const bytes = readFileSync(path);
    const at = bytes.indexOf('WOODLAND');
    bytes.write('WOODLANE', at);
    writeFileSync(path, bytes);
    const records: string[] = [];
    const refusal = await readRegistryFile(path, {
      states: null,
      onRecords: (batch) => records.push(...batch.map((record) => record.practice.line1)),
    }).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(RegistryFileRefusedError);
    expect(refusal).toMatchObject({
      line: null,
      message: expect.stringContaining(
        'The file is damaged (the check of npidata_pfile_20050523-20181209.csv does not match)',
      ),
    });
    expect(records).toContain('114 WOODLANE ST');
  });

  it('refuses a zip without a registry CSV in it', async () => {
    const path = join(folder.path, 'NPPES_Deactivated_NPI_Report.zip');
    await writeZip(path, [
      { name: 'NPPES_Deactivated_NPI_Report_20251110.xlsx', data: ['not a registry file'] },
    ]);
    expect(await refusalOf(path)).toEqual({
      code: 'invalid-input',
      line: null,
      message:
        'This zip holds no NPI registry file (npidata_pfile…csv). Choose the NPPES Data Dissemination zip, ' +
        'monthly or weekly, as downloaded from CMS. Nothing was changed.',
    });
  });
});
