import type Database from 'better-sqlite3';
import { createApiHandlers, type ApiHandlers } from './api/api-handlers';
import type { DirectoryService } from './directory/directory-service';
import { createDraftsStore } from './forms/drafts-store';
import { createFormsService } from './forms/forms-service';
import { createOutboxStore } from './outbox/outbox-store';
import { createProfileStore } from './profile/profile-store';

/** The handler table over an open directory and desk.db; the app, browser mode and tests share it. */
export function createDeskHandlers(options: {
  appVersion: string;
  transport: 'electron' | 'browser';
  directory: DirectoryService;
  desk: Database.Database;
  now?: () => Date;
}): ApiHandlers {
  const { directory, desk, now } = options;
  const profile = createProfileStore(desk, now);
  const outbox = createOutboxStore(desk, now);
  return createApiHandlers({
    appVersion: options.appVersion,
    transport: options.transport,
    directory,
    profile,
    drafts: createDraftsStore(desk, now),
    outbox,
    forms: createFormsService({ directory, outbox, profile: () => profile.get().profile, now }),
  });
}
