import type { ApiChannel } from '../../shared/api-channels';
import type { ApiOutput, ApiParsedInput, DeskRecovery, Diagnostics } from '../../shared/api-contract';
import type { DirectoryService } from '../directory/directory-service';
import type { DraftsStore } from '../forms/drafts-store';
import type { FormsService } from '../forms/forms-service';
import type { DeskLog } from '../logging/desk-log';
import { checkConnection } from '../outbox/connection-check';
import type { MailSettingsStore } from '../outbox/mail-settings-store';
import type { OutboxService } from '../outbox/outbox-service';
import type { OutboxStore } from '../outbox/outbox-store';
import { createSmtpTransport } from '../outbox/smtp-transport';
import type { ProfileStore } from '../profile/profile-store';

/** One function per contract channel; each receives input zod has already checked. */
export type ApiHandlers = {
  readonly [C in ApiChannel]: (input: ApiParsedInput<C>) => ApiOutput<C> | Promise<ApiOutput<C>>;
};

export interface DeskServices {
  readonly appVersion: string;
  readonly transport: 'electron' | 'browser';
  /** Told to the user for as long as this start-up runs. */
  readonly deskRecovery: DeskRecovery | null;
  readonly directory: DirectoryService;
  readonly profile: ProfileStore;
  readonly forms: FormsService;
  readonly drafts: DraftsStore;
  readonly outbox: OutboxStore;
  readonly sending: OutboxService;
  readonly mailSettings: MailSettingsStore;
  /** What the app did, by event and safe fields: never an input, a subject or a message's text. */
  readonly log: DeskLog;
  readonly diagnostics: () => Diagnostics;
}

export function createApiHandlers(services: DeskServices): ApiHandlers {
  const { directory, profile, forms, drafts, outbox, sending, mailSettings, log } = services;
  return {
    'app.info': () => {
      const info = directory.info();
      return {
        appVersion: services.appVersion,
        transport: services.transport,
        plan: info.plan,
        directoryVersion: info.packVersion,
        directoryEntryCount: info.entryCount,
        directoryCapturedOn: info.capturedOn,
        deskRecovery: services.deskRecovery,
      };
    },
    'directory.search': ({ query }) => directory.search(query),
    'directory.browse': () => directory.browse(),
    'directory.entry': ({ key }) => directory.entry(key),
    'profile.get': () => profile.get(),
    'profile.save': (input) => profile.save(input),
    'profile.update': (changes) => profile.update(changes),
    'profile.dismissWelcome': () => {
      profile.dismissWelcome();
      return undefined;
    },
    'forms.preview': ({ formId, values }) => forms.preview(formId, values),
    'forms.queue': ({ formId, values, draftId }) => {
      const { id, messageId, containsPhi } = forms.queue(formId, values, draftId);
      log.info('outbox.queued', { id, formId, phi: containsPhi });
      sending.changed();
      // Written first, then sent: the message is safe in desk.db before any network attempt.
      void sending.sendDue();
      return { messageId };
    },
    'forms.exportEml': ({ formId, values }) => forms.exportEml(formId, values),
    'forms.mailto': ({ formId, values }) => forms.mailtoUrl(formId, values),
    'drafts.list': () => drafts.list(),
    'drafts.get': ({ id }) => drafts.get(id),
    'drafts.save': ({ id, formId, values }) => drafts.save(id, formId, values),
    'drafts.delete': ({ id }) => {
      drafts.delete(id);
      return undefined;
    },
    'outbox.list': () => outbox.list(),
    'outbox.get': ({ id }) => outbox.get(id),
    'outbox.status': () => sending.status(),
    'outbox.sendNow': async () => {
      await sending.sendNow();
      return undefined;
    },
    'outbox.retry': async ({ id }) => {
      await sending.retry(id);
      return undefined;
    },
    'outbox.cancel': ({ id }) => {
      outbox.cancel(id);
      log.info('outbox.cancelled', { id });
      sending.changed();
      return undefined;
    },
    'mail.getSettings': () => ({ settings: mailSettings.get(), hasPassword: mailSettings.hasPassword() }),
    'mail.saveSettings': ({ settings, password }) => {
      mailSettings.save(settings, password);
      log.info('mail.settingsSaved', {
        host: settings.host,
        port: settings.port,
        security: settings.security,
        signIn: settings.username !== '',
        passwordChanged: password !== undefined,
      });
      // New settings may be what held items were waiting for.
      void sending.sendNow();
      return undefined;
    },
    'mail.testConnection': ({ settings, password }) =>
      checkConnection(
        settings,
        createSmtpTransport(settings, password === undefined ? mailSettings.passwordFor(settings) : password),
        log,
      ),
    'app.diagnostics': () => services.diagnostics(),
  };
}
