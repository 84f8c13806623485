import type Database from 'better-sqlite3';
import type { DeskRecovery } from '../shared/api-contract';
import { createApiHandlers, type ApiHandlers } from './api/api-handlers';
import { createDiagnostics } from './diagnostics/collect-diagnostics';
import type { DirectoryService } from './directory/directory-service';
import type { DirectoryUpdateService } from './directory-updates/directory-update-service';
import { createDraftsStore } from './forms/drafts-store';
import { createFormsService } from './forms/forms-service';
import type { EventHub } from './events/event-hub';
import type { DeskLog } from './logging/desk-log';
import type { NetworkStatus } from './network/network-status';
import type { ProviderDataService } from './npi-registry/provider-data-service';
import type { NetworkDataService } from './plan-net/import/network-data-service';
import { createMailService } from './outbox/mail-service';
import { createMailSettingsStore } from './outbox/mail-settings-store';
import { createOutboxService, type OutboxService, type OutboxServiceDeps } from './outbox/outbox-service';
import type { SecretStore } from './outbox/secret-store';
import { createProfileStore } from './profile/profile-store';

/**
 * The handler table and the outbox over an open directory and desk.db; the app, browser mode
 * and tests all start here.
 */
export function createDeskHandlers(options: {
  appVersion: string;
  transport: 'electron' | 'browser';
  directory: DirectoryService;
  directoryUpdates: DirectoryUpdateService;
  providers: ProviderDataService;
  planNetwork: NetworkDataService;
  desk: Database.Database;
  /** What start-up did about a damaged desk.db; absent or null when it found it sound. */
  deskRecovery?: DeskRecovery | null;
  secrets: SecretStore;
  events: EventHub;
  network: NetworkStatus;
  log: DeskLog;
  now?: () => Date;
  leaseMs?: number;
  onDeliveryFailed?: OutboxServiceDeps['onFailed'];
}): { handlers: ApiHandlers; outbox: OutboxService } {
  const { directory, desk, log, now } = options;
  const profile = createProfileStore(desk, now);
  const mailSettings = createMailSettingsStore(desk, options.secrets);
  const outbox = createOutboxService({
    desk,
    mailSettings,
    now,
    leaseMs: options.leaseMs,
    onFailed: options.onDeliveryFailed,
    events: options.events,
    network: options.network,
    log,
  });
  const handlers = createApiHandlers({
    appVersion: options.appVersion,
    transport: options.transport,
    deskRecovery: options.deskRecovery ?? null,
    directory,
    directoryUpdates: options.directoryUpdates,
    providers: options.providers,
    planNetwork: options.planNetwork,
    profile,
    drafts: createDraftsStore(desk, now),
    outbox,
    mail: createMailService({ store: mailSettings, outbox, log }),
    forms: createFormsService({ directory, queue: outbox.queue, profile: () => profile.get().profile, now }),
    diagnostics: createDiagnostics({ ...options, outbox, mailSettings }),
  });
  return { handlers, outbox };
}
