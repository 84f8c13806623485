import type { SafeStorage } from 'electron';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { SecretStore } from '../outbox/secret-store';

/**
 * The mail password, encrypted by the operating system's keychain through Electron's
 * safeStorage and kept in a file of ciphertext. Where the system offers no keychain, the
 * password is kept only in memory for this run rather than written in the clear.
 */
export function createSafeStorageSecretStore(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
  path: string,
): SecretStore {
  let inMemory: string | null = null;
  return {
    get(): string | null {
      if (!safeStorage.isEncryptionAvailable()) return inMemory;
      if (!existsSync(path)) return null;
      try {
        return safeStorage.decryptString(readFileSync(path));
      } catch {
        return null;
      }
    },
    set(secret: string | null): void {
      if (!safeStorage.isEncryptionAvailable()) {
        inMemory = secret;
        return;
      }
      if (secret === null) rmSync(path, { force: true });
      else writeFileSync(path, safeStorage.encryptString(secret), { mode: 0o600 });
    },
  };
}
