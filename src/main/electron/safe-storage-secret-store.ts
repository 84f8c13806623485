import type { SafeStorage } from 'electron';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { SecretStore } from '../outbox/secret-store';

/**
 * The mail password, encrypted by the operating system's keychain through Electron's
 * safeStorage and kept in a file of ciphertext. Where the system offers no keychain, the
 * password is kept only in memory for this run rather than written in the clear.
 */
export function createSafeStorageSecretStore(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
    Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>,
  path: string,
): SecretStore {
  let inMemory: string | null = null;
  // On Linux without a keyring, Electron "encrypts" with a fixed key (basic_text): as good as plain.
  const keychain = () =>
    safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
  return {
    get(): string | null {
      if (!keychain()) return inMemory;
      if (!existsSync(path)) return null;
      try {
        return safeStorage.decryptString(readFileSync(path));
      } catch {
        return null;
      }
    },
    set(secret: string | null): void {
      if (!keychain()) {
        inMemory = secret;
        return;
      }
      if (secret === null) rmSync(path, { force: true });
      else writeFileSync(path, safeStorage.encryptString(secret), { mode: 0o600 });
    },
  };
}
