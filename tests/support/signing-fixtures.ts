import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { keyFingerprint } from '../../src/main/directory-updates/key-fingerprint';
import type { TrustedKey } from '../../src/main/directory-updates/trusted-keys';

export interface ThrowawayKeyPair {
  readonly privatePem: string;
  readonly publicPem: string;
}

/** A key pair made for one test and dropped after it, so no real key ever sits in a fixture. */
export function throwawayKeyPair(type: 'ed25519' | 'rsa' = 'ed25519'): ThrowawayKeyPair {
  const { privateKey, publicKey } =
    type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** The public half as the app holds a trusted key. */
export function trustedKeyOf(pair: ThrowawayKeyPair, name: string): TrustedKey {
  const key = createPublicKey(pair.publicPem);
  return { name, fingerprint: keyFingerprint(key), key };
}

/** Makes temporary folders that are removed after each test of the file. */
export function useTempFolders(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = mkdtempSync(join(tmpdir(), `provider-desk-${prefix}-`));
    made.push(folder);
    return folder;
  };
}

/** A small pack and a key file side by side in `folder`, as a publisher has them before signing. */
export function writePackAndKey(folder: string, keyPem: string): { packPath: string; keyPath: string } {
  const packPath = join(folder, 'directory-pack.json');
  const keyPath = join(folder, 'signing-key.pem');
  writeFileSync(packPath, '{"packVersion":"2025-06-01","entries":[]}\n');
  writeFileSync(keyPath, keyPem);
  return { packPath, keyPath };
}
