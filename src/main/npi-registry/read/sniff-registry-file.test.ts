import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../../scripts/synthetic-nppes/write-zip';
import { RegistryFileRefusedError } from './registry-file-refused-error';
import { sniffRegistryFile } from './sniff-registry-file';
import { secondaryLocationsText, writeSampleCsv, writeSampleZip } from './registry-test-files';
import { useTempFolder } from './test-temp-folder';

const folder = useTempFolder();
const locations = secondaryLocationsText([['1255334207', 'PORTLAND', 'OR']]);

describe('telling what a chosen file is', () => {
  it('knows the registry file, as a CSV or as the zip', async () => {
    expect(await sniffRegistryFile(writeSampleCsv(folder.path))).toBe('registry');
    expect(await sniffRegistryFile(await writeSampleZip(folder.path, { zip64: true }))).toBe('registry');
  });

  it('knows a secondary practice location file given on its own', async () => {
    const csv = join(folder.path, 'pl_pfile_20050523-20251109.csv');
    writeFileSync(csv, locations);
    expect(await sniffRegistryFile(csv)).toBe('secondary-locations');
    const zip = join(folder.path, 'locations.zip');
    await writeZip(zip, [{ name: 'pl_pfile_20050523-20251109.csv', data: [locations] }]);
    expect(await sniffRegistryFile(zip)).toBe('secondary-locations');
  });

  it('knows a file that is not from the registry', async () => {
    const taxonomy = join(folder.path, 'nucc_provider_taxonomy.csv');
    writeFileSync(
      taxonomy,
      readFileSync(join(__dirname, '../../../../resources/nucc/nucc_provider_taxonomy.csv')),
    );
    expect(await sniffRegistryFile(taxonomy)).toBe('not-registry');
    const pdf = join(folder.path, 'NPPES_Data_Dissemination_Readme.pdf');
    writeFileSync(pdf, Buffer.from('%PDF-1.7\n\u0000\u0001"\u0002binary"x\n', 'latin1'));
    expect(await sniffRegistryFile(pdf)).toBe('not-registry');
    const empty = join(folder.path, 'empty.csv');
    writeFileSync(empty, '');
    expect(await sniffRegistryFile(empty)).toBe('not-registry');
  });

  it('refuses a zip cut short rather than calling it something else', async () => {
    const zip = await writeSampleZip(folder.path);
    truncateSync(zip, 5000);
    await expect(sniffRegistryFile(zip)).rejects.toBeInstanceOf(RegistryFileRefusedError);
  });
});
