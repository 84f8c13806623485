import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedPackPath, shippedPackPath } from '../../../tests/support/shipped-directory';
import { makeUpdateBench, readPack, type UpdateBench } from '../../../tests/support/update-fixtures';
import { openUpdatableDirectory } from './directory-updater';
import type { UpdateStep } from './prepare-update';
import { readUpdateState, updatesFolder } from './update-state';

let bench: UpdateBench | undefined;
afterEach(() => bench?.dispose());

const seedVersion = '2026.11.23';
const shippedVersion = readPack(shippedPackPath).packVersion;

/** Applies the shipped pack over the seed directory in another process, which dies at `killAt`. */
async function applyAndKill(killAt: UpdateStep | 'switched'): Promise<UpdateBench> {
  const made = makeUpdateBench(seedPackPath);
  bench = made;
  const packPath = made.writeSigned(readPack(shippedPackPath), 'directory-pack.json');
  const script = resolve(__dirname, '../../../tests/support/apply-then-die.ts');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, made.userDataDir, made.builtInPath, made.appKeysFolder, packPath, killAt],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  expect({ code, signal, stderr }).toEqual({ code: null, signal: 'SIGKILL', stderr: '' });
  return made;
}

/** The files in the updates folder that state.json does not name: what a start must clear. */
function unnamedFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const state = readUpdateState(folder);
  const named = new Set(['state.json', state.current?.file, state.previous?.file]);
  return readdirSync(folder).filter((name) => !named.has(name));
}

describe('a desk killed while it applies an update', () => {
  /**
   * The worker runs ahead of the steps it reports, so what a kill leaves varies a little with
   * timing: at `checking` it may have begun the build. From `building` on there is always a file
   * to clear, until the switch names it.
   */
  it.each<[UpdateStep | 'switched', string, 'some files' | 'maybe some' | 'nothing']>([
    ['checking', seedVersion, 'maybe some'],
    ['building', seedVersion, 'some files'],
    ['verifying', seedVersion, 'some files'],
    ['comparing', seedVersion, 'some files'],
    ['switching', seedVersion, 'some files'],
    ['switched', shippedVersion, 'nothing'],
  ])(
    'killed at %s: the next start searches %s and clears what was left half done',
    async (killAt, version, leftBehind) => {
      const { userDataDir, builtInPath, appKeysFolder } = await applyAndKill(killAt);
      const folder = updatesFolder(userDataDir);
      if (leftBehind === 'some files') expect(unnamedFiles(folder)).not.toEqual([]);
      if (leftBehind === 'nothing') expect(unnamedFiles(folder)).toEqual([]);

      const { directory } = openUpdatableDirectory({ userDataDir, builtInPath, appKeysFolder });
      try {
        expect(directory.info().packVersion).toBe(version);
        expect(directory.search('claims').hits.length).toBeGreaterThan(0);
        expect(unnamedFiles(folder)).toEqual([]);
      } finally {
        directory.close();
      }
    },
  );
});
