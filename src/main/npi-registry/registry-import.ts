import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { ProviderImportProgress } from '../../shared/npi-registry';
import { spokenDay } from '../../shared/spoken-day';
import { startFullBuild, startIncrement, type RegistryBuilder } from './registry-builder';
import { openNpiRegistry } from './npi-registry';
import { readRegistryFile, sniffRegistryFile } from './read/read-registry-file';
import { registryFileNaming } from './read/registry-file-name';
import { openRegistrySource } from './read/registry-source';
import { RegistryImportRefusedError } from './registry-import-refused-error';

/** One import of a registry file, as main hands it to the worker. */
export interface RegistryImportJob {
  /** The file to read, and the name it was chosen under (which says its date and kind). */
  sourcePath: string;
  sourceName: string;
  /** Null or empty: keep all states. */
  states: readonly string[] | null;
  /** npi.db: read (for a weekly file) but never written. */
  registryPath: string;
  /** Where the new npi.db is built; main renames it over npi.db after the checks pass. */
  buildingPath: string;
  nuccCsvPath: string;
  nativeBinding?: string;
  appliedAt: string;
}

export type RegistryImportStep = Pick<
  ProviderImportProgress,
  'phase' | 'rows' | 'rowsKept' | 'bytesRead' | 'totalBytes'
>;

export interface RegistryImportResult {
  fileName: string;
  fileDate: string;
  coverage: 'full' | 'weekly';
  rows: number;
  rowsKept: number;
  providerCount: number;
  states: string[] | null;
}

/**
 * Reads a registry file into a new npi.db built aside: a monthly file from nothing, a weekly file
 * on a copy of the registry in use. Throws RegistryImportRefusedError (with a sentence saying
 * what to do) for a file it will not use; the file in use is never touched.
 */
export async function importRegistryFile(
  job: RegistryImportJob,
  onStep: (step: RegistryImportStep) => void,
): Promise<RegistryImportResult> {
  const kind = await sniffRegistryFile(job.sourcePath);
  if (kind === 'secondary-locations') {
    throw new RegistryImportRefusedError(
      `${job.sourceName} lists only secondary practice locations (the registry's pl_pfile). Import the NPPES zip as downloaded, or its npidata_pfile CSV. Nothing was changed.`,
    );
  }
  if (kind === 'not-registry') {
    throw new RegistryImportRefusedError(
      `${job.sourceName} is not an NPI registry file: its first line is not the registry's header. Choose the NPPES Data Dissemination zip from CMS, or the npidata_pfile CSV inside it. Nothing was changed.`,
    );
  }
  const { coverage, fileDate } = await namingOf(job.sourcePath);
  const states =
    coverage === 'weekly'
      ? statesOfRegistryInUse(job, fileDate)
      : job.states?.length
        ? [...job.states]
        : null;
  rmSync(job.buildingPath, { force: true });
  const builder: RegistryBuilder =
    coverage === 'weekly'
      ? startIncrement(job.registryPath, job.buildingPath, { nativeBinding: job.nativeBinding })
      : startFullBuild(job.buildingPath, {
          nuccCsvPath: job.nuccCsvPath,
          states,
          nativeBinding: job.nativeBinding,
        });
  try {
    let last: RegistryImportStep = { phase: 'reading', rows: 0, rowsKept: 0, bytesRead: 0, totalBytes: null };
    const read = await readRegistryFile(job.sourcePath, {
      states: states ? new Set(states) : null,
      onRecords: (records) => builder.addRecords(records),
      onSecondaryLocations: (locations) => builder.addSecondaryLocations(locations),
      onProgress: (progress) => {
        last = { phase: 'reading', ...progress };
        onStep(last);
      },
    });
    onStep({ ...last, phase: 'indexing', rows: read.rows, rowsKept: read.rowsKept });
    const built = builder.finish(read.info, job.appliedAt);
    return {
      fileName: read.info.fileName,
      fileDate: read.info.fileDate,
      coverage: read.info.coverage,
      rows: read.rows,
      rowsKept: read.rowsKept,
      providerCount: built.providerCount,
      states,
    };
  } catch (error) {
    builder.abandon();
    throw error;
  }
}

/** Whether the file is a monthly replacement or a weekly increment, from its names, before reading it. */
async function namingOf(path: string): Promise<{ coverage: 'full' | 'weekly'; fileDate: string | null }> {
  const source = await openRegistrySource(path);
  try {
    // A zip without a registry file is refused by the reader, with the sentence for it.
    return source.main
      ? registryFileNaming(source.main.name, source.containerName)
      : { coverage: 'full', fileDate: null };
  } finally {
    await source.close();
  }
}

/**
 * A weekly file only makes sense on top of a registry, newer than every file already in it (an
 * older one would undo newer facts), and keeps the states that registry keeps.
 */
function statesOfRegistryInUse(job: RegistryImportJob, fileDate: string | null): string[] | null {
  if (!existsSync(job.registryPath)) {
    throw new RegistryImportRefusedError(
      `${basename(job.sourceName)} is a weekly file: it holds only a week's changes. Import the full monthly file first, then the weekly files after it. Nothing was changed.`,
    );
  }
  const registry = openNpiRegistry(job.registryPath, { nativeBinding: job.nativeBinding });
  try {
    const { states, full, weekly } = registry.summary();
    const latest =
      [full, ...weekly]
        .map((file) => file.fileDate)
        .sort()
        .at(-1) ?? full.fileDate;
    if (fileDate !== null && fileDate <= latest) {
      throw new RegistryImportRefusedError(
        `${basename(job.sourceName)} is the weekly file of ${spokenDay(fileDate)}, but the registry on this computer already holds the file of ${spokenDay(latest)}. Import the weekly files after ${spokenDay(latest)}, or a newer monthly file. Nothing was changed.`,
      );
    }
    const asked = job.states?.length ? [...job.states].sort().join(',') : null;
    if (asked !== null && asked !== (states ? [...states].sort().join(',') : null)) {
      throw new RegistryImportRefusedError(
        `A weekly file is applied to the states the registry on this computer keeps (${states ? states.join(', ') : 'all states'}). Import it without choosing states, or import a full monthly file for other states. Nothing was changed.`,
      );
    }
    return states;
  } finally {
    registry.close();
  }
}
