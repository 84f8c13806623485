import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDirectoryDatabase } from '../../src/main/directory/build-directory-db';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';
import { signPackBytes } from '../../src/main/directory-updates/pack-signing';
import type { DirectoryPack } from '../../src/shared/directory-pack';
import { throwawayKeyPair, type ThrowawayKeyPair } from './signing-fixtures';

/**
 * A data folder whose trusted-keys/ holds a throwaway publisher key, a built-in directory made
 * from one pack, and a way to sign any pack with the throwaway key as a publisher would.
 */
export interface UpdateBench {
  root: string;
  userDataDir: string;
  builtInPath: string;
  /** Holds no keys: the test's publisher is trusted through the data folder, as an administrator would. */
  appKeysFolder: string;
  publisher: ThrowawayKeyPair;
  sign(pack: DirectoryPack | string): { packBytes: Buffer; signatureText: string };
  /** Writes the signed pack and its .sig into the bench folder, as a publisher hands them over. */
  writeSigned(pack: DirectoryPack, name: string): string;
  dispose(): void;
}

export function makeUpdateBench(builtInPackPath: string): UpdateBench {
  const root = mkdtempSync(join(tmpdir(), 'provider-desk-update-'));
  const userDataDir = join(root, 'data');
  const appKeysFolder = join(root, 'app-keys');
  const builtInPath = join(root, 'built-in', 'directory.db');
  mkdirSync(join(userDataDir, 'trusted-keys'), { recursive: true });
  mkdirSync(appKeysFolder, { recursive: true });
  mkdirSync(join(root, 'built-in'), { recursive: true });
  buildDirectoryDatabase(loadDirectoryPack(builtInPackPath), builtInPath);
  const publisher = throwawayKeyPair();
  writeFileSync(join(userDataDir, 'trusted-keys', 'test-publisher.pem'), publisher.publicPem);
  const sign = (pack: DirectoryPack | string) => {
    const packBytes = Buffer.from(typeof pack === 'string' ? pack : `${JSON.stringify(pack, null, 2)}\n`);
    return { packBytes, signatureText: signPackBytes(packBytes, publisher.privatePem) };
  };
  return {
    root,
    userDataDir,
    builtInPath,
    appKeysFolder,
    publisher,
    sign,
    writeSigned(pack, name) {
      const path = join(root, name);
      const { packBytes, signatureText } = sign(pack);
      writeFileSync(path, packBytes);
      writeFileSync(`${path}.sig`, `${signatureText}\n`);
      return path;
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function readPack(path: string): DirectoryPack {
  return JSON.parse(readFileSync(path, 'utf8')) as DirectoryPack;
}
