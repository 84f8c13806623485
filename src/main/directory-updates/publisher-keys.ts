import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError } from '../../shared/desk-error';
import { keyFingerprint } from './key-fingerprint';

export interface PublisherKeyFiles {
  readonly privateKeyPath: string;
  readonly publicKeyPath: string;
  readonly fingerprint: string;
}

/**
 * What `npm run pack:keygen` does: a new Ed25519 key pair for signing directory packs. It never
 * overwrites a key: losing the private key that the installed apps trust would leave the
 * publisher unable to ship updates to them.
 */
export function writePublisherKeys(folder: string): PublisherKeyFiles {
  const privateKeyPath = join(folder, 'publisher-private.pem');
  const publicKeyPath = join(folder, 'publisher-public.pem');
  const existing = [privateKeyPath, publicKeyPath].filter((path) => existsSync(path));
  if (existing.length > 0) {
    throw new DeskError(
      'not-allowed',
      `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; a key is never overwritten, so choose another folder.`,
    );
  }
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // 'wx' refuses a file that appeared since the check above; 0600 keeps other accounts out.
  writeFileSync(privateKeyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    flag: 'wx',
    mode: 0o600,
  });
  writeFileSync(publicKeyPath, publicKey.export({ type: 'spki', format: 'pem' }), { flag: 'wx' });
  return { privateKeyPath, publicKeyPath, fingerprint: keyFingerprint(publicKey) };
}
