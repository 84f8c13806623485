// Builds better-sqlite3 for Electron's ABI into .native/electron-abi-<N>/, beside (not over) the
// Node build in node_modules that `npm test` and browser mode load. The Electron entry passes
// the file to better-sqlite3 as `nativeBinding`, so `npm start` and `npm test` work in either
// order without rebuilding each other's copy. Needs network access (Electron's headers or a
// prebuilt binary) the first time; later runs find the file, check its ABI, and do nothing.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackage } from './electron-binary.mjs';
import { electronAbiMismatch } from './native-abi.mjs';
import { runQuietly } from './run-quietly.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

export class ElectronSqliteError extends Error {
  /**
   * @param {'ELECTRON_SQLITE_MISSING' | 'NATIVE_ABI_MISMATCH'} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * @typedef {object} PrepareOptions
 * @property {string} version Electron's version
 * @property {string} abi Electron's ABI (NODE_MODULE_VERSION)
 * @property {string} [nativeDir] where the Electron builds are kept
 * @property {string} [distUrl] where Electron's headers are downloaded from
 * @property {NodeJS.ProcessEnv} [env]
 */

/**
 * @param {PrepareOptions} options
 * @returns {string} a better-sqlite3 binary that Electron can load
 */
export function prepareElectronSqlite({
  version,
  abi,
  nativeDir = join(root, '.native'),
  distUrl = 'https://electronjs.org/headers',
  env = process.env,
}) {
  const electron = { version, abi };
  const output = join(nativeDir, `electron-abi-${abi}`, 'better_sqlite3.node');
  if (existsSync(output)) {
    if (electronAbiMismatch(output, electron) === undefined) return output;
    // Earlier versions of this script cached a Node build under this name; Electron refuses it.
    rmSync(output);
  }
  const work = mkdtempSync(join(tmpdir(), 'provider-desk-native-'));
  try {
    const built = buildInto(work, electron, distUrl, withoutNodedir(env));
    const mismatch = electronAbiMismatch(built, electron);
    if (mismatch) throw new ElectronSqliteError('NATIVE_ABI_MISMATCH', mismatch);
    mkdirSync(dirname(output), { recursive: true });
    cpSync(built, output);
    return output;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * npm's global config here sets nodedir=/usr, and node-gyp takes npm_config_nodedir over
 * --target and --dist-url: it would compile against Node's own headers, for Node's ABI.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
function withoutNodedir(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'),
  );
}

/**
 * A prebuilt binary if one can be downloaded, else a compile against Electron's headers.
 * @param {string} work
 * @param {{ version: string }} electron
 * @param {string} distUrl
 * @param {NodeJS.ProcessEnv} env
 * @returns {string} the built file, inside work
 */
function buildInto(work, electron, distUrl, env) {
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(source, work, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  const flags = [`--target=${electron.version}`, `--arch=${process.arch}`];
  const prebuildInstall = createRequire(join(source, 'package.json')).resolve('prebuild-install/bin.js');
  const prebuilt = runQuietly(prebuildInstall, ['--runtime=electron', ...flags], { cwd: work, env });
  if (prebuilt.ok && existsSync(built)) return built;

  const cannot = `better-sqlite3 for Electron ${electron.version} could not be prepared:`;
  const noPrebuilt = `no prebuilt copy could be downloaded (${prebuilt.problem ?? 'none was found'})`;
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const gypFlags = [...flags, `--dist-url=${distUrl}`];
  const headers = runQuietly(gyp, ['install', ...gypFlags], { cwd: work, env });
  if (!headers.ok) {
    throw new ElectronSqliteError(
      'ELECTRON_SQLITE_MISSING',
      `${cannot} ${noPrebuilt}, and Electron's headers to compile one could not be downloaded from ${distUrl}. This needs network access once.`,
    );
  }
  console.log(`Compiling better-sqlite3 for Electron ${electron.version} (once; a minute or two).`);
  const compiled = runQuietly(gyp, ['rebuild', '--release', ...gypFlags], { cwd: work, env });
  if (!compiled.ok) {
    throw new ElectronSqliteError(
      'ELECTRON_SQLITE_MISSING',
      `${cannot} ${noPrebuilt}, and compiling it failed (${compiled.problem ?? 'node-gyp rebuild'}). Compiling needs a C++ toolchain and Python 3.`,
    );
  }
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version, abi } = electronPackage();
  try {
    console.log(
      `better-sqlite3 for Electron ${version} (ABI ${abi}): ${prepareElectronSqlite({ version, abi })}`,
    );
  } catch (error) {
    if (!(error instanceof ElectronSqliteError)) throw error;
    console.error(`${error.code}: ${error.message}`);
    process.exitCode = 1;
  }
}
