import { join } from 'node:path';

/**
 * better-sqlite3 is compiled twice: once for Node (npm test, browser mode) in node_modules, and
 * once for Electron's ABI by scripts/prepare-electron-sqlite.mjs into .native/. `npm start` and
 * `npm test` then work in either order without rebuilding each other's copy.
 */
export function electronSqliteBindingPath(appPath: string, moduleVersion: string): string {
  return join(appPath, '.native', `electron-abi-${moduleVersion}`, 'better_sqlite3.node');
}
