import { createPublicKey, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyFingerprint } from './key-fingerprint';

/** A publisher whose signed directory packs this computer accepts. */
export interface TrustedKey {
  /** The .pem file's name, so an administrator can find the file behind a fingerprint. */
  readonly name: string;
  readonly fingerprint: string;
  readonly key: KeyObject;
}

export interface TrustedKeys {
  readonly keys: TrustedKey[];
  /** One line per file that was passed over, for the administrator; never any key material. */
  readonly problems: string[];
}

/**
 * Reads every `*.pem` in each folder (the keys shipped in resources/trusted-keys/, then those an
 * administrator put in `<data folder>/trusted-keys/`). A missing folder holds no keys. A file that
 * is not an Ed25519 public key is passed over with a problem line: one stray file must not stop
 * the keys beside it from working.
 */
export function loadTrustedKeys(folders: string[]): TrustedKeys {
  const keys: TrustedKey[] = [];
  const problems: string[] = [];
  for (const folder of folders) {
    for (const name of pemFileNames(folder, problems)) {
      const path = join(folder, name);
      const key = readPublicKey(path);
      if (typeof key === 'string') problems.push(`${path}: ${key}; it was not trusted.`);
      else keys.push({ name, fingerprint: keyFingerprint(key), key });
    }
  }
  return { keys, problems };
}

function pemFileNames(folder: string, problems: string[]): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => /\.pem$/i.test(name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      problems.push(
        `${folder}: the trusted-keys folder cannot be read (${(error as NodeJS.ErrnoException).code}).`,
      );
    }
    return [];
  }
}

/** The key, or why the file is not one we trust. */
function readPublicKey(path: string): KeyObject | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;
  }
  // createPublicKey would quietly derive the public half of a private key; a private key in a
  // trusted-keys folder means it has leaked, which the administrator must hear about.
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text)) {
    return 'holds a PRIVATE key, which must never leave its publisher: delete it from this computer';
  }
  if (!text.includes('-----BEGIN PUBLIC KEY-----')) return 'is not a PEM public key';
  let key: KeyObject;
  try {
    key = createPublicKey(text);
  } catch {
    return 'is not a readable PEM public key';
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    return `is a key of type ${key.asymmetricKeyType ?? 'unknown'}; only Ed25519 keys sign directory packs`;
  }
  return key;
}
