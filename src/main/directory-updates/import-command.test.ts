import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedPackPath, shippedPackPath } from '../../../tests/support/shipped-directory';
import { nuccTaxonomyPath } from '../../../tests/support/registry-files';
import { makeUpdateBench, readPack, type UpdateBench } from '../../../tests/support/update-fixtures';
import { importUsage, parseImportArguments, runImportCommand, type ImportSetup } from './import-command';
import { readUpdateState, updatesFolder } from './update-state';

let bench: UpdateBench | undefined;
afterEach(() => bench?.dispose());

describe('reading the import command line', () => {
  it('takes one file, the data folder when one is named, and the states to keep', () => {
    expect(parseImportArguments(['pack.json'])).toEqual({
      dataDir: null,
      states: null,
      onlyChanges: false,
      maxPages: 100_000,
      packPath: 'pack.json',
    });
    expect(parseImportArguments(['--data-dir', 'D', 'pack.json'])).toEqual({
      dataDir: 'D',
      states: null,
      onlyChanges: false,
      maxPages: 100_000,
      packPath: 'pack.json',
    });
    expect(parseImportArguments(['pack.json', '--data-dir=D', '--states', 'or, WA,or'])).toEqual({
      dataDir: 'D',
      states: ['OR', 'WA'],
      onlyChanges: false,
      maxPages: 100_000,
      packPath: 'pack.json',
    });
  });

  it('takes a Plan-Net server address with --only-changes and --max-pages', () => {
    expect(
      parseImportArguments(['--only-changes', '--max-pages', '500', 'https://plan.example/fhir']),
    ).toEqual({
      dataDir: null,
      states: null,
      onlyChanges: true,
      maxPages: 500,
      packPath: 'https://plan.example/fhir',
    });
    for (const argv of [
      ['--max-pages', '0', 'https://plan.example/fhir'],
      ['--max-pages', '2.5', 'https://plan.example/fhir'],
      ['--only-changes', 'pack.json'],
    ]) {
      expect(parseImportArguments(argv)).toEqual({ problem: expect.stringContaining(importUsage) });
    }
  });

  it('answers anything else with the usage line, and a wrong state with what to type', () => {
    for (const argv of [
      [],
      ['a.json', 'b.json'],
      ['--data-dir'],
      ['--force', 'pack.json'],
      ['--data-dir', 'D'],
    ]) {
      expect(parseImportArguments(argv)).toEqual({ problem: importUsage });
    }
    expect(parseImportArguments(['--states', 'OR,OE', 'file.zip'])).toEqual({
      problem: expect.stringContaining('(not "OR,OE")'),
    });
    expect(parseImportArguments(['--states', 'Oregon', 'file.zip'])).toEqual({
      problem: expect.stringContaining(
        '--states takes U.S. state codes separated by commas, such as --states OR,WA (not "Oregon")',
      ),
    });
  });
});

describe('running an import', () => {
  function setUp(): { setup: ImportSetup; lines: string[]; bench: UpdateBench } {
    const made = makeUpdateBench(seedPackPath);
    bench = made;
    const lines: string[] = [];
    const setup = {
      defaultDataDir: made.userDataDir,
      builtInPath: made.builtInPath,
      appKeysFolder: made.appKeysFolder,
      nuccCsvPath: nuccTaxonomyPath,
      report: (line: string) => lines.push(line),
    };
    return { setup, lines, bench: made };
  }

  it('applies a signed pack to the data folder and sums up what changed', async () => {
    const { setup, lines, bench } = setUp();
    const packPath = bench.writeSigned(readPack(shippedPackPath), 'directory-pack.json');

    const outcome = await runImportCommand([packPath], setup);

    expect(outcome).toEqual({
      summary: {
        applied: true,
        kind: 'directory',
        version: '2026.11.30.3',
        previousVersion: '2026.11.23',
        entries: readPack(shippedPackPath).entries.length,
        added: 1,
        changed: 3,
        removed: 0,
      },
      exitCode: 0,
    });
    expect(lines).toEqual([
      'Checking the pack and its signature…',
      'Building the new directory: 0%',
      'Checking the new directory…',
      'Comparing it with the directory in use…',
      'Switching to the new directory…',
    ]);
    expect(readUpdateState(updatesFolder(bench.userDataDir)).current?.file).toBe('directory-2026.11.30.3.db');
  });

  it('refuses a pack that came without its signature, and changes nothing', async () => {
    const { setup, bench } = setUp();
    const packPath = join(bench.root, 'directory-pack.json');
    writeFileSync(packPath, bench.sign(readPack(shippedPackPath)).packBytes);

    const outcome = await runImportCommand(['--data-dir', bench.userDataDir, packPath], setup);

    expect(outcome).toEqual({
      summary: {
        applied: false,
        reason: 'no-signature',
        message: expect.stringContaining('directory-pack.json.sig'),
      },
      exitCode: 2,
    });
    expect(readUpdateState(updatesFolder(bench.userDataDir)).current).toBeNull();
  });

  it('says to build first when the built-in directory is missing', async () => {
    const { setup, bench } = setUp();
    const packPath = bench.writeSigned(readPack(shippedPackPath), 'directory-pack.json');
    const builtInPath = join(bench.root, 'out', 'data', 'directory.db');

    const outcome = await runImportCommand([packPath], { ...setup, builtInPath });

    expect(outcome).toEqual({
      summary: {
        applied: false,
        reason: 'not-built',
        message: `The directory built into Provider Desk is missing (${builtInPath}). Run npm run build first.`,
      },
      exitCode: 2,
    });
  });

  it('answers a wrong command line with the usage line', async () => {
    const { setup, lines } = setUp();
    const outcome = await runImportCommand(['--data-dir'], setup);
    expect(outcome).toEqual({
      summary: { applied: false, reason: 'usage', message: importUsage },
      exitCode: 2,
    });
    expect(lines).toEqual([importUsage]);
  });
});
