import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ApiHandlers } from '../../src/main/api/api-handlers';
import { invokeChannel } from '../../src/main/api/invoke-channel';
import { createDeskHandlers } from '../../src/main/desk-handlers';
import { createMemorySecretStore } from '../../src/main/outbox/secret-store';
import { createEventHub } from '../../src/main/events/event-hub';
import { openDeskDatabase } from '../../src/main/desk/open-desk-db';
import { openDeskLog, type DeskLog } from '../../src/main/logging/desk-log';
import type { DirectoryService } from '../../src/main/directory/directory-service';
import { fixedNetwork } from './fixed-network';
import { openShippedDirectory } from './shipped-directory';

/**
 * The real services over the shipped directory and a fresh desk.db in a temporary folder, logging
 * to its logs/ folder as the app does.
 */
export function startTestServices(now: () => Date = () => new Date('2026-11-23T17:00:00Z')): {
  handlers: ApiHandlers;
  directory: DirectoryService;
  desk: Database.Database;
  deskPath: string;
  log: DeskLog;
  /** Calls a channel through the door the transports use, logging to `log`; a refusal throws. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  dispose: () => Promise<void>;
} {
  const shipped = openShippedDirectory();
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-services-'));
  const deskPath = join(folder, 'desk.db');
  const desk = openDeskDatabase(deskPath, { appVersion: '0.0.0-test' });
  const log = openDeskLog(join(folder, 'logs'), { now });
  const { handlers, outbox } = createDeskHandlers({
    appVersion: '0.0.0-test',
    transport: 'browser',
    directory: shipped.directory,
    desk,
    secrets: createMemorySecretStore(),
    events: createEventHub(),
    network: fixedNetwork(),
    log,
    now,
  });
  return {
    handlers,
    directory: shipped.directory,
    desk,
    deskPath,
    log,
    async call<T>(channel: string, input?: unknown): Promise<T> {
      const result = await invokeChannel(handlers, channel, input, log);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
    async dispose() {
      await outbox.stop();
      desk.close();
      shipped.dispose();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
