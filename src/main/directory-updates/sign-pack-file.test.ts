import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/desk-error';
import {
  throwawayKeyPair,
  trustedKeyOf,
  useTempFolders,
  writePackAndKey,
} from '../../../tests/support/signing-fixtures';
import { PackRefusedError } from './pack-refused-error';
import { verifyPackSignature } from './pack-signature';
import { signPackBytes } from './pack-signing';
import { readSignatureBeside } from './signature-file';
import { signPackFile } from './sign-pack-file';

const tempFolder = useTempFolders('sign-pack');

describe('signing a pack', () => {
  it('writes <pack>.sig that the app accepts, naming the signing key', () => {
    const publisher = throwawayKeyPair();
    const { packPath, keyPath } = writePackAndKey(tempFolder(), publisher.privatePem);
    const trusted = trustedKeyOf(publisher, 'publisher.pem');

    const signed = signPackFile(packPath, keyPath);

    expect(signed).toEqual({ signaturePath: `${packPath}.sig`, fingerprint: trusted.fingerprint });
    const text = readFileSync(signed.signaturePath, 'utf8');
    expect(text).toMatch(new RegExp(`^[A-Za-z0-9+/]{86}==\\nkey-fingerprint: ${trusted.fingerprint}\\n$`));
    expect(verifyPackSignature(readFileSync(packPath), text, [trusted])).toBe(trusted);
  });

  it.each([
    ['an RSA private key', throwawayKeyPair('rsa').privatePem],
    ['a public key', throwawayKeyPair().publicPem],
    ['not a key', 'hello\n'],
  ])('refuses %s as the signing key and writes no .sig', (_name, keyPem) => {
    const { packPath, keyPath } = writePackAndKey(tempFolder(), keyPem);
    expect(() => signPackFile(packPath, keyPath)).toThrow(
      new DeskError(
        'invalid-input',
        `${keyPath} is not an Ed25519 private key without a passphrase; make a key pair with npm run pack:keygen -- --out DIR.`,
      ),
    );
    expect(() => signPackBytes(Buffer.from('{}'), keyPem)).toThrow(
      /The signing key is not an Ed25519 private key/,
    );
    expect(existsSync(`${packPath}.sig`)).toBe(false);
  });

  it('says which pack it cannot read', () => {
    const { keyPath } = writePackAndKey(tempFolder(), throwawayKeyPair().privatePem);
    const missing = join(tempFolder(), 'no-such-pack.json');
    expect(() => signPackFile(missing, keyPath)).toThrow(
      `Cannot read the directory pack ${missing} (ENOENT).`,
    );
  });

  it('refuses a pack that came without its .sig', () => {
    const { packPath } = writePackAndKey(tempFolder(), throwawayKeyPair().privatePem);
    expect(() => readSignatureBeside(packPath)).toThrow(
      expect.objectContaining({ reason: 'no-signature' } satisfies Partial<PackRefusedError>),
    );
  });
});
