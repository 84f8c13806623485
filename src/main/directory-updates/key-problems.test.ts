import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedPackPath, shippedPackPath } from '../../../tests/support/shipped-directory';
import { throwawayKeyPair } from '../../../tests/support/signing-fixtures';
import { makeUpdateBench, type UpdateBench } from '../../../tests/support/update-fixtures';
import { openUpdatableDirectory } from './directory-updater';
import { signPackBytes } from './pack-signing';

let bench: UpdateBench | undefined;
afterEach(() => bench?.dispose());

describe('a refused signature names the key files that could not be used', () => {
  it('tells the administrator a private key lies in the trusted-keys folder', async () => {
    bench = makeUpdateBench(seedPackPath);
    const stranger = throwawayKeyPair();
    writeFileSync(join(bench.userDataDir, 'trusted-keys', 'leaked.pem'), stranger.privatePem);
    const { directory, updater } = openUpdatableDirectory({
      userDataDir: bench.userDataDir,
      builtInPath: bench.builtInPath,
      appKeysFolder: bench.appKeysFolder,
    });
    try {
      const packBytes = readFileSync(shippedPackPath);
      const signatureText = signPackBytes(packBytes, throwawayKeyPair().privatePem);
      await expect(updater.apply(packBytes, signatureText)).rejects.toThrow(/leaked\.pem.*PRIVATE key/);
      expect(updater.status().version).toBe('2026.11.23');
    } finally {
      directory.close();
    }
  });
});
