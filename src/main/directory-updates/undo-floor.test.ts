import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { realPackPaths, seedPackPath } from '../../../tests/support/shipped-directory';
import { makeUpdateBench, type UpdateBench } from '../../../tests/support/update-fixtures';
import { buildDirectoryDatabase } from '../directory/build-directory-db';
import { loadDirectoryPack } from '../directory/load-directory-pack';
import { openUpdatableDirectory } from './directory-updater';

let bench: UpdateBench | undefined;
afterEach(() => bench?.dispose());

const packAt = (version: string) =>
  realPackPaths().find((path) => loadDirectoryPack(path).packVersion === version)!;

describe('undo after a newer Provider Desk brought a newer built-in directory', () => {
  it('goes back no further than the built-in directory, and forgets what the undone switch retired', async () => {
    bench = makeUpdateBench(seedPackPath);
    const first = openUpdatableDirectory({
      userDataDir: bench.userDataDir,
      builtInPath: bench.builtInPath,
      appKeysFolder: bench.appKeysFolder,
    });
    for (const version of ['2026.11.30', '2026.11.30.2']) {
      const { packBytes, signatureText } = bench.sign(readFileSync(packAt(version), 'utf8'));
      await first.updater.apply(packBytes, signatureText);
    }
    first.directory.close();

    // The newer app's built-in directory sits between the two updates.
    mkdirSync(join(bench.root, 'newer-app'));
    const newerBuiltIn = join(bench.root, 'newer-app', 'directory.db');
    buildDirectoryDatabase(loadDirectoryPack(packAt('2026.11.30.1')), newerBuiltIn);
    const { directory, updater } = openUpdatableDirectory({
      userDataDir: bench.userDataDir,
      builtInPath: newerBuiltIn,
      appKeysFolder: bench.appKeysFolder,
    });
    try {
      expect(updater.status()).toMatchObject({ version: '2026.11.30.2', undoTo: '2026.11.30.1' });

      const undone = updater.undo();

      expect(undone).toMatchObject({ version: '2026.11.30.1', origin: 'built-in', undoTo: null });
      expect(undone.lastUpdate).toMatchObject({ undo: true, toVersion: '2026.11.30.1' });
      expect(directory.entry('clinic.updates-email').values[0]).toMatchObject({
        address: 'ProviderDataUpdates@careoregon.org',
      });
      expect(updater.retirements()).toEqual([]);
    } finally {
      directory.close();
    }
  });
});
