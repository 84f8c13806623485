import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importUsage, type ImportSummary } from '../../src/main/directory-updates/import-command';
import { readUpdateState, updatesFolder } from '../../src/main/directory-updates/update-state';
import { holdInAnotherProcess } from '../support/folder-holder';
import { sampleRegistryRows, writeSampleRegistry } from '../support/registry-files';
import { shippedPackPath } from '../support/shipped-directory';
import { makeUpdateBench, readPack, type UpdateBench } from '../support/update-fixtures';

const projectDir = resolve(__dirname, '../..');
const tsx = join(projectDir, 'node_modules/tsx/dist/cli.mjs');
const shipped = readPack(shippedPackPath);

let bench: UpdateBench | undefined;
let holder: ChildProcess | undefined;
afterEach(() => {
  holder?.kill('SIGKILL');
  holder = undefined;
  bench?.dispose();
});

/** A data folder that trusts a throwaway publisher, as an administrator sets one up; the built-in directory is out/'s. */
function dataFolder(): UpdateBench {
  bench = makeUpdateBench(shippedPackPath);
  return bench;
}

/** Runs `npm run import -- …` as npm does (tsx), in a process of its own, and waits for it to end. */
function runImport(...args: string[]) {
  const child = spawnSync(process.execPath, [tsx, join(projectDir, 'scripts', 'import.ts'), ...args], {
    cwd: projectDir,
    encoding: 'utf8',
  });
  const stdout = lines(child.stdout);
  expect(stdout).toHaveLength(1);
  return {
    status: child.status,
    summary: JSON.parse(stdout[0]!) as ImportSummary,
    stderr: lines(child.stderr),
  };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

const directoryInUse = (folder: UpdateBench) => readUpdateState(updatesFolder(folder.userDataDir)).current;

describe('npm run import', () => {
  it('applies a newer signed pack to the data folder and prints what changed', () => {
    const folder = dataFolder();
    const newer = { ...shipped, packVersion: '2026.12.01', entries: shipped.entries.slice(0, -1) };
    const packPath = folder.writeSigned(newer, 'directory-pack.json');

    const result = runImport('--data-dir', folder.userDataDir, packPath);

    expect(result.summary).toEqual({
      applied: true,
      kind: 'directory',
      version: '2026.12.01',
      previousVersion: shipped.packVersion,
      entries: shipped.entries.length - 1,
      added: 0,
      changed: 0,
      removed: 1,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Switching to the new directory…');
    expect(directoryInUse(folder)).toEqual({ version: '2026.12.01', file: 'directory-2026.12.01.db' });
  });

  it('refuses a pack changed after it was signed, and changes nothing', () => {
    const folder = dataFolder();
    const packPath = folder.writeSigned({ ...shipped, packVersion: '2026.12.01' }, 'directory-pack.json');
    writeFileSync(packPath, readFileSync(packPath, 'utf8').replace('2026.12.01', '2026.12.02'));

    const result = runImport('--data-dir', folder.userDataDir, packPath);

    expect(result.summary).toMatchObject({ applied: false, reason: 'bad-signature' });
    expect(result.status).toBe(2);
    expect(directoryInUse(folder)).toBeNull();
  });

  it('refuses a pack older than the directory in use', () => {
    const folder = dataFolder();
    const olderPath = resolve(projectDir, 'resources/packs/directory-pack-2026.11.30.json');
    const packPath = folder.writeSigned(readPack(olderPath), 'directory-pack.json');

    const result = runImport('--data-dir', folder.userDataDir, packPath);

    expect(result.summary).toMatchObject({ applied: false, reason: 'not-newer' });
    expect(result.status).toBe(2);
  });

  it('refuses a file that is not there, by its name', () => {
    const folder = dataFolder();
    const missing = join(folder.root, 'no-such-pack.json');

    const result = runImport('--data-dir', folder.userDataDir, missing);

    expect(result.summary).toEqual({
      applied: false,
      reason: 'unreadable',
      message: `There is no file at ${missing}. Nothing was changed.`,
    });
    expect(result.status).toBe(2);
  });

  it('imports an NPI registry file, keeping the states asked for, and prints what it kept', () => {
    const folder = dataFolder();
    const registryFile = writeSampleRegistry(folder.root);

    const result = runImport('--data-dir', folder.userDataDir, '--states', 'CT', registryFile);

    expect(result.summary).toMatchObject({
      applied: true,
      kind: 'npi-registry',
      fileDate: '2018-12-09',
      coverage: 'full',
      rows: sampleRegistryRows,
      kept: 932,
      providers: 932,
      states: ['CT'],
    });
    expect(result.status).toBe(0);
    expect(result.stderr.at(-1)).toBe(
      'Imported the NPI registry file of December 9, 2018 (npidata_pfile_20050523-20181209.csv): 932 providers in CT, from 2,040 rows.',
    );
    expect(existsSync(join(folder.userDataDir, 'npi.db'))).toBe(true);
  });

  it('refuses a data folder another Provider Desk has open, with the sentence that names it', async () => {
    const folder = dataFolder();
    const packPath = folder.writeSigned({ ...shipped, packVersion: '2026.12.01' }, 'directory-pack.json');
    holder = await holdInAnotherProcess(folder.userDataDir);

    const result = runImport('--data-dir', folder.userDataDir, packPath);

    expect(result.summary).toEqual({
      applied: false,
      reason: 'in-use',
      message: expect.stringContaining(
        `data folder ${folder.userDataDir} is already in use by another Provider Desk (browser mode, process ${holder.pid},`,
      ),
    });
    expect(result.status).toBe(2);
    expect(directoryInUse(folder)).toBeNull();
  });

  it('answers a wrong command line with the usage line', () => {
    const result = runImport('a.json', 'b.json');
    expect(result).toEqual({
      status: 2,
      summary: { applied: false, reason: 'usage', message: importUsage },
      stderr: [importUsage],
    });
  });
});
