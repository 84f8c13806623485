import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegistry, monthlyFile, useRegistryFolder } from '../../../tests/support/registry-build';
import {
  address,
  deactivatedOnly,
  janetVecchione,
  jessicaReed,
  richardSoucier,
  sampleRecords,
  secondaryLocation,
  vassarHealth,
} from '../../../tests/support/registry-records';
import { openNpiRegistry } from './npi-registry';

const hartfordClinic = address('80 SEYMOUR ST', '', 'HARTFORD', 'CT', '061021037', '8605455000', '');

describe('looking up an NPI in the registry built from a monthly file', () => {
  const place = useRegistryFolder();

  function registry() {
    const path = join(place.folder, 'npi.db');
    buildRegistry(path, {
      records: [...sampleRecords, deactivatedOnly()],
      locations: [secondaryLocation(richardSoucier.npi, hartfordClinic)],
    });
    return openNpiRegistry(path);
  }

  it('gives a provider as the card shows them: names, NUCC specialties with the primary first, addresses and the file', () => {
    const npi = registry();
    expect(npi.lookup('1255334207')).toEqual({
      npi: '1255334207',
      kind: 'individual',
      name: 'RICHARD SOUCIER',
      lastName: 'SOUCIER',
      firstName: 'RICHARD',
      middleName: null,
      namePrefix: null,
      nameSuffix: null,
      credential: 'MD',
      organizationName: null,
      otherNames: [],
      taxonomies: [
        {
          code: '207RC0000X',
          displayName: 'Cardiovascular Disease Physician',
          specialty: 'Cardiovascular Disease',
          primary: true,
          license: '033435',
          licenseState: 'CT',
        },
        {
          code: '207RA0001X',
          displayName: 'Advanced Heart Failure and Transplant Cardiology Physician',
          specialty: 'Advanced Heart Failure and Transplant Cardiology',
          primary: false,
          license: '033435',
          licenseState: 'CT',
        },
      ],
      practiceAddress: {
        lines: ['114 WOODLAND ST'],
        city: 'HARTFORD',
        state: 'CT',
        postalCode: '061051208',
        country: null,
        phone: '8607144820',
        fax: '8607148001',
      },
      mailingAddress: {
        lines: ['1000 ASYLUM AVE', 'STE 4309'],
        city: 'HARTFORD',
        state: 'CT',
        postalCode: '061051770',
        country: null,
        phone: '8607146581',
        fax: '8607148311',
      },
      otherLocations: [
        {
          lines: ['80 SEYMOUR ST'],
          city: 'HARTFORD',
          state: 'CT',
          postalCode: '061021037',
          country: null,
          phone: '8605455000',
          fax: null,
        },
      ],
      enumeratedOn: '2005-05-23',
      lastUpdatedOn: '2016-09-27',
      deactivatedOn: null,
      reactivatedOn: null,
      source: { kind: 'file', fileName: monthlyFile.fileName, fileDate: '2018-12-09', coverage: 'full' },
    });
    npi.close();
  });

  it('names an organization by its legal name and keeps its other names', () => {
    const npi = registry();
    const hospital = npi.lookup(vassarHealth.npi);
    expect(hospital).toMatchObject({
      kind: 'organization',
      name: 'VASSAR HEALTH CONNECTICUT, INC.',
      organizationName: 'VASSAR HEALTH CONNECTICUT, INC.',
      otherNames: ['SHARON HOSPITAL'],
      credential: null,
    });
    expect(hospital?.taxonomies[0]?.specialty).toBe('General Acute Care Hospital');
    expect(npi.lookup(janetVecchione.npi)).toMatchObject({
      otherNames: ['JANET L FORFIA'],
      credential: 'RD, LD, CDE',
    });
    npi.close();
  });

  it('tells a deactivated NPI by its date, and does not call a reactivated one deactivated', () => {
    const npi = registry();
    expect(npi.lookup('1234567893')).toMatchObject({
      npi: '1234567893',
      kind: null,
      name: '1234567893',
      taxonomies: [],
      practiceAddress: null,
      mailingAddress: null,
      deactivatedOn: '2019-04-02',
    });
    expect(npi.lookup(jessicaReed.npi)).toMatchObject({ deactivatedOn: null, reactivatedOn: '2006-03-20' });
    npi.close();
  });

  it('shows a code the NUCC set does not know as the bare code, and a foreign country by its code', () => {
    const path = join(place.folder, 'npi.db');
    const abroad = { ...richardSoucier.practice, state: '', postalCode: '96898', country: 'UM', fax: '' };
    buildRegistry(path, {
      records: [
        {
          ...richardSoucier,
          practice: abroad,
          taxonomies: [{ ...richardSoucier.taxonomies[1]!, code: '999Z00000X' }],
        },
      ],
    });
    const npi = openNpiRegistry(path);
    const soucier = npi.lookup(richardSoucier.npi);
    expect(soucier?.taxonomies).toEqual([
      {
        code: '999Z00000X',
        displayName: null,
        specialty: null,
        primary: true,
        license: '033435',
        licenseState: 'CT',
      },
    ]);
    expect(soucier?.practiceAddress).toMatchObject({ country: 'UM', state: '', fax: null });
    expect(npi.search('soucier').hits[0]?.specialty).toBeNull();
    npi.close();
  });

  it('finds nothing for an NPI the file does not list', () => {
    const npi = registry();
    expect(npi.lookup('1992999999')).toBeNull();
    expect(npi.lookup('not an npi')).toBeNull();
    npi.close();
  });

  it('sums up the registry for the status: the file, the providers kept and the states', () => {
    const npi = registry();
    expect(npi.summary()).toEqual({
      full: {
        fileName: monthlyFile.fileName,
        fileDate: '2018-12-09',
        appliedAt: '2018-12-12T09:30:00.000Z',
        rows: sampleRecords.length + 1,
      },
      weekly: [],
      providerCount: sampleRecords.length + 1,
      states: null,
    });
    npi.close();
  });
});
