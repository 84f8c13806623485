import { existsSync, rmSync } from 'node:fs';
import { DeskError } from '../../shared/desk-error';
import type {
  ProviderDataStatus,
  ProviderImportProgress,
  ProviderSearchResult,
  RegistryProvider,
} from '../../shared/npi-registry';
import { npiDatabasePath } from '../app-paths';
import type { FileStaging } from '../imports/staged-files';
import { buildingPathOf, switchInBuiltDatabase } from '../imports/switch-in-database';
import type { DeskLog } from '../logging/desk-log';
import { describeError } from '../logging/scrub-text';
import { openNpiRegistry, type NpiRegistry } from './npi-registry';
import type { OnlineLookup } from './npi-online-lookup';
import { describeImportOutcome } from './import-outcome-text';
import type { RegistryImportJob, RegistryImportResult, RegistryImportStep } from './registry-import';
import { runRegistryImport } from './run-registry-import';
import { estimateImportRate } from '../imports/import-rate';

/**
 * The page's side of provider data: the NPI registry on this computer (npi.db), its imports,
 * and the one online lookup the registry's public API allows.
 */
export interface ProviderDataService {
  search(query: string): ProviderSearchResult;
  get(npi: string): { provider: RegistryProvider | null };
  lookupOnline(npi: string): Promise<{ provider: RegistryProvider | null; problem: string | null }>;
  status(): ProviderDataStatus;
  /** Starts an import of a staged file and returns at once; providers.changed tells the rest. */
  importFile(stagedFile: string, states: readonly string[] | null): ProviderDataStatus;
  cancelImport(): ProviderDataStatus;
  /** The import under way, if any, to wait for (tests, and closing). */
  importDone(): Promise<void>;
  /** Stops an import under way and closes npi.db. */
  close(): Promise<void>;
}

export interface ProviderDataOptions {
  userDataDir: string;
  nuccCsvPath: string;
  nativeBinding?: string;
  staging: FileStaging;
  online: OnlineLookup;
  log: DeskLog;
  now?: () => Date;
  /** Told every change of status, import progress included (a few times a second at most). */
  onChanged?: (status: ProviderDataStatus) => void;
  /** Runs an import; a worker thread by default. */
  runImport?: typeof runRegistryImport;
}

/** The page needs a few updates a second, not one per batch of rows. */
const progressIntervalMs = 250;

export function createProviderDataService(options: ProviderDataOptions): ProviderDataService {
  const registryPath = npiDatabasePath(options.userDataDir);
  const now = options.now ?? (() => new Date());
  const runImport = options.runImport ?? runRegistryImport;
  let registry: NpiRegistry | null = null;
  let lastOutcome: ProviderDataStatus['lastOutcome'] = null;
  let importing: { progress: ProviderImportProgress; abort: AbortController; done: Promise<void> } | null =
    null;
  let lastAnnounced = 0;

  // A build a crash or kill left behind is never used: only a checked build is renamed in.
  rmSync(buildingPathOf(registryPath), { force: true });
  openRegistryInUse();

  function openRegistryInUse(): void {
    registry?.close();
    registry = null;
    if (!existsSync(registryPath)) return;
    try {
      registry = openNpiRegistry(registryPath, { nativeBinding: options.nativeBinding });
    } catch (error) {
      options.log.error('providers.openFailed', { detail: describeError(error) });
      lastOutcome = {
        ok: false,
        message:
          'The provider data on this computer could not be read. Import the NPI registry file again under Settings → Provider data.',
        at: now().toISOString(),
      };
    }
  }

  function status(): ProviderDataStatus {
    const summary = registry?.summary() ?? null;
    return {
      registry: summary,
      importing: importing?.progress ?? null,
      lastOutcome,
    };
  }

  const announce = () => options.onChanged?.(status());

  function onStep(step: RegistryImportStep, startedAt: number, fileName: string): void {
    if (!importing) return;
    const { perSecond, secondsLeft } = estimateImportRate(
      { done: step.rows, reading: step.phase === 'reading', ...step },
      (Date.now() - startedAt) / 1000,
    );
    importing.progress = { fileName, ...step, rowsPerSecond: perSecond, secondsLeft };
    const at = Date.now();
    if (at - lastAnnounced < progressIntervalMs && step.phase === 'reading') return;
    lastAnnounced = at;
    announce();
  }

  async function run(job: RegistryImportJob, fileName: string, signal: AbortSignal, discard: () => void) {
    const startedAt = Date.now();
    let outcome: ProviderDataStatus['lastOutcome'];
    try {
      const result: RegistryImportResult = await runImport(job, {
        signal,
        onStep: (step) => onStep(step, startedAt, fileName),
      });
      if (importing) importing.progress = { ...importing.progress, phase: 'switching', secondsLeft: 0 };
      registry?.close();
      registry = null;
      switchInBuiltDatabase(registryPath);
      openRegistryInUse();
      outcome = { ok: true, message: describeImportOutcome(result), at: now().toISOString() };
      options.log.info('providers.imported', {
        coverage: result.coverage,
        fileDate: result.fileDate,
        rows: result.rows,
        kept: result.rowsKept,
        providers: result.providerCount,
        seconds: Math.round((Date.now() - startedAt) / 100) / 10,
      });
    } catch (error) {
      rmSync(buildingPathOf(registryPath), { force: true });
      if (!registry) openRegistryInUse();
      const message =
        error instanceof DeskError
          ? error.message
          : 'The import failed. The provider data in use was not changed.';
      outcome = { ok: false, message, at: now().toISOString() };
      options.log.warn('providers.importRefused', {
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

  return {
    search(query) {
      if (!registry) return { query, hits: [], more: false, corrections: [], registryImported: false };
      return { ...registry.search(query), registryImported: true };
    },
    get: (npi) => ({ provider: registry?.lookup(npi) ?? null }),
    lookupOnline: (npi) => options.online.lookup(npi),
    status,
    importFile(stagedFile, states) {
      const file = options.staging.take(stagedFile);
      if (importing) {
        // The file is not kept for later: a person imports it again once this import is done.
        file.discard();
        throw new DeskError(
          'in-use',
          'Provider data is being imported already. Wait for it to finish, or cancel it first.',
        );
      }
      const abort = new AbortController();
      const job: RegistryImportJob = {
        sourcePath: file.path,
        sourceName: file.name,
        states: states?.length ? [...new Set(states)] : null,
        registryPath,
        buildingPath: buildingPathOf(registryPath),
        nuccCsvPath: options.nuccCsvPath,
        nativeBinding: options.nativeBinding,
        appliedAt: now().toISOString(),
      };
      const progress: ProviderImportProgress = {
        fileName: file.name,
        phase: 'reading',
        rows: 0,
        rowsKept: 0,
        rowsPerSecond: 0,
        bytesRead: 0,
        totalBytes: null,
        secondsLeft: null,
      };
      importing = { progress, abort, done: Promise.resolve() };
      importing.done = run(job, file.name, abort.signal, () => file.discard());
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
      registry?.close();
      registry = null;
    },
  };
}
