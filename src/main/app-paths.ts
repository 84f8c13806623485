import { join, posix, win32 } from 'node:path';

/** The product name Electron uses for the user data folder; browser mode uses the same folder. */
export const productName = 'Provider Desk';

/**
 * directory.db sits beside the built code, in out/data. Inside a packaged app SQLite cannot open
 * a file within app.asar, so the file is unpacked next to it.
 */
export function shippedDirectoryPath(buildDir: string): string {
  return join(buildDir, 'data', 'directory.db').replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
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

/** The log files, beside desk.db so support finds both in one place. */
export function logFolderPath(userDataDir: string): string {
  return join(userDataDir, 'logs');
}
