import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  nuccTaxonomyPath,
  sampleRegistryRows,
  writeSampleRegistry,
} from '../../../tests/support/registry-files';
import { npiDatabasePath } from '../app-paths';
import { runImportCommand, type ImportSetup } from '../directory-updates/import-command';
import { openNpiRegistry } from './npi-registry';

let folder: string;
let lines: string[];
let setup: ImportSetup;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'provider-desk-npi-import-'));
  lines = [];
  setup = {
    defaultDataDir: join(folder, 'data'),
    // Registry files never need the directory; it only has to exist, as after npm run build.
    builtInPath: writeEmptyFile(join(folder, 'directory.db')),
    appKeysFolder: join(folder, 'keys'),
    nuccCsvPath: nuccTaxonomyPath,
    report: (line) => lines.push(line),
  };
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function writeEmptyFile(path: string): string {
  writeFileSync(path, '');
  return path;
}

function lookUp(npi: string) {
  const registry = openNpiRegistry(npiDatabasePath(setup.defaultDataDir));
  try {
    return registry.lookup(npi);
  } finally {
    registry.close();
  }
}

describe('npm run import with an NPI registry file', () => {
  it('recognises the registry file by its header and imports every row into npi.db', async () => {
    const file = writeSampleRegistry(folder);

    const outcome = await runImportCommand([file], setup);

    expect(outcome).toEqual({
      summary: {
        applied: true,
        kind: 'npi-registry',
        fileName: 'npidata_pfile_20050523-20181209.csv',
        fileDate: '2018-12-09',
        coverage: 'full',
        rows: sampleRegistryRows,
        kept: sampleRegistryRows,
        providers: sampleRegistryRows,
        states: null,
        message: expect.stringContaining('2,040 providers'),
      },
      exitCode: 0,
    });
    expect(lookUp('1255334207')).toMatchObject({
      name: 'RICHARD SOUCIER',
      credential: 'MD',
      source: { kind: 'file', fileDate: '2018-12-09', coverage: 'full' },
    });
    expect(lines.at(-1)).toContain('Imported the NPI registry file of December 9, 2018');
  });

  it('keeps only the states asked for', async () => {
    const file = writeSampleRegistry(folder);

    const outcome = await runImportCommand(['--states', 'CT,RI', file], setup);

    expect(outcome.summary).toMatchObject({
      applied: true,
      rows: sampleRegistryRows,
      kept: 1_160,
      states: ['CT', 'RI'],
    });
    expect(lookUp('1255334207')?.practiceAddress?.state).toBe('CT');
    // GREATER NEW BEDFORD COMMUNITY HEALTH CENTER practises in Massachusetts.
    expect(lookUp('1982607537')).toBeNull();
  });

  it('refuses a file cut short, naming its line, and keeps the registry in use', async () => {
    await runImportCommand([writeSampleRegistry(folder)], setup);
    const registryBefore = readFileSync(npiDatabasePath(setup.defaultDataDir));
    const whole = readFileSync(writeSampleRegistry(folder, 'npidata_pfile_20050523-20190113.csv'), 'latin1');
    const cut = join(folder, 'npidata_pfile_20050523-20190113.csv');
    // Cut in the middle of the 1,001st data row, as an interrupted download leaves it.
    const lineStarts = [...whole.matchAll(/\r\n/g)].map((match) => match.index + 2);
    writeFileSync(cut, whole.slice(0, (lineStarts[1000] ?? 0) + 40), 'latin1');

    const outcome = await runImportCommand([cut], setup);

    expect(outcome).toEqual({
      summary: { applied: false, reason: 'registry-file', message: expect.stringMatching(/line 1,002/i) },
      exitCode: 2,
    });
    expect(readFileSync(npiDatabasePath(setup.defaultDataDir)).equals(registryBefore)).toBe(true);
    expect(existsSync(`${npiDatabasePath(setup.defaultDataDir)}.building`)).toBe(false);
  });

  it('applies a newer weekly file on top, and refuses one no newer than the registry', async () => {
    await runImportCommand([writeSampleRegistry(folder)], setup);
    const weeklyFolder = join(folder, 'weekly');
    mkdirSync(weeklyFolder);

    const newer = await runImportCommand(
      [writeSampleRegistry(weeklyFolder, 'npidata_pfile_20181210-20181216.csv')],
      setup,
    );
    expect(newer.summary).toMatchObject({ applied: true, coverage: 'weekly', fileDate: '2018-12-16' });
    const registryBefore = readFileSync(npiDatabasePath(setup.defaultDataDir));

    const older = await runImportCommand(
      [writeSampleRegistry(weeklyFolder, 'npidata_pfile_20170102-20170108.csv')],
      setup,
    );

    expect(older).toEqual({
      summary: {
        applied: false,
        reason: 'registry-file',
        message: expect.stringContaining(
          'is the weekly file of January 8, 2017, but the registry on this computer already holds the file of December 16, 2018',
        ),
      },
      exitCode: 2,
    });
    expect(readFileSync(npiDatabasePath(setup.defaultDataDir)).equals(registryBefore)).toBe(true);
  });

  it('refuses a weekly file when no monthly file was imported before it', async () => {
    const weekly = writeSampleRegistry(folder, 'npidata_pfile_20181203-20181209.csv');

    const outcome = await runImportCommand([weekly], setup);

    expect(outcome).toEqual({
      summary: {
        applied: false,
        reason: 'registry-file',
        message: expect.stringContaining('Import the full monthly file first'),
      },
      exitCode: 2,
    });
    expect(existsSync(npiDatabasePath(setup.defaultDataDir))).toBe(false);
  });

  it('refuses a .zip or .csv that is not a registry file as one, not as a directory pack', async () => {
    const clinics = join(folder, 'clinics.csv');
    writeFileSync(clinics, '"Name","Phone"\r\n"Test Clinic","5035550100"\r\n');

    const outcome = await runImportCommand([clinics], setup);

    expect(outcome).toEqual({
      summary: {
        applied: false,
        reason: 'registry-file',
        message: expect.stringContaining('clinics.csv is not an NPI registry file'),
      },
      exitCode: 2,
    });
  });

  it('refuses --states with a directory pack, which has no states', async () => {
    const pack = join(folder, 'directory-pack.json');
    writeFileSync(pack, '{"packVersion":"2026.12.01"}');

    const outcome = await runImportCommand(['--states', 'OR', pack], setup);

    expect(outcome).toEqual({
      summary: {
        applied: false,
        reason: 'usage',
        message: expect.stringContaining('--states applies to NPI registry files'),
      },
      exitCode: 2,
    });
    expect(statSync(setup.builtInPath).size).toBe(0);
  });
});
