import { join } from 'node:path';
import { outsideAsar } from '../app-paths';

/**
 * better-sqlite3 is compiled twice: once for Node (npm test, browser mode) in node_modules, and
 * once for Electron's ABI by scripts/prepare-electron-sqlite.mjs into .native/. `npm start` and
 * `npm test` then work in either order without rebuilding each other's copy. The packaged app
 * ships that same file, unpacked (see electron-builder.ts).
 */
export function electronSqliteBindingPath(appPath: string, moduleVersion: string): string {
  return outsideAsar(join(appPath, '.native', `electron-abi-${moduleVersion}`, 'better_sqlite3.node'));
}
