import { createHash, createPublicKey } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { throwawayKeyPair, useTempFolders } from '../../../tests/support/signing-fixtures';
import { loadTrustedKeys } from './trusted-keys';

const tempFolder = useTempFolders('trusted-keys');

function folderWith(files: Record<string, string>): string {
  const folder = tempFolder();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe('loadTrustedKeys', () => {
  it("reads the shipped folder and the administrator's, passing over what is not an Ed25519 public key", () => {
    const shipped = throwawayKeyPair();
    const added = throwawayKeyPair();
    const leaked = throwawayKeyPair();
    const shippedFolder = folderWith({ 'shipped.pem': shipped.publicPem, 'README.txt': 'not a key' });
    const adminFolder = folderWith({
      'added.pem': added.publicPem,
      'leaked-private.pem': leaked.privatePem,
      'old-rsa.pem': throwawayKeyPair('rsa').publicPem,
      'scribble.pem': 'hello\n',
    });

    const { keys, problems } = loadTrustedKeys([shippedFolder, adminFolder]);

    expect(keys.map((key) => key.name)).toEqual(['shipped.pem', 'added.pem']);
    expect(keys[1]?.key.equals(createPublicKey(added.publicPem))).toBe(true);
    expect(problems).toEqual([
      expect.stringMatching(/leaked-private\.pem: holds a PRIVATE key.*it was not trusted\.$/),
      expect.stringMatching(/old-rsa\.pem: is a key of type rsa; only Ed25519 keys/),
      expect.stringMatching(/scribble\.pem: is not a PEM public key/),
    ]);
    const leakedBody = leaked.privatePem.split('\n')[1] ?? '';
    expect(problems.join('\n')).not.toContain(leakedBody.slice(0, 20));
    expect(problems.join('\n')).not.toContain('-----');
  });

  it('takes the fingerprint of the raw 32-byte key, as openssl can check it', () => {
    const pair = throwawayKeyPair();
    const [key] = loadTrustedKeys([folderWith({ 'publisher.pem': pair.publicPem })]).keys;
    const spki = createPublicKey(pair.publicPem).export({ type: 'spki', format: 'der' });
    const rawKeyHash = createHash('sha256').update(spki.subarray(-32)).digest('hex');
    expect(key?.fingerprint).toBe(rawKeyHash.slice(0, 16));
  });

  it('finds no keys and no problems in folders that do not exist', () => {
    const missing = join(tempFolder(), 'trusted-keys');
    expect(loadTrustedKeys([missing])).toEqual({ keys: [], problems: [] });
  });

  it('reports a .pem it cannot read, and keeps the keys beside it', () => {
    const folder = folderWith({ 'good.pem': throwawayKeyPair().publicPem });
    mkdirSync(join(folder, 'odd.pem'));
    const { keys, problems } = loadTrustedKeys([folder]);
    expect(keys.map((key) => key.name)).toEqual(['good.pem']);
    expect(problems).toEqual([
      expect.stringMatching(/odd\.pem: cannot be read \(EISDIR\); it was not trusted\.$/),
    ]);
  });

  it('ships exactly the Provider Desk publisher key', () => {
    const { keys, problems } = loadTrustedKeys([resolve(__dirname, '../../../resources/trusted-keys')]);
    expect(problems).toEqual([]);
    // Changing the shipped key strands every installed app's updates: it must be a decision, not an accident.
    expect(keys.map(({ name, fingerprint }) => ({ name, fingerprint }))).toEqual([
      { name: 'provider-desk-publisher.pem', fingerprint: '2814b952bff8d860' },
    ]);
  });
});
