import { describe, expect, it } from 'vitest';
import { registryFileNaming } from './registry-file-name';

describe('what a registry file is, from its names', () => {
  it('takes the monthly file’s date from the end of its range', () => {
    expect(
      registryFileNaming('npidata_pfile_20050523-20251109.csv', 'NPPES_Data_Dissemination_November_2025.zip'),
    ).toEqual({ fileName: 'npidata_pfile_20050523-20251109.csv', fileDate: '2025-11-09', coverage: 'full' });
  });

  it('calls a range of a week a weekly increment', () => {
    expect(
      registryFileNaming(
        'npidata_pfile_20251103-20251109.csv',
        'NPPES_Data_Dissemination_110325_110925_Weekly.zip',
      ),
    ).toEqual({
      fileName: 'npidata_pfile_20251103-20251109.csv',
      fileDate: '2025-11-09',
      coverage: 'weekly',
    });
    expect(
      registryFileNaming('npidata_pfile_20251101-20251109.csv', 'npidata_pfile_20251101-20251109.csv'),
    ).toEqual({
      fileName: 'npidata_pfile_20251101-20251109.csv',
      fileDate: '2025-11-09',
      coverage: 'weekly',
    });
  });

  it('calls a file weekly when the zip says so, whatever its range', () => {
    expect(
      registryFileNaming('npidata_pfile_20251020-20251109.csv', 'nppes_data_dissemination_WEEKLY.zip')
        .coverage,
    ).toBe('weekly');
  });

  it('calls a range of more than 8 days the full file', () => {
    expect(
      registryFileNaming('npidata_pfile_20251031-20251109.csv', 'npidata_pfile_20251031-20251109.csv')
        .coverage,
    ).toBe('full');
  });

  it('takes the one date in a bare CSV’s name', () => {
    expect(
      registryFileNaming(
        'sample-nppes-practitioner_20181204-data.csv',
        'sample-nppes-practitioner_20181204-data.csv',
      ),
    ).toEqual({
      fileName: 'sample-nppes-practitioner_20181204-data.csv',
      fileDate: '2018-12-04',
      coverage: 'full',
    });
  });

  it('tells no date for a name without one, or with a day that does not exist', () => {
    expect(registryFileNaming('providers.csv', 'providers.csv').fileDate).toBeNull();
    expect(registryFileNaming('npidata_pfile_20250231.csv', 'x.zip').fileDate).toBeNull();
    expect(
      registryFileNaming('export_20181204_20181209.csv', 'export_20181204_20181209.csv').fileDate,
    ).toBeNull();
  });

  it('names the CSV without the folder it came from inside the zip', () => {
    expect(registryFileNaming('data/npidata_pfile_20050523-20251109.csv', 'a.zip').fileName).toBe(
      'npidata_pfile_20050523-20251109.csv',
    );
  });
});
