import { existsSync, rmSync } from 'node:fs';
import type { NetworkImportProgress, NetworkSource } from '../../../shared/plan-net';
import { startNetworkBuild, type NetworkBuild, type NetworkBuildSummary } from '../db/network-build';
import { openNetworkDirectory } from '../db/network-directory';
import { readPlanNetServer } from '../server/read-plan-net-server';
import { NetworkImportRefusedError } from './network-import-refused-error';
import { readNetworkRows } from './read-network-rows';

/** Where the data comes from, as main hands it to the worker. */
export type NetworkImportOrigin =
  | { kind: 'files'; paths: readonly string[]; names: readonly string[] }
  | { kind: 'server'; url: string; onlyChanges: boolean; maxPages: number };

/** One import of Plan-Net data, as main hands it to the worker. */
export interface NetworkImportJob {
  origin: NetworkImportOrigin;
  /** network.db: read (for an increment) but never written. */
  networkPath: string;
  /** Where the new network.db is built; main renames it over network.db after the checks pass. */
  buildingPath: string;
  nuccCsvPath: string;
  nativeBinding?: string;
  importedAt: string;
  /** Tests shorten a server's backoff; the app waits as the server asks. */
  retryDelayMs?: number;
}

export type NetworkImportStep = Pick<
  NetworkImportProgress,
  'phase' | 'resources' | 'bytesRead' | 'totalBytes' | 'pages' | 'waitingUntil'
>;

export interface NetworkImportResult extends NetworkBuildSummary {
  source: NetworkSource;
  /** Resources read from the source (an increment: only the changed ones). */
  resourcesRead: number;
  increment: boolean;
}

/**
 * Reads Plan-Net data into a new network.db built aside: files or a whole server from nothing,
 * a server's changes on a copy of the network in use. Throws a DeskError with a sentence saying
 * what to do for data it will not use; the file in use is never touched.
 */
export async function importNetworkData(
  job: NetworkImportJob,
  onStep: (step: NetworkImportStep) => void,
  signal?: AbortSignal,
): Promise<NetworkImportResult> {
  const { origin } = job;
  const since = origin.kind === 'server' && origin.onlyChanges ? changesSince(job, origin.url) : null;
  const source: NetworkSource =
    origin.kind === 'files' ? filesSource(origin.names) : { kind: 'server', url: origin.url, since };
  rmSync(job.buildingPath, { force: true });
  const build: NetworkBuild = startNetworkBuild({
    path: job.buildingPath,
    basedOn: since === null ? null : job.networkPath,
    source,
    importedAt: job.importedAt,
    nuccPath: job.nuccCsvPath,
    nativeBinding: job.nativeBinding,
  });
  try {
    let last: NetworkImportStep = {
      phase: 'reading',
      resources: 0,
      bytesRead: origin.kind === 'files' ? 0 : null,
      totalBytes: null,
      pages: origin.kind === 'server' ? 0 : null,
      waitingUntil: null,
    };
    const onResources = (batch: Parameters<NetworkBuild['add']>[0]) => build.add(batch);
    const read =
      origin.kind === 'files'
        ? await readNetworkRows(origin.paths, {
            nuccCsvPath: job.nuccCsvPath,
            signal,
            onRows: (batch, place) => build.addCompact(batch, place),
            onProgress: (progress) => onStep((last = { ...last, ...progress })),
          })
        : await readPlanNetServer(origin.url, {
            signal,
            onResources,
            since,
            maxPages: origin.maxPages,
            retryDelayMs: job.retryDelayMs,
            onProgress: (progress) => onStep((last = { ...last, ...progress })),
          });
    signal?.throwIfAborted();
    const summary = build.finish((phase) => onStep((last = { ...last, phase })));
    if (since === null) refuseWithoutProviders(summary, source);
    return { ...summary, source, resourcesRead: read.resources, increment: since !== null };
  } catch (error) {
    build.abandon();
    throw error;
  }
}

/** The first names of the files, and how many there were. */
export function filesSource(names: readonly string[]): NetworkSource {
  return { kind: 'files', names: names.slice(0, 10), fileCount: names.length };
}

/**
 * A whole import replaces the network in use, so one that names nobody in network (an empty
 * folder, a server answering empty pages, other FHIR data) would leave the desk with nothing.
 * The build is already closed; the caller deletes it, as after any refusal.
 */
function refuseWithoutProviders(summary: NetworkBuildSummary, source: NetworkSource): void {
  const { countsByType } = summary.report;
  if ((countsByType['PractitionerRole'] ?? 0) + (countsByType['OrganizationAffiliation'] ?? 0) > 0) return;
  const where = source.kind === 'server' ? source.url : source.names.join(', ') || 'the chosen files';
  throw new NetworkImportRefusedError(
    `${where} holds no in-network providers (no PractitionerRole or OrganizationAffiliation resources), so it is not a plan's provider directory, or it is empty. Check the folder, file or address. Nothing was changed.`,
  );
}

/**
 * An increment asks the server for what changed since the newest change the network in use
 * holds, and is added on top of it: so it needs a network imported from that same server.
 */
function changesSince(job: NetworkImportJob, url: string): string {
  if (!existsSync(job.networkPath)) {
    throw new NetworkImportRefusedError(
      'There is no plan network on this computer to add changes to. Import the whole directory from the server first (leave "Only changes since the last import" unticked). Nothing was changed.',
    );
  }
  const directory = openNetworkDirectory(job.networkPath, { nativeBinding: job.nativeBinding });
  try {
    const { source, dataLastUpdated, importedAt } = directory.info();
    if (source.kind !== 'server' || sameServer(source.url) !== sameServer(url)) {
      throw new NetworkImportRefusedError(
        `The plan network on this computer did not come from ${url}, so changes from it cannot be added on top. Import the whole directory from that server instead. Nothing was changed.`,
      );
    }
    // The day of the last import bounds it: one record dated in the future must not make every
    // later change look older than it.
    const importedOn = importedAt.slice(0, 10);
    return dataLastUpdated !== null && dataLastUpdated < importedOn ? dataLastUpdated : importedOn;
  } finally {
    directory.close();
  }
}

const sameServer = (url: string) => url.trim().replace(/\/+$/, '').toLowerCase();
