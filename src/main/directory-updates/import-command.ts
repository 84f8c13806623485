import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DeskError } from '../../shared/desk-error';
import { stateCodes } from '../../shared/validation/postal';
import { logFolderPath } from '../app-paths';
import { DataFolderInUseError, lockDataFolder, type DataFolderLock } from '../desk/data-folder-lock';
import { openDeskLog } from '../logging/desk-log';
import { sniffRegistryFile } from '../npi-registry/read/read-registry-file';
import { importRegistryFileCommand } from '../npi-registry/registry-import-command';
import type { NetworkImportReport } from '../../shared/plan-net';
import type { NetworkImportOrigin } from '../plan-net/import/network-import';
import {
  commandMaxPages,
  filesOrigin,
  importNetworkCommand,
} from '../plan-net/import/network-import-command';
import { isPlanNetData, isServerAddress } from '../plan-net/sniff-plan-net';
import { openUpdatableDirectory } from './directory-updater';
import { PackRefusedError, type PackRefusalReason } from './pack-refused-error';
import { readSignatureBeside } from './signature-file';
import { describeUpdateProgress } from './update-progress-text';

/**
 * `npm run import -- [--data-dir DIR] [--states OR,WA] [--only-changes] [--max-pages N] PATH|URL`:
 * for an administrator preparing PCs, imports into a data folder while the app is closed. The
 * source says what it is: a Plan-Net server's address (http or https), an NPI registry file
 * (NPPES, zip or CSV) recognised by its header, Plan-Net data (a folder, .ndjson, FHIR JSON, or a
 * zip of them), and anything else is read as a signed directory pack. Each goes through the app's own pipeline, so it passes the same checks
 * and switches in the same way; and the data folder is taken first, so the command never runs
 * beside an app that has the folder open.
 */
export const importUsage =
  'Usage: npm run import -- [--data-dir DIR] [--states OR,WA] [--only-changes] [--max-pages N] FILE|FOLDER|URL';

export interface ImportArguments {
  /** null: the app's own data folder. */
  dataDir: string | null;
  /** Registry files only: keep providers practising in these states; null: all. */
  states: string[] | null;
  /** Plan-Net servers only: ask for what changed since the network in use, and add it on top. */
  onlyChanges: boolean;
  /** Plan-Net servers only: stop (and change nothing) after this many pages. */
  maxPages: number;
  packPath: string;
}

export type ImportRefusalReason =
  | PackRefusalReason
  | 'usage'
  | 'not-built'
  | 'unreadable'
  | 'in-use'
  | 'failed'
  | 'registry-file'
  | 'plan-net-data';

/** What the command prints on standard output, as one JSON line a script can read. */
export type ImportSummary =
  | {
      applied: true;
      kind: 'directory';
      version: string;
      previousVersion: string;
      entries: number;
      added: number;
      changed: number;
      removed: number;
    }
  | {
      applied: true;
      kind: 'npi-registry';
      fileName: string;
      fileDate: string;
      coverage: 'full' | 'weekly';
      rows: number;
      kept: number;
      providers: number;
      states: string[] | null;
      message: string;
    }
  | {
      applied: true;
      kind: 'plan-net';
      /** The server's address, or the file or folder's name. */
      source: string;
      increment: boolean;
      resourcesRead: number;
      resources: number;
      networks: string[];
      report: NetworkImportReport;
      message: string;
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
  /** The NUCC taxonomy code set shipped with the app, for registry files. */
  nuccCsvPath: string;
  nativeBinding?: string;
  /** Told each step as a line for standard error. */
  report(line: string): void;
}

/** "OR,wa" → ["OR", "WA"]; null when a part is not a U.S. state or territory code. */
function parseStates(text: string): string[] | null {
  const states = text.split(',').map((part) => part.trim().toUpperCase());
  // A mistyped code (OE) would keep no provider and replace the registry with an empty one.
  const known: readonly string[] = stateCodes;
  return states.every((state) => known.includes(state)) ? [...new Set(states)] : null;
}

/** The arguments after `npm run import --`, or a sentence saying what is wrong with them. */
export function parseImportArguments(argv: readonly string[]): ImportArguments | { problem: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        states: { type: 'string' },
        'only-changes': { type: 'boolean' },
        'max-pages': { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch {
    return { problem: importUsage };
  }
  const [packPath, ...more] = parsed.positionals;
  if (packPath === undefined || more.length > 0) return { problem: importUsage };
  const statesText = parsed.values.states;
  const states = statesText === undefined ? null : parseStates(statesText);
  if (statesText !== undefined && states === null) {
    return {
      problem: `--states takes U.S. state codes separated by commas, such as --states OR,WA (not "${statesText}"). ${importUsage}`,
    };
  }
  const maxPagesText = parsed.values['max-pages'];
  const maxPages = maxPagesText === undefined ? commandMaxPages : Number(maxPagesText);
  if (!/^\d{1,7}$/.test(maxPagesText ?? '1') || maxPages < 1 || maxPages > 1_000_000) {
    return {
      problem: `--max-pages takes a whole number of pages from 1 to 1,000,000, such as --max-pages 500. ${importUsage}`,
    };
  }
  const onlyChanges = parsed.values['only-changes'] === true;
  if ((onlyChanges || maxPagesText !== undefined) && !isServerAddress(packPath)) {
    return {
      problem: `--only-changes and --max-pages apply to a Plan-Net server's address (https://…). ${importUsage}`,
    };
  }
  return { dataDir: parsed.values['data-dir'] ?? null, states, onlyChanges, maxPages, packPath };
}

const refused = (reason: ImportRefusalReason, message: string): ImportOutcome => ({
  summary: { applied: false, reason, message },
  exitCode: 2,
});

export async function runImportCommand(argv: readonly string[], setup: ImportSetup): Promise<ImportOutcome> {
  const args = parseImportArguments(argv);
  if ('problem' in args) {
    setup.report(args.problem);
    return refused('usage', args.problem);
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
    if (isServerAddress(args.packPath)) {
      const origin: NetworkImportOrigin = {
        kind: 'server',
        url: args.packPath.trim(),
        onlyChanges: args.onlyChanges,
        maxPages: args.maxPages,
      };
      return await importPlanNet(origin, userDataDir, args.states, setup);
    }
    const path = resolve(args.packPath);
    if (!existsSync(path)) return refused('unreadable', `There is no file at ${path}. Nothing was changed.`);
    // A folder is only ever Plan-Net data; a file says what it is by its start.
    if (!statSync(path).isDirectory() && (await sniffRegistryFile(path)) !== 'not-registry') {
      return await importRegistry(path, userDataDir, args.states, setup);
    }
    if (await isPlanNetData(path))
      return await importPlanNet(filesOrigin(path), userDataDir, args.states, setup);
    if (/\.(zip|csv)$/i.test(path)) {
      return refused(
        'registry-file',
        `${basename(path)} is not an NPI registry file: it holds no npidata_pfile CSV with the registry's header. Choose the NPPES Data Dissemination zip from CMS, or the npidata_pfile CSV inside it. Nothing was changed.`,
      );
    }
    if (args.states) {
      return refused(
        'usage',
        `--states applies to NPI registry files, and ${basename(path)} is not one. Nothing was changed.`,
      );
    }
    return await importPack(path, userDataDir, setup);
  } catch (error) {
    if (error instanceof PackRefusedError) return refused(error.reason, error.message);
    if (error instanceof DeskError && error.code === 'invalid-input')
      return refused('registry-file', error.message);
    if (!(error instanceof DeskError)) throw error;
    return { summary: { applied: false, reason: 'failed', message: error.message }, exitCode: 1 };
  } finally {
    lock.release();
  }
}

async function importRegistry(
  path: string,
  userDataDir: string,
  states: string[] | null,
  setup: ImportSetup,
): Promise<ImportOutcome> {
  const { result, message } = await importRegistryFileCommand(path, userDataDir, {
    states,
    nuccCsvPath: setup.nuccCsvPath,
    nativeBinding: setup.nativeBinding,
    report: (line) => setup.report(line),
  });
  setup.report(message);
  return {
    summary: {
      applied: true,
      kind: 'npi-registry',
      fileName: result.fileName,
      fileDate: result.fileDate,
      coverage: result.coverage,
      rows: result.rows,
      kept: result.rowsKept,
      providers: result.providerCount,
      states: result.states,
      message,
    },
    exitCode: 0,
  };
}

async function importPlanNet(
  origin: NetworkImportOrigin,
  userDataDir: string,
  states: string[] | null,
  setup: ImportSetup,
): Promise<ImportOutcome> {
  if (states) {
    return refused('usage', 'Plan-Net data is imported whole: leave out --states. Nothing was changed.');
  }
  try {
    const { result, message } = await importNetworkCommand(origin, userDataDir, {
      nuccCsvPath: setup.nuccCsvPath,
      nativeBinding: setup.nativeBinding,
      report: (line) => setup.report(line),
    });
    setup.report(message);
    return {
      summary: {
        applied: true,
        kind: 'plan-net',
        source: origin.kind === 'server' ? origin.url : (origin.names[0] ?? ''),
        increment: result.increment,
        resourcesRead: result.resourcesRead,
        resources: result.resourceCount,
        networks: result.networks.map((network) => network.name),
        report: result.report,
        message,
      },
      exitCode: 0,
    };
  } catch (error) {
    if (error instanceof DeskError && error.code === 'invalid-input')
      return refused('plan-net-data', error.message);
    throw error;
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
        kind: 'directory',
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
