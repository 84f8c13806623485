import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PackRefusedError } from './pack-refused-error';

/**
 * The detached signature beside a pack, `<pack>.sig`: the base64 Ed25519 signature of the pack's
 * exact bytes on the first line, then optionally `key-fingerprint: <16 hex>` naming the key that
 * signed. Ed25519 cannot say which key made a signature, so without that line a tampered pack and
 * a pack from a stranger look alike; the line is unsigned and only chooses which refusal to
 * explain, never whether the pack is accepted.
 */
export interface PackSignature {
  readonly bytes: Buffer;
  readonly signerFingerprint: string | null;
}

const ed25519SignatureLength = 64;
const fingerprintLine = /^key-fingerprint:\s*([0-9a-f]{16})$/i;

export function signatureFilePath(packPath: string): string {
  return `${packPath}.sig`;
}

export function formatSignatureFile(signatureBase64: string, signerFingerprint: string): string {
  return `${signatureBase64}\nkey-fingerprint: ${signerFingerprint}\n`;
}

export function parseSignatureFile(text: string): PackSignature {
  const [signatureLine = '', ...rest] = text.trim().split(/\s*\n\s*/);
  const bytes = Buffer.from(signatureLine, 'base64');
  const signer = rest.length === 1 ? fingerprintLine.exec(rest[0] ?? '') : null;
  // Node's base64 decoder skips what it cannot read, so only a round trip proves the line was base64.
  const isSignature =
    bytes.length === ed25519SignatureLength &&
    bytes.toString('base64') === signatureLine &&
    rest.length === (signer ? 1 : 0);
  if (!isSignature) {
    throw new PackRefusedError(
      'bad-signature',
      'The signature file (.sig) that came with this directory file is not a signature. Nothing was changed; ask your administrator for a fresh copy of both files.',
    );
  }
  return { bytes, signerFingerprint: signer?.[1]?.toLowerCase() ?? null };
}

/** The text of the .sig beside a pack; a pack that arrives without one is refused, not trusted. */
export function readSignatureBeside(packPath: string): string {
  try {
    return readFileSync(signatureFilePath(packPath), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new PackRefusedError(
      'no-signature',
      `This directory file came without its signature (a file named ${basename(signatureFilePath(packPath))} beside it), so Provider Desk cannot tell who made it. Nothing was changed; ask your administrator for both files.`,
    );
  }
}
