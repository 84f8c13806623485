import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeStorageSecretStore } from './safe-storage-secret-store';

/** A stand-in for the system keychain: reversible, and visibly not the plain text. */
const keychain = (available: boolean) => ({
  isEncryptionAvailable: () => available,
  encryptString: (text: string) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a)),
  decryptString: (data: Buffer) => Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString(),
});

const folders: string[] = [];
const secretPath = () => {
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-secret-'));
  folders.push(folder);
  return join(folder, 'mail-password.bin');
};
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('the mail password in the desktop app', () => {
  it('is written only as the keychain’s ciphertext, read back, and forgotten on request', () => {
    const path = secretPath();
    const store = createSafeStorageSecretStore(keychain(true), path);
    store.set('fake-password-for-tests');
    expect(readFileSync(path).toString()).not.toContain('fake-password-for-tests');
    expect(createSafeStorageSecretStore(keychain(true), path).get()).toBe('fake-password-for-tests');
    store.set(null);
    expect(existsSync(path)).toBe(false);
    expect(store.get()).toBeNull();
  });

  it('stays in memory, never on disk, where the system has no keychain', () => {
    const path = secretPath();
    const store = createSafeStorageSecretStore(keychain(false), path);
    store.set('fake-password-for-tests');
    expect(store.get()).toBe('fake-password-for-tests');
    expect(existsSync(path)).toBe(false);
  });

  it('stays in memory where the only "keychain" is Linux’s fixed-key basic_text', () => {
    const path = secretPath();
    const store = createSafeStorageSecretStore(
      { ...keychain(true), getSelectedStorageBackend: () => 'basic_text' },
      path,
    );
    store.set('fake-password-for-tests');
    expect(store.get()).toBe('fake-password-for-tests');
    expect(existsSync(path)).toBe(false);
  });
});
