import type { ConnectionCheck, SavedMailSettings } from '../../shared/api-contract';
import type { MailSettings } from '../../shared/mail-settings';
import type { DeskLog } from '../logging/desk-log';
import { checkConnection } from './connection-check';
import type { MailSettingsStore } from './mail-settings-store';
import type { OutboxService } from './outbox-service';
import { createSmtpTransport } from './smtp-transport';

/**
 * Mail settings as the page meets them: read without the password, saved (which may free held
 * messages), and tested against the server before they are trusted.
 */
export function createMailService(deps: { store: MailSettingsStore; outbox: OutboxService; log: DeskLog }) {
  const { store, outbox, log } = deps;
  return {
    get: (): SavedMailSettings => ({ settings: store.get(), hasPassword: store.hasPassword() }),
    /** `password`: a new one, `null` to forget it, `undefined` to keep the one saved. */
    save(settings: MailSettings, password: string | null | undefined): void {
      store.save(settings, password);
      log.info('mail.settingsSaved', {
        host: settings.host,
        port: settings.port,
        security: settings.security,
        signIn: settings.username !== '',
        passwordChanged: password !== undefined,
      });
      void outbox.sendNow();
    },
    /** Without a new password, only the one saved for this very server and user is tried. */
    test(settings: MailSettings, password: string | null | undefined): Promise<ConnectionCheck> {
      const secret = password === undefined ? store.passwordFor(settings) : password;
      return checkConnection(settings, createSmtpTransport(settings, secret), log);
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
