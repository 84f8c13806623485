import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { seedPackPath, shippedPackPath } from '../../../tests/support/shipped-directory';
import { makeUpdateBench, type UpdateBench } from '../../../tests/support/update-fixtures';
import { openUpdatableDirectory } from './directory-updater';

let bench: UpdateBench | undefined;
afterEach(() => bench?.dispose());

describe('handing a pack to the update worker', () => {
  it('moves only the pack: the rest of the memory it was read into stays readable', async () => {
    bench = makeUpdateBench(seedPackPath);
    const { packBytes, signatureText } = bench.sign(readFileSync(shippedPackPath, 'utf8'));
    const trailer = Buffer.from('the rest of a larger read');
    const read = Buffer.concat([packBytes, trailer]);
    const { directory, updater } = openUpdatableDirectory({
      userDataDir: bench.userDataDir,
      builtInPath: bench.builtInPath,
      appKeysFolder: bench.appKeysFolder,
    });

    await updater.apply(read.subarray(0, packBytes.length), signatureText);

    expect(read.subarray(packBytes.length).toString()).toBe(trailer.toString());
    expect(directory.info().packVersion).toBe('2026.11.30.3');
    directory.close();
  });
});
