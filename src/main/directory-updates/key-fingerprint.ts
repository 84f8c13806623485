import { createHash, type KeyObject } from 'node:crypto';

/**
 * A short name for an Ed25519 public key: the first 16 hex digits of the SHA-256 of its raw
 * 32 bytes. Hashing the raw key rather than its SPKI wrapping keeps the fingerprint the same
 * whatever file format carries the key, and an administrator can check it without Provider Desk:
 * `openssl pkey -pubin -in KEY.pem -outform DER | tail -c 32 | sha256sum`.
 */
export function keyFingerprint(publicKey: KeyObject): string {
  if (publicKey.type !== 'public' || publicKey.asymmetricKeyType !== 'ed25519') {
    throw new TypeError('A fingerprint is taken of an Ed25519 public key only.');
  }
  const { x = '' } = publicKey.export({ format: 'jwk' });
  return createHash('sha256').update(Buffer.from(x, 'base64url')).digest('hex').slice(0, 16);
}
