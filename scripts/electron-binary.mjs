// Electron's package downloads its binary the first time `require('electron')` runs, and throws
// where it cannot. `npm start` asks here first, so a machine without the binary gets browser mode
// and a reason instead of a stack trace.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runQuietly } from './run-quietly.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Room for a slow connection to fetch about 100 MB; a closed network fails within a second.
const installMinutes = 5;

/** @returns {{ dir: string, version: string, abi: string }} the installed electron package */
export function electronPackage() {
  const dir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  const manifest = /** @type {{ version: string }} */ (
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  );
  return { dir, version: manifest.version, abi: readFileSync(join(dir, 'abi_version'), 'utf8').trim() };
}

/**
 * The binary electron/index.js would run, found by its rules, without its download.
 * @param {string} dir
 * @param {NodeJS.ProcessEnv} env
 */
function installedBinary(dir, env) {
  const pathFile = join(dir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
    : executable && join(dir, 'dist', executable);
  return binary && existsSync(binary) ? binary : undefined;
}

/**
 * Finds Electron's binary, trying Electron's own installer once (bounded) where it is missing.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ binary: string } | { reason: string }}
 */
export function findElectronBinary(env = process.env) {
  const { dir } = electronPackage();
  const installed = installedBinary(dir, env);
  if (installed) return { binary: installed };
  const install = runQuietly(join(dir, 'install.js'), [], { env, timeout: installMinutes * 60_000 });
  const binary = installedBinary(dir, env);
  if (binary) return { binary };
  const why = install.timedOut
    ? `the download took longer than ${installMinutes} minutes`
    : (install.problem ?? 'its installer ended without it');
  return { reason: `Electron's program is not on this computer and could not be downloaded (${why}).` };
}
