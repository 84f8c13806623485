import { DeskError } from '../../shared/desk-error';
import { npiDatabasePath } from '../app-paths';
import type { RegistryImportResult, RegistryImportStep } from './registry-import';
import { importRegistryFile } from './registry-import';
import { buildingPathOf, switchInBuiltDatabase } from '../imports/switch-in-database';
import { describeImportOutcome } from './import-outcome-text';
import { rmSync } from 'node:fs';
import { basename } from 'node:path';

const count = (value: number) => value.toLocaleString('en-US');

/** A line for standard error now and then: a registry file takes minutes, and silence looks stuck. */
export function describeImportStep(step: RegistryImportStep): string {
  if (step.phase !== 'reading') return 'Indexing and checking the new provider data…';
  const share = step.totalBytes ? ` (${Math.floor((100 * step.bytesRead) / step.totalBytes)}%)` : '';
  return `Reading: ${count(step.rows)} rows read, ${count(step.rowsKept)} kept${share}`;
}

/**
 * `npm run import` for an NPI registry file: the same import the app runs (the data folder is
 * already taken by the caller, so the app cannot be using npi.db), built aside and renamed in.
 */
export async function importRegistryFileCommand(
  sourcePath: string,
  userDataDir: string,
  options: {
    states: readonly string[] | null;
    nuccCsvPath: string;
    nativeBinding?: string;
    report(line: string): void;
    now?: () => Date;
  },
): Promise<{ result: RegistryImportResult; message: string }> {
  const registryPath = npiDatabasePath(userDataDir);
  let lastReport = 0;
  try {
    const result = await importRegistryFile(
      {
        sourcePath,
        sourceName: basename(sourcePath),
        states: options.states,
        registryPath,
        buildingPath: buildingPathOf(registryPath),
        nuccCsvPath: options.nuccCsvPath,
        nativeBinding: options.nativeBinding,
        appliedAt: (options.now ?? (() => new Date()))().toISOString(),
      },
      (step) => {
        if (step.phase === 'reading' && Date.now() - lastReport < 1_000) return;
        lastReport = Date.now();
        options.report(describeImportStep(step));
      },
    );
    switchInBuiltDatabase(registryPath);
    return { result, message: describeImportOutcome(result) };
  } catch (error) {
    rmSync(buildingPathOf(registryPath), { force: true });
    if (error instanceof DeskError) throw error;
    throw new DeskError(
      'internal',
      `The import failed (${error instanceof Error ? error.message : String(error)}). The provider data in use was not changed.`,
      { cause: error },
    );
  }
}
