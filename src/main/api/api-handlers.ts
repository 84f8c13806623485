import type { ApiChannel } from '../../shared/api-channels';
import type { ApiOutput, ApiParsedInput, DeskRecovery, Diagnostics } from '../../shared/api-contract';
import type { DirectoryService } from '../directory/directory-service';
import type { DirectoryUpdateService } from '../directory-updates/directory-update-service';
import type { DraftsStore } from '../forms/drafts-store';
import type { FormsService } from '../forms/forms-service';
import type { ProviderDataService } from '../npi-registry/provider-data-service';
import type { NetworkDataService } from '../plan-net/import/network-data-service';
import type { MailService } from '../outbox/mail-service';
import type { OutboxService } from '../outbox/outbox-service';
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
  readonly outbox: OutboxService;
  readonly mail: MailService;
  readonly diagnostics: () => Diagnostics;
  readonly directoryUpdates: DirectoryUpdateService;
  readonly providers: ProviderDataService;
  /** The plan's Plan-Net provider directory (network.db). */
  readonly planNetwork: NetworkDataService;
}

/** Binds each channel to the service that answers it; the services log and announce, not this table. */
export function createApiHandlers(services: DeskServices): ApiHandlers {
  const { directory, profile, forms, drafts, outbox, mail, directoryUpdates, providers, planNetwork } =
    services;
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
    'directory.updateStatus': () => directoryUpdates.status(),
    'directory.importFile': ({ packBase64, signatureText }) =>
      directoryUpdates.importFile(packBase64, signatureText),
    'directory.undoUpdate': () => directoryUpdates.undo(),
    'directory.markUpdateSeen': () => directoryUpdates.markSeen(),
    'directory.setFeed': ({ url }) => directoryUpdates.setFeed(url),
    'directory.checkFeed': () => directoryUpdates.checkFeed(),
    'profile.get': () => profile.get(),
    'profile.save': (input) => profile.save(input),
    'profile.update': (changes) => profile.update(changes),
    'profile.dismissWelcome': () => profile.dismissWelcome(),
    'forms.route': ({ formId, values }) => forms.route(formId, values),
    'forms.preview': ({ formId, values }) => forms.preview(formId, values),
    'forms.answers': ({ formId, values }) => forms.answers(formId, values),
    'forms.queue': ({ formId, values, draftId }) => ({
      messageId: forms.queue(formId, values, draftId).messageId,
    }),
    'forms.exportEml': ({ formId, values }) => forms.exportEml(formId, values),
    'forms.mailto': ({ formId, values }) => forms.mailtoUrl(formId, values),
    'drafts.list': () => drafts.list(),
    'drafts.get': ({ id }) => drafts.get(id),
    'drafts.save': ({ id, formId, values }) => drafts.save(id, formId, values),
    'drafts.delete': ({ id }) => drafts.delete(id),
    'outbox.list': () => outbox.list(),
    'outbox.get': ({ id }) => outbox.get(id),
    'outbox.status': () => outbox.status(),
    'outbox.sendNow': () => outbox.sendNow(),
    'outbox.retry': ({ id }) => outbox.retry(id),
    'outbox.cancel': ({ id }) => outbox.cancel(id),
    'outbox.sendToNewAddress': ({ id }) => outbox.sendToNewAddress(id),
    'mail.getSettings': () => mail.get(),
    'mail.saveSettings': ({ settings, password }) => mail.save(settings, password),
    'mail.testConnection': ({ settings, password }) => mail.test(settings, password),
    'app.diagnostics': () => services.diagnostics(),
    'providers.search': ({ query }) => providers.search(query),
    'providers.get': ({ npi }) => providers.get(npi),
    'providers.lookupOnline': ({ npi }) => providers.lookupOnline(npi),
    'providers.status': () => providers.status(),
    'providers.importFile': ({ stagedFile, states }) => providers.importFile(stagedFile, states),
    'providers.cancelImport': () => providers.cancelImport(),
    'network.search': ({ query, filters }) => planNetwork.search(query, filters),
    'network.get': ({ key }) => planNetwork.get(key),
    'network.forNpi': ({ npi }) => planNetwork.forNpi(npi),
    'network.filterChoices': () => planNetwork.filterChoices(),
    'network.status': () => planNetwork.status(),
    'network.import': (request) => planNetwork.startImport(request),
    'network.cancelImport': () => planNetwork.cancelImport(),
  };
}
