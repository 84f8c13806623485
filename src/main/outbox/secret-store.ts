/** Where a password lives; never a plain file, never a log. */
export interface SecretStore {
  get(): string | null;
  set(secret: string | null): void;
}

/** Browser mode keeps the password only for the life of the process. */
export function createMemorySecretStore(): SecretStore {
  let secret: string | null = null;
  return {
    get: () => secret,
    set: (value) => {
      secret = value;
    },
  };
}
