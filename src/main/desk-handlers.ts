import type Database from 'better-sqlite3';
import type { DeskRecovery } from '../shared/api-contract';
import { createApiHandlers, type ApiHandlers } from './api/api-handlers';
import { createDiagnostics } from './diagnostics/collect-diagnostics';
import type { DirectoryService } from './directory/directory-service';
import { createDraftsStore } from './forms/drafts-store';
import { createFormsService } from './forms/forms-service';
import { createMailSettingsStore } from './outbox/mail-settings-store';
import { createOutboxService, type OutboxServiceDeps } from './outbox/outbox-service';
import { createOutboxStore } from './outbox/outbox-store';
import type { SecretStore } from './outbox/secret-store';
import type { EventHub } from './events/event-hub';
import type { DeskLog } from './logging/desk-log';
import { createProfileStore } from './profile/profile-store';

/**
 * The handler table and the outbox's sender over an open directory and desk.db; the app,
 * browser mode and tests all start here.
 */
export function createDeskHandlers(options: {
  appVersion: string;
  transport: 'electron' | 'browser';
  directory: DirectoryService;
  desk: Database.Database;
  /** What start-up did about a damaged desk.db; absent or null when it found it sound. */
  deskRecovery?: DeskRecovery | null;
  secrets: SecretStore;
  events: EventHub;
  log: DeskLog;
  now?: () => Date;
  onDeliveryFailed?: OutboxServiceDeps['onFailed'];
}): { handlers: ApiHandlers; sending: ReturnType<typeof createOutboxService> } {
  const { directory, desk, log, now } = options;
  const profile = createProfileStore(desk, now);
  const outbox = createOutboxStore(desk, now);
  const mailSettings = createMailSettingsStore(desk, options.secrets);
  const sending = createOutboxService({
    desk,
    outbox,
    mailSettings,
    now,
    onFailed: options.onDeliveryFailed,
    events: options.events,
    log,
  });
  const handlers = createApiHandlers({
    appVersion: options.appVersion,
    transport: options.transport,
    deskRecovery: options.deskRecovery ?? null,
    directory,
    profile,
    drafts: createDraftsStore(desk, now),
    outbox,
    forms: createFormsService({ directory, outbox, profile: () => profile.get().profile, now }),
    sending,
    mailSettings,
    log,
    diagnostics: createDiagnostics({ ...options, outbox, sending, mailSettings }),
  });
  return { handlers, sending };
}
