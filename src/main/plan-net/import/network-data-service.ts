import { existsSync, rmSync } from 'node:fs';
import { DeskError } from '../../../shared/desk-error';
import type {
  NetworkDataStatus,
  NetworkFilterChoices,
  NetworkFilters,
  NetworkMembership,
  NetworkProvider,
  NetworkSearchResult,
  StartNetworkImport,
} from '../../../shared/plan-net';
import { networkDatabasePath } from '../../app-paths';
import { estimateImportRate } from '../../imports/import-rate';
import type { FileStaging, StagedFile } from '../../imports/staged-files';
import { buildingPathOf, switchInBuiltDatabase } from '../../imports/switch-in-database';
import type { DeskLog } from '../../logging/desk-log';
import { describeError } from '../../logging/scrub-text';
import { openNetworkDirectory, type NetworkDirectory } from '../db/network-directory';
import {
  filesSource,
  type NetworkImportJob,
  type NetworkImportOrigin,
  type NetworkImportStep,
} from './network-import';
import { describeNetworkImportOutcome, describeNetworkSource } from './network-import-text';
import { runNetworkImport } from './run-network-import';

/** The page's side of the plan's network: network.db on this computer, and its imports. */
export interface NetworkDataService {
  search(query: string, filters: NetworkFilters): NetworkSearchResult;
  get(key: string): { provider: NetworkProvider | null };
  forNpi(npi: string): NetworkMembership;
  filterChoices(): NetworkFilterChoices;
  status(): NetworkDataStatus;
  /** Starts an import and returns at once; network.changed tells the rest. */
  startImport(request: StartNetworkImport): NetworkDataStatus;
  cancelImport(): NetworkDataStatus;
  /** The import under way, if any, to wait for (tests, and closing). */
  importDone(): Promise<void>;
  /** Stops an import under way and closes network.db. */
  close(): Promise<void>;
}

export interface NetworkDataOptions {
  userDataDir: string;
  nuccCsvPath: string;
  /** better-sqlite3's addon for Electron's ABI; Node's own build is used when absent. */
  nativeBinding?: string;
  staging: FileStaging;
  log: DeskLog;
  now?: () => Date;
  /** Told every change of status, import progress included (a few times a second at most). */
  onChanged?: (status: NetworkDataStatus) => void;
  /** Runs an import; a worker thread by default. */
  runImport?: typeof runNetworkImport;
  /** Tests shorten a server's backoff. */
  retryDelayMs?: number;
}

/** The page needs a few updates a second, not one per batch of resources. */
const progressIntervalMs = 250;

const noChoices: NetworkFilterChoices = { networks: [], languages: [], specialties: [] };

export function createNetworkDataService(options: NetworkDataOptions): NetworkDataService {
  const networkPath = networkDatabasePath(options.userDataDir);
  const now = options.now ?? (() => new Date());
  const runImport = options.runImport ?? runNetworkImport;
  let directory: NetworkDirectory | null = null;
  let lastOutcome: NetworkDataStatus['lastOutcome'] = null;
  let importing: {
    progress: NonNullable<NetworkDataStatus['importing']>;
    abort: AbortController;
    done: Promise<void>;
  } | null = null;
  let lastAnnounced = 0;

  // A build a crash or kill left behind is never used: only a checked build is renamed in.
  rmSync(buildingPathOf(networkPath), { force: true });
  openNetworkInUse();

  function openNetworkInUse(): void {
    directory?.close();
    directory = null;
    if (!existsSync(networkPath)) return;
    try {
      directory = openNetworkDirectory(networkPath, { nativeBinding: options.nativeBinding });
    } catch (error) {
      options.log.error('network.openFailed', { detail: describeError(error) });
      lastOutcome = {
        ok: false,
        message:
          "The plan network on this computer could not be read. Import the plan's provider directory again under Settings → Plan network.",
        at: now().toISOString(),
      };
    }
  }

  function status(): NetworkDataStatus {
    const info = directory?.info() ?? null;
    return {
      network: info && {
        source: info.source,
        importedAt: info.importedAt,
        dataLastUpdated: info.dataLastUpdated,
        resourceCount: info.resourceCount,
        networks: info.networks,
        report: info.report,
      },
      importing: importing?.progress ?? null,
      lastOutcome,
    };
  }

  const announce = () => options.onChanged?.(status());

  function onStep(step: NetworkImportStep, startedAt: number): void {
    if (!importing) return;
    const { perSecond, secondsLeft } = estimateImportRate(
      { done: step.resources, reading: step.phase === 'reading', ...step },
      (Date.now() - startedAt) / 1000,
    );
    importing.progress = { ...importing.progress, ...step, resourcesPerSecond: perSecond, secondsLeft };
    const at = Date.now();
    if (at - lastAnnounced < progressIntervalMs && step.phase === 'reading' && step.waitingUntil === null)
      return;
    lastAnnounced = at;
    announce();
  }

  async function run(job: NetworkImportJob, signal: AbortSignal, discard: () => void): Promise<void> {
    const startedAt = Date.now();
    let outcome: NetworkDataStatus['lastOutcome'];
    try {
      const result = await runImport(job, { signal, onStep: (step) => onStep(step, startedAt) });
      if (importing) importing.progress = { ...importing.progress, phase: 'switching', secondsLeft: 0 };
      directory?.close();
      directory = null;
      switchInBuiltDatabase(networkPath);
      openNetworkInUse();
      outcome = { ok: true, message: describeNetworkImportOutcome(result), at: now().toISOString() };
      options.log.info('network.imported', {
        origin: result.source.kind,
        increment: result.increment,
        resources: result.resourceCount,
        count: result.resourcesRead,
        seconds: Math.round((Date.now() - startedAt) / 100) / 10,
      });
    } catch (error) {
      rmSync(buildingPathOf(networkPath), { force: true });
      if (!directory) openNetworkInUse();
      const message =
        error instanceof DeskError
          ? error.message
          : 'The import failed. The plan network in use was not changed.';
      outcome = { ok: false, message, at: now().toISOString() };
      options.log.warn('network.importRefused', {
        code: error instanceof DeskError ? error.code : 'internal',
        detail: describeError(error),
      });
    } finally {
      discard();
    }
    lastOutcome = outcome;
    importing = null;
    announce();
  }

  /** The staged files, taken now (an id is good once); all are discarded if one is missing. */
  function takeStaged(ids: readonly string[]): StagedFile[] {
    const taken: StagedFile[] = [];
    let missing: Error | null = null;
    for (const id of ids) {
      try {
        taken.push(options.staging.take(id));
      } catch (error) {
        missing ??= error instanceof Error ? error : new Error(String(error));
      }
    }
    if (missing === null) return taken;
    for (const file of taken) file.discard();
    throw missing;
  }

  return {
    search(query, filters) {
      if (!directory) return { query, hits: [], more: false, corrections: [], networkImported: false };
      return directory.search(query, filters);
    },
    get: (key) => ({ provider: directory?.get(key) ?? null }),
    forNpi: (npi) => ({ memberships: directory?.forNpi(npi) ?? [], networkImported: directory !== null }),
    filterChoices: () => directory?.filterChoices() ?? noChoices,
    status,
    startImport(request) {
      const files = request.kind === 'files' ? takeStaged(request.stagedFiles) : [];
      const discard = () => {
        for (const file of files) file.discard();
      };
      if (importing) {
        // The files are not kept for later: a person imports them again once this import is done.
        discard();
        throw new DeskError(
          'in-use',
          'The plan network is being imported already. Wait for it to finish, or cancel it first.',
        );
      }
      const origin: NetworkImportOrigin =
        request.kind === 'files'
          ? { kind: 'files', paths: files.map((file) => file.path), names: files.map((file) => file.name) }
          : {
              kind: 'server',
              url: request.url,
              onlyChanges: request.onlyChanges,
              maxPages: request.maxPages,
            };
      const job: NetworkImportJob = {
        origin,
        networkPath,
        buildingPath: buildingPathOf(networkPath),
        nuccCsvPath: options.nuccCsvPath,
        nativeBinding: options.nativeBinding,
        importedAt: now().toISOString(),
        retryDelayMs: options.retryDelayMs,
      };
      const abort = new AbortController();
      importing = {
        progress: {
          source: describeNetworkSource(
            origin.kind === 'files'
              ? filesSource(origin.names)
              : { kind: 'server', url: origin.url, since: null },
          ),
          phase: 'reading',
          resources: 0,
          resourcesPerSecond: 0,
          bytesRead: origin.kind === 'files' ? 0 : null,
          totalBytes: null,
          pages: origin.kind === 'server' ? 0 : null,
          waitingUntil: null,
          secondsLeft: null,
        },
        abort,
        done: Promise.resolve(),
      };
      importing.done = run(job, abort.signal, discard);
      const started = status();
      announce();
      return started;
    },
    cancelImport() {
      importing?.abort.abort();
      return status();
    },
    importDone: () => importing?.done ?? Promise.resolve(),
    async close() {
      importing?.abort.abort();
      await (importing?.done ?? Promise.resolve());
      directory?.close();
      directory = null;
    },
  };
}
