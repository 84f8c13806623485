import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ApiChannel } from '../../src/shared/api-channels';
import type { ApiOutput } from '../../src/shared/api-contract';
import type { ApiResult } from '../../src/shared/desk-error';
import type { DirectoryPack } from '../../src/shared/directory-pack';
import type { ApiHandlers } from '../../src/main/api/api-handlers';
import { invokeChannel } from '../../src/main/api/invoke-channel';
import { createDeskHandlers } from '../../src/main/desk-handlers';
import { createMemorySecretStore } from '../../src/main/outbox/secret-store';
import { createEventHub } from '../../src/main/events/event-hub';
import { openDeskDatabase } from '../../src/main/desk/open-desk-db';
import { openDeskLog, type DeskLog } from '../../src/main/logging/desk-log';
import type { DirectoryService } from '../../src/main/directory/directory-service';
import { valueOf, type ChannelCall, type ChannelInput } from './channel-call';
import { fixedNetwork } from './fixed-network';
import { openShippedDirectory, openTestDirectory } from './shipped-directory';

/** What a refused call says: the code a test checks and the sentence the desk would read. */
export type Refusal = Extract<ApiResult<unknown>, { ok: false }>['error'];

export interface TestServices {
  handlers: ApiHandlers;
  directory: DirectoryService;
  desk: Database.Database;
  deskPath: string;
  log: DeskLog;
  /** Calls a channel through the door the transports use, logging to `log`; a refusal throws. */
  call: ChannelCall;
  /** Calls a channel through the same door expecting a refusal, and returns it; an answer throws. */
  refuse<C extends ApiChannel>(channel: C, ...input: ChannelInput<C>): Promise<Refusal>;
  dispose: () => Promise<void>;
}

/**
 * The real services over the shipped directory (or the pack given) and a fresh desk.db in a
 * temporary folder, logging to its logs/ folder as the app does.
 */
export function startTestServices(
  now: () => Date = () => new Date('2026-11-23T17:00:00Z'),
  pack?: DirectoryPack,
): TestServices {
  const shipped = pack ? openTestDirectory(pack) : openShippedDirectory();
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
    async call<C extends ApiChannel>(channel: C, ...[input]: ChannelInput<C>) {
      // invokeChannel has checked the answer against the channel's output schema.
      return valueOf((await invokeChannel(handlers, channel, input, log)) as ApiResult<ApiOutput<C>>);
    },
    async refuse(channel, ...[input]) {
      const result = await invokeChannel(handlers, channel, input, log);
      if (result.ok) throw new Error(`${channel} answered where a refusal was expected`);
      return result.error;
    },
    async dispose() {
      await outbox.stop();
      desk.close();
      shipped.dispose();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
