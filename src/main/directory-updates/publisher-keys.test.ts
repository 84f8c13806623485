import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolders } from '../../../tests/support/signing-fixtures';
import { verifyPackSignature } from './pack-signature';
import { signPackBytes } from './pack-signing';
import { writePublisherKeys } from './publisher-keys';
import { loadTrustedKeys } from './trusted-keys';

const tempFolder = useTempFolders('publisher-keys');

describe('writePublisherKeys', () => {
  it('writes a key pair that signs packs the app accepts, the private half readable by its owner only', () => {
    const folder = join(tempFolder(), 'new-folder');
    const written = writePublisherKeys(folder);

    expect(statSync(written.privateKeyPath).mode & 0o777).toBe(0o600);
    const { keys } = loadTrustedKeys([folder]);
    expect(keys.map(({ name, fingerprint }) => ({ name, fingerprint }))).toEqual([
      { name: 'publisher-public.pem', fingerprint: written.fingerprint },
    ]);
    const pack = Buffer.from('{"entries":[]}');
    const signature = signPackBytes(pack, readFileSync(written.privateKeyPath, 'utf8'));
    expect(verifyPackSignature(pack, signature, keys).fingerprint).toBe(written.fingerprint);
  });

  it('never overwrites a key, and writes nothing when either file is there', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'publisher-public.pem'), 'an older key\n');
    expect(() => writePublisherKeys(folder)).toThrow(
      `${join(folder, 'publisher-public.pem')} already exists; a key is never overwritten, so choose another folder.`,
    );
    expect(readFileSync(join(folder, 'publisher-public.pem'), 'utf8')).toBe('an older key\n');
    expect(existsSync(join(folder, 'publisher-private.pem'))).toBe(false);
  });
});
