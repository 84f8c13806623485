import type Database from 'better-sqlite3';
import { mailSettingsSchema, type MailSettings } from '../../shared/mail-settings';
import { createAppSettings } from '../desk/app-settings';
import type { SecretStore } from './secret-store';

const settingsKey = 'mail.settings';

/** The mail settings in desk.db; the password goes to the SecretStore, never to this row. */
export function createMailSettingsStore(db: Database.Database, secrets: SecretStore) {
  const appSettings = createAppSettings(db);

  return {
    get(): MailSettings | null {
      const json = appSettings.get(settingsKey);
      if (json === undefined) return null;
      const parsed = mailSettingsSchema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : null;
    },
    hasPassword: (): boolean => secrets.get() !== null,
    password: (): string | null => secrets.get(),
    /**
     * The saved password, only for the server and user it was saved for: testing a server the
     * desk has just typed must never hand it another server's password.
     */
    passwordFor(candidate: MailSettings): string | null {
      const saved = this.get();
      const sameAccount =
        saved !== null &&
        saved.host.toLowerCase() === candidate.host.toLowerCase() &&
        saved.port === candidate.port &&
        saved.username === candidate.username;
      return sameAccount ? secrets.get() : null;
    },
    /** `password`: a new one, `null` to forget it, `undefined` to keep the one saved. */
    save(settings: MailSettings, password: string | null | undefined): void {
      appSettings.set(settingsKey, JSON.stringify(settings));
      if (password !== undefined) secrets.set(password === '' ? null : password);
    },
  };
}

export type MailSettingsStore = ReturnType<typeof createMailSettingsStore>;
