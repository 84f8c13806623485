// `npm start`, after `prestart` has built the app: the desktop window where Electron can run here;
// where it cannot, one line that says why, then browser mode on the desktop app's data folder,
// opened in the default browser. Plain Node, so it needs no build of its own.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackage, findElectronBinary } from './electron-binary.mjs';
import { ElectronSqliteError, prepareElectronSqlite } from './prepare-electron-sqlite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const webEntry = join(root, 'out', 'main', 'web.js');

/** @returns {{ args: string[] } | { code: string, reason: string }} */
function desktopOrWhyNot() {
  const electron = findElectronBinary();
  if ('reason' in electron) return { code: 'ELECTRON_MISSING', reason: electron.reason };
  try {
    prepareElectronSqlite(electronPackage());
  } catch (error) {
    if (!(error instanceof ElectronSqliteError)) throw error;
    return { code: error.code, reason: error.message };
  }
  const electronVite = dirname(
    createRequire(join(root, 'package.json')).resolve('electron-vite/package.json'),
  );
  return { args: [join(electronVite, 'bin', 'electron-vite.js'), 'preview', '--skipBuild'] };
}

if (!existsSync(webEntry)) {
  console.error('START_NOT_BUILT: Provider Desk is not built yet. Run `npm start`, which builds it first.');
  process.exit(1);
}
const plan = desktopOrWhyNot();
if ('reason' in plan) {
  console.log(
    `Provider Desk cannot open its desktop window here (${plan.code}): ${plan.reason} It opens in your web browser instead.`,
  );
}
const child = spawn(process.execPath, 'args' in plan ? plan.args : [webEntry, '--open'], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl+C reaches the whole process group; a signal sent to this launcher alone must reach the
// app too, or it would outlive the launcher, holding its port and its data folder.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
