import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { DeskError } from '../../shared/desk-error';

/** The Ed25519 private key in a PEM text; `source` names where it came from in the refusal. */
export function signingKeyFrom(privateKeyPem: string, source: string): KeyObject {
  let key: KeyObject | null = null;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch {
    // Not a private key at all (a public key, garbage, or one locked by a passphrase): refused below.
  }
  if (key?.asymmetricKeyType !== 'ed25519') {
    throw new DeskError(
      'invalid-input',
      `${source} is not an Ed25519 private key without a passphrase; make a key pair with npm run pack:keygen -- --out DIR.`,
    );
  }
  return key;
}

/** The base64 Ed25519 signature of a pack's exact bytes, as it goes in the .sig file. */
export function signPackBytes(bytes: Buffer, privateKeyPem: string): string {
  return sign(null, bytes, signingKeyFrom(privateKeyPem, 'The signing key')).toString('base64');
}
