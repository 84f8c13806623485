import { createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DeskError } from '../../shared/desk-error';
import { keyFingerprint } from './key-fingerprint';
import { verifyPackSignature } from './pack-signature';
import { signingKeyFrom, signPackBytes } from './pack-signing';
import { formatSignatureFile, readSignatureBeside, signatureFilePath } from './signature-file';

export interface SignedPack {
  readonly signaturePath: string;
  readonly fingerprint: string;
}

/**
 * What `npm run pack:sign` does: writes `<pack>.sig` beside the pack, then checks the file it
 * wrote the way the app will, so a publisher never ships a signature the app would refuse.
 */
export function signPackFile(packPath: string, privateKeyPath: string): SignedPack {
  const packBytes = readInput(packPath, 'directory pack');
  const keyPem = readInput(privateKeyPath, 'key file').toString('utf8');
  const publicKey = createPublicKey(signingKeyFrom(keyPem, privateKeyPath));
  const publisher = {
    name: basename(privateKeyPath),
    fingerprint: keyFingerprint(publicKey),
    key: publicKey,
  };
  const signaturePath = signatureFilePath(packPath);
  writeFileSync(signaturePath, formatSignatureFile(signPackBytes(packBytes, keyPem), publisher.fingerprint));
  verifyPackSignature(packBytes, readSignatureBeside(packPath), [publisher]);
  return { signaturePath, fingerprint: publisher.fingerprint };
}

function readInput(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new DeskError(
      'not-found',
      `Cannot read the ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
    );
  }
}
