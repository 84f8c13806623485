import { verify } from 'node:crypto';
import { PackRefusedError } from './pack-refused-error';
import { parseSignatureFile } from './signature-file';
import type { TrustedKey } from './trusted-keys';

const howToTrust =
  "An administrator can add a publisher by putting its public key (a .pem file) in the trusted-keys folder inside Provider Desk's data folder.";

/**
 * Accepts a pack only if its exact bytes carry a signature from one of the trusted keys, and
 * returns that key so the import can say who published the pack.
 */
export function verifyPackSignature(
  packBytes: Buffer,
  signatureText: string,
  keys: TrustedKey[],
): TrustedKey {
  if (keys.length === 0) {
    throw new PackRefusedError(
      'no-trusted-keys',
      `Provider Desk trusts no directory publisher yet, so it cannot accept any directory file. Nothing was changed. ${howToTrust}`,
    );
  }
  const signature = parseSignatureFile(signatureText);
  const signer = keys.find((candidate) => verify(null, packBytes, candidate.key, signature.bytes));
  if (signer) return signer;
  throw refusalFor(signature.signerFingerprint, keys);
}

function refusalFor(signerFingerprint: string | null, keys: TrustedKey[]): PackRefusedError {
  if (signerFingerprint === null) {
    return new PackRefusedError(
      'bad-signature',
      "This directory file's signature matches none of the publishers this computer trusts: it was changed after it was signed, or it comes from a publisher this computer does not trust. Nothing was changed; ask your administrator.",
    );
  }
  if (keys.some((key) => key.fingerprint === signerFingerprint)) {
    return new PackRefusedError(
      'bad-signature',
      "This directory file's signature does not match its contents: it was changed after it was signed, or the signature belongs to another file. Nothing was changed; ask your administrator for a fresh copy.",
    );
  }
  return new PackRefusedError(
    'unknown-key',
    `This directory file was signed by a publisher this computer does not trust (key ${signerFingerprint}). Nothing was changed. ${howToTrust}`,
  );
}
