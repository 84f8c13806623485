import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DeskError } from '../../shared/desk-error';
import { logFolderPath } from '../app-paths';
import { DataFolderInUseError, lockDataFolder, type DataFolderLock } from '../desk/data-folder-lock';
import { openDeskLog } from '../logging/desk-log';
import { openUpdatableDirectory } from './directory-updater';
import { PackRefusedError, type PackRefusalReason } from './pack-refused-error';
import { readSignatureBeside } from './signature-file';
import { describeUpdateProgress } from './update-progress-text';

/**
 * `npm run import -- [--data-dir DIR] FILE`: for an administrator preparing PCs, applies a signed
 * directory pack to a data folder while the app is closed. It goes through the app's own updater,
 * so a pack passes the same checks and switches in the same way; and it takes the data folder
 * first, so it never runs beside an app that has the folder open.
 */
export const importUsage = 'Usage: npm run import -- [--data-dir DIR] FILE';

export interface ImportArguments {
  /** null: the app's own data folder. */
  dataDir: string | null;
  packPath: string;
}

export type ImportRefusalReason =
  PackRefusalReason | 'usage' | 'not-built' | 'unreadable' | 'in-use' | 'failed';

/** What the command prints on standard output, as one JSON line a script can read. */
export type ImportSummary =
  | {
      applied: true;
      version: string;
      previousVersion: string;
      entries: number;
      added: number;
      changed: number;
      removed: number;
    }
  | { applied: false; reason: ImportRefusalReason; message: string };

export interface ImportOutcome {
  summary: ImportSummary;
  /** 0 applied; 2 refused, for a reason the administrator can fix; 1 failed. */
  exitCode: 0 | 1 | 2;
}

export interface ImportSetup {
  /** The app's own data folder, used when --data-dir is not given. */
  defaultDataDir: string;
  /** The directory built into this copy of Provider Desk. */
  builtInPath: string;
  /** The publisher keys shipped with the app. */
  appKeysFolder: string;
  nativeBinding?: string;
  /** Told each step as a line for standard error. */
  report(line: string): void;
}

/** The arguments after `npm run import --`, or null when they are not a folder and one file. */
export function parseImportArguments(argv: readonly string[]): ImportArguments | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch {
    return null;
  }
  const [packPath, ...more] = parsed.positionals;
  if (packPath === undefined || more.length > 0) return null;
  return { dataDir: parsed.values['data-dir'] ?? null, packPath };
}

const refused = (reason: ImportRefusalReason, message: string): ImportOutcome => ({
  summary: { applied: false, reason, message },
  exitCode: 2,
});

export async function runImportCommand(argv: readonly string[], setup: ImportSetup): Promise<ImportOutcome> {
  const args = parseImportArguments(argv);
  if (!args) {
    setup.report(importUsage);
    return refused('usage', importUsage);
  }
  if (!existsSync(setup.builtInPath)) {
    return refused(
      'not-built',
      `The directory built into Provider Desk is missing (${setup.builtInPath}). Run npm run build first.`,
    );
  }
  const userDataDir = resolve(args.dataDir ?? setup.defaultDataDir);
  let lock: DataFolderLock;
  try {
    lock = lockDataFolder(userDataDir, { transport: 'import', nativeBinding: setup.nativeBinding });
  } catch (error) {
    if (error instanceof DataFolderInUseError) return refused('in-use', error.message);
    throw error;
  }
  try {
    return await importPack(resolve(args.packPath), userDataDir, setup);
  } catch (error) {
    if (error instanceof PackRefusedError) return refused(error.reason, error.message);
    if (!(error instanceof DeskError)) throw error;
    return { summary: { applied: false, reason: 'failed', message: error.message }, exitCode: 1 };
  } finally {
    lock.release();
  }
}

async function importPack(packPath: string, userDataDir: string, setup: ImportSetup): Promise<ImportOutcome> {
  let packBytes: Buffer;
  try {
    packBytes = readFileSync(packPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return refused(
      'unreadable',
      `Cannot read the directory file ${packPath} (${code}). Nothing was changed.`,
    );
  }
  const signatureText = readSignatureBeside(packPath);
  const { directory, updater } = openUpdatableDirectory({
    userDataDir,
    builtInPath: setup.builtInPath,
    appKeysFolder: setup.appKeysFolder,
    nativeBinding: setup.nativeBinding,
    log: openDeskLog(logFolderPath(userDataDir)),
  });
  try {
    const previousVersion = updater.status().version;
    let lastLine = '';
    const status = await updater.apply(packBytes, signatureText, {
      onProgress(progress) {
        const line = describeUpdateProgress(progress);
        if (line !== lastLine) setup.report(line);
        lastLine = line;
      },
    });
    const changes = status.lastUpdate?.changes;
    return {
      summary: {
        applied: true,
        version: status.version,
        previousVersion,
        entries: directory.info().entryCount,
        added: changes?.added.length ?? 0,
        changed: changes?.changed.length ?? 0,
        removed: changes?.removed.length ?? 0,
      },
      exitCode: 0,
    };
  } finally {
    directory.close();
  }
}
