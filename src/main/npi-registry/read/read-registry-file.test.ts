import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinedSampleText } from '../../../../scripts/synthetic-nppes/sample-templates';
import {
  deactivatedRowText,
  readAll,
  sampleCsvName,
  samplePlName,
  secondaryLocationsText,
  writeSampleCsv,
  writeSampleZip,
} from './registry-test-files';
import { useTempFolder } from './test-temp-folder';

const folder = useTempFolder();

/** A valid NPI no sample row has, listed as deactivated with nothing else. */
const deactivatedNpi = '1234567893';
/** RICHARD SOUCIER practises in Hartford, CT; JORGE DIEZ too; FREDERICK ROWLAND in MA. */
const soucier = '1255334207';
const diez = '1316940463';
const rowland = '1982607917';

describe('reading the registry file', () => {
  it('reads every sample row as the record npi.db is built from', async () => {
    const { read, records, batchSizes } = await readAll(writeSampleCsv(folder.path));

    expect(read).toEqual({
      info: { fileName: sampleCsvName, fileDate: '2018-12-09', coverage: 'full' },
      rows: 2040,
      rowsKept: 2040,
      secondaryLocations: 0,
    });
    expect(batchSizes).toEqual([1000, 1000, 40]);
    expect(records.find((record) => record.npi === soucier)).toEqual({
      npi: soucier,
      entityType: '1',
      organizationName: '',
      lastName: 'SOUCIER',
      firstName: 'RICHARD',
      middleName: '',
      namePrefix: '',
      nameSuffix: '',
      credential: 'MD',
      otherNames: [],
      mailing: {
        line1: '1000 ASYLUM AVE',
        line2: 'STE 4309',
        city: 'HARTFORD',
        state: 'CT',
        postalCode: '061051770',
        country: 'US',
        phone: '8607146581',
        fax: '8607148311',
      },
      practice: {
        line1: '114 WOODLAND ST',
        line2: '',
        city: 'HARTFORD',
        state: 'CT',
        postalCode: '061051208',
        country: 'US',
        phone: '8607144820',
        fax: '8607148001',
      },
      enumeratedOn: '2005-05-23',
      lastUpdatedOn: '2016-09-27',
      deactivatedOn: '',
      reactivatedOn: '',
      taxonomies: [
        { code: '207RC0000X', primary: true, license: '033435', licenseState: 'CT' },
        { code: '207RA0001X', primary: false, license: '033435', licenseState: 'CT' },
      ],
    });
  });

  it('keeps organizations, other names, and both dates of a deactivated then reactivated NPI', async () => {
    const { records } = await readAll(writeSampleCsv(folder.path));

    expect(records.filter((record) => record.entityType === '2')).toHaveLength(40);
    expect(records.find((record) => record.npi === '1982607537')?.organizationName).toBe(
      'GREATER NEW BEDFORD COMMUNITY HEALTH CENTER, INC.',
    );
    expect(records.find((record) => record.npi === '1891798906')?.otherNames).toEqual(['JANET L FORFIA']);
    const reactivated = records.filter(
      (record) => record.deactivatedOn !== '' && record.reactivatedOn !== '',
    );
    expect(reactivated).toHaveLength(30);
    expect(records.find((record) => record.npi === '1184627184')).toMatchObject({
      deactivatedOn: '2006-03-16',
      reactivatedOn: '2006-03-20',
    });
  });

  it('reports progress up to the whole file', async () => {
    const progress: { bytesRead: number; totalBytes: number | null; rows: number }[] = [];
    const path = writeSampleCsv(folder.path);
    await readAll(path, { onProgress: (report) => progress.push(report) });
    const size = Buffer.byteLength(joinedSampleText());
    expect(progress.at(-1)).toEqual({ rows: 2040, rowsKept: 2040, bytesRead: size, totalBytes: size });
  });

  it('dates a bare CSV by the date in its name, or else by its latest Last Update Date', async () => {
    const named = await readAll(writeSampleCsv(folder.path, 'sample-nppes-practitioner_20181204-data.csv'));
    expect(named.read.info).toEqual({
      fileName: 'sample-nppes-practitioner_20181204-data.csv',
      fileDate: '2018-12-04',
      coverage: 'full',
    });
    const undated = await readAll(writeSampleCsv(folder.path, 'providers.csv'));
    expect(undated.read.info).toEqual({
      fileName: 'providers.csv',
      fileDate: '2018-11-07',
      coverage: 'full',
    });
  });

  it('reads the same records from a zip, deflated or stored, with or without zip64 records', async () => {
    const fromCsv = (await readAll(writeSampleCsv(folder.path))).records;
    for (const options of [{}, { zip64: true }, { store: true }]) {
      const { read, records } = await readAll(await writeSampleZip(folder.path, options));
      expect(read.info).toEqual({ fileName: sampleCsvName, fileDate: '2018-12-09', coverage: 'full' });
      expect(records).toEqual(fromCsv);
    }
  });
});

describe('keeping the providers of some states', () => {
  const withDeactivated = () => joinedSampleText() + deactivatedRowText(deactivatedNpi, '06/01/2018');
  const locations = secondaryLocationsText([
    [soucier, 'PORTLAND', 'OR'],
    [rowland, 'SEATTLE', 'WA'],
    [diez, 'SALEM', 'OR'],
  ]);

  it('keeps rows by practice state, by a secondary location, and deactivated NPIs without a location', async () => {
    const zip = await writeSampleZip(folder.path, { text: withDeactivated(), locations, zip64: true });
    const { read, records, locations: handed, calls } = await readAll(zip, { states: new Set(['OR']) });

    expect(records.map((record) => record.npi).sort()).toEqual([deactivatedNpi, soucier, diez].sort());
    expect(records.find((record) => record.npi === deactivatedNpi)).toMatchObject({
      entityType: '',
      deactivatedOn: '2018-06-01',
      practice: { line1: '', state: '' },
    });
    expect(read).toMatchObject({ rows: 2041, rowsKept: 3, secondaryLocations: 3 });
    expect(handed.map((location) => [location.npi, location.address.state])).toEqual([
      [soucier, 'OR'],
      [rowland, 'WA'],
      [diez, 'OR'],
    ]);
    expect(handed[0]?.address).toEqual({
      line1: '1 MAIN ST',
      line2: '',
      city: 'PORTLAND',
      state: 'OR',
      postalCode: '970000000',
      country: 'US',
      phone: '5035550100',
      fax: '',
    });
    expect(calls[0]).toBe('locations');
    expect(calls.lastIndexOf('locations')).toBeLessThan(calls.indexOf('records'));
  });

  it('keeps the practice state’s rows and the deactivated ones', async () => {
    const zip = await writeSampleZip(folder.path, { text: withDeactivated(), locations });
    const { records } = await readAll(zip, { states: new Set(['RI']) });

    expect(records).toHaveLength(228 + 1);
    expect(records.every((record) => record.practice.state === 'RI' || record.npi === deactivatedNpi)).toBe(
      true,
    );
  });

  it('uses the pl_pfile of the same dates beside a CSV', async () => {
    writeFileSync(join(folder.path, samplePlName), locations);
    const { read, records } = await readAll(writeSampleCsv(folder.path), { states: new Set(['WA']) });

    expect(read.secondaryLocations).toBe(3);
    expect(records.map((record) => record.npi)).toEqual([rowland]);
  });
});
