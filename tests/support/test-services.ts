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
import type { OutboxService } from '../../src/main/outbox/outbox-service';
import { createMemorySecretStore } from '../../src/main/outbox/secret-store';
import { createEventHub, type EventHub } from '../../src/main/events/event-hub';
import { openDeskDatabase } from '../../src/main/desk/open-desk-db';
import { openDeskLog, type DeskLog } from '../../src/main/logging/desk-log';
import type { DirectoryService } from '../../src/main/directory/directory-service';
import { valueOf, type ChannelCall, type ChannelInput } from './channel-call';
import { fixedNetwork } from './fixed-network';
import { buildTestDirectory, seedPackPath } from './shipped-directory';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';
import { openUpdatableDirectory } from '../../src/main/directory-updates/directory-updater';
import { createDirectoryUpdateService } from '../../src/main/directory-updates/directory-update-service';
import { createFileStaging, type FileStaging } from '../../src/main/imports/staged-files';
import { createOnlineLookup } from '../../src/main/npi-registry/npi-online-lookup';
import {
  createProviderDataService,
  type ProviderDataService,
} from '../../src/main/npi-registry/provider-data-service';
import {
  createNetworkDataService,
  type NetworkDataService,
} from '../../src/main/plan-net/import/network-data-service';
import { nuccTaxonomyPath } from './registry-files';

/** What a refused call says: the code a test checks and the sentence the desk would read. */
export type Refusal = Extract<ApiResult<unknown>, { ok: false }>['error'];

export interface TestServices {
  handlers: ApiHandlers;
  /** For what main does without a channel, such as a directory update holding messages. */
  outbox: OutboxService;
  directory: DirectoryService;
  /** Provider data (npi.db), and the file handoff its imports start from. */
  providers: ProviderDataService;
  planNetwork: NetworkDataService;
  staging: FileStaging;
  /** What main announces to the page. */
  events: EventHub;
  /** The data folder: desk.db, npi.db, logs. */
  folder: string;
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
 * The real services over the seed page's directory (where contract requests still went by
 * e-mail), or the pack given, and a fresh desk.db in a
 * temporary folder, logging to its logs/ folder as the app does.
 */
export function startTestServices(
  now: () => Date = () => new Date('2026-11-23T17:00:00Z'),
  pack?: DirectoryPack,
  options: { npiApiUrl?: string; online?: boolean } = {},
): TestServices {
  const built = buildTestDirectory(pack ?? loadDirectoryPack(seedPackPath));
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-services-'));
  const { directory, updater } = openUpdatableDirectory({
    userDataDir: folder,
    builtInPath: built.path,
    appKeysFolder: join(folder, 'no-app-keys'),
    now,
  });
  const deskPath = join(folder, 'desk.db');
  const desk = openDeskDatabase(deskPath, { appVersion: '0.0.0-test' });
  const log = openDeskLog(join(folder, 'logs'), { now });
  const network = fixedNetwork(options.online ?? true);
  const events = createEventHub();
  const staging = createFileStaging(join(folder, 'imports'));
  const providers = createProviderDataService({
    userDataDir: folder,
    nuccCsvPath: nuccTaxonomyPath,
    staging,
    // Never the registry's real address: a test that asks online names its own server.
    online: createOnlineLookup({
      baseUrl: options.npiApiUrl ?? 'http://127.0.0.1:9/api/',
      isOnline: () => network.online(),
      now,
    }),
    log,
    now,
    onChanged: (status) => events.emit('providers.changed', status),
  });
  const planNetwork = createNetworkDataService({
    userDataDir: folder,
    nuccCsvPath: nuccTaxonomyPath,
    staging,
    log,
    now,
    // A loopback Plan-Net server's 429s are retried at once rather than after seconds.
    retryDelayMs: 10,
    onChanged: (status) => events.emit('network.changed', status),
  });
  const { handlers, outbox } = createDeskHandlers({
    appVersion: '0.0.0-test',
    transport: 'browser',
    directory,
    directoryUpdates: createDirectoryUpdateService(updater),
    providers,
    planNetwork,
    desk,
    secrets: createMemorySecretStore(),
    events,
    network,
    log,
    now,
  });
  return {
    handlers,
    outbox,
    directory,
    providers,
    planNetwork,
    staging,
    events,
    folder,
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
      await Promise.all([outbox.stop(), providers.close(), planNetwork.close()]);
      desk.close();
      directory.close();
      built.dispose();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
