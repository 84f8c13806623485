import { join, posix, win32 } from 'node:path';

/** The product name Electron uses for the user data folder; browser mode uses the same folder. */
export const productName = 'Provider Desk';

/**
 * SQLite and the native addon loader cannot open a file inside app.asar, so the packaged app
 * keeps such files unpacked beside it (electron-builder's asarUnpack) and looks for them there.
 */
export function outsideAsar(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** directory.db sits beside the built code, in out/data. */
export function shippedDirectoryPath(buildDir: string): string {
  return outsideAsar(join(buildDir, 'data', 'directory.db'));
}

/** The directory publishers' public keys shipped with the app: resources/trusted-keys beside out/. */
export function shippedTrustedKeysPath(buildDir: string): string {
  return join(buildDir, '..', 'resources', 'trusted-keys');
}

/** Where Electron's app.getPath('userData') points, so both modes share one desk.db. */
export function defaultUserDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  homeDir: string,
): string {
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(homeDir, 'AppData', 'Roaming'), productName);
  }
  if (platform === 'darwin') return posix.join(homeDir, 'Library', 'Application Support', productName);
  return posix.join(env.XDG_CONFIG_HOME || posix.join(homeDir, '.config'), productName);
}

export function deskDatabasePath(userDataDir: string): string {
  return join(userDataDir, 'desk.db');
}

/** Daily copies of desk.db, beside it in the user data folder so a restore never crosses drives. */
export function deskBackupsPath(userDataDir: string): string {
  return join(userDataDir, 'backups');
}

/** The log files, beside desk.db so support finds both in one place. */
export function logFolderPath(userDataDir: string): string {
  return join(userDataDir, 'logs');
}

/** The NUCC provider taxonomy code set shipped with the app: resources/nucc beside out/. */
export function shippedNuccTaxonomyPath(buildDir: string): string {
  return outsideAsar(join(buildDir, '..', 'resources', 'nucc', 'nucc_provider_taxonomy.csv'));
}

/** The NPI registry imported by the user (npi.db), beside desk.db; imports never touch desk.db. */
export function npiDatabasePath(userDataDir: string): string {
  return join(userDataDir, 'npi.db');
}

/** Files chosen for import wait here (browser mode's uploads), inside the data folder's drive. */
export function stagedFilesPath(userDataDir: string): string {
  return join(userDataDir, 'imports');
}

/** The plan's Plan-Net provider directory imported by the user (network.db), beside desk.db. */
export function networkDatabasePath(userDataDir: string): string {
  return join(userDataDir, 'network.db');
}
