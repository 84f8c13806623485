import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { DeskError } from '../../../shared/desk-error';
import { networkDatabasePath } from '../../app-paths';
import { buildingPathOf, switchInBuiltDatabase } from '../../imports/switch-in-database';
import { importNetworkData, type NetworkImportOrigin, type NetworkImportResult } from './network-import';
import { describeNetworkImportOutcome, describeNetworkImportStep } from './network-import-text';

/** A server that pages forever is stopped here; the app's setting has the same default. */
export const commandMaxPages = 100_000;

/**
 * `npm run import` for Plan-Net data: the same import the app runs (the data folder is already
 * taken by the caller, so the app cannot be using network.db), built aside and renamed in.
 */
export async function importNetworkCommand(
  origin: NetworkImportOrigin,
  userDataDir: string,
  options: {
    nuccCsvPath: string;
    nativeBinding?: string;
    report(line: string): void;
    now?: () => Date;
  },
): Promise<{ result: NetworkImportResult; message: string }> {
  const networkPath = networkDatabasePath(userDataDir);
  let lastReport = 0;
  try {
    const result = await importNetworkData(
      {
        origin,
        networkPath,
        buildingPath: buildingPathOf(networkPath),
        nuccCsvPath: options.nuccCsvPath,
        nativeBinding: options.nativeBinding,
        importedAt: (options.now ?? (() => new Date()))().toISOString(),
      },
      (step) => {
        if (step.phase === 'reading' && step.waitingUntil === null && Date.now() - lastReport < 1_000) return;
        lastReport = Date.now();
        options.report(describeNetworkImportStep(step));
      },
    );
    switchInBuiltDatabase(networkPath);
    return { result, message: describeNetworkImportOutcome(result) };
  } catch (error) {
    rmSync(buildingPathOf(networkPath), { force: true });
    if (error instanceof DeskError) throw error;
    throw new DeskError(
      'internal',
      `The import failed (${error instanceof Error ? error.message : String(error)}). The plan network in use was not changed.`,
      { cause: error },
    );
  }
}

/** Files and folders as the command names them in its outcome. */
export const filesOrigin = (path: string): NetworkImportOrigin => ({
  kind: 'files',
  paths: [path],
  names: [basename(path)],
});
