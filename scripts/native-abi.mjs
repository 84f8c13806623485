// A native addon built with NAN or V8's API (better-sqlite3 is one) exports a symbol named after
// the ABI it was compiled for. Reading it from the file's bytes works for ELF, PE and Mach-O
// alike, and tells a Node build from an Electron build without loading it: loading a wrong one
// is exactly what fails.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const registerSymbol = /node_register_module_v(\d+)/;

/**
 * @param {string} path
 * @returns {number | undefined} the ABI (NODE_MODULE_VERSION) the addon was built for
 */
export function nativeAbiOf(path) {
  const found = registerSymbol.exec(readFileSync(path).toString('latin1'))?.[1];
  return found === undefined ? undefined : Number(found);
}

/** @typedef {{ version: string, abi: string }} ElectronTarget */

/**
 * @param {string} path
 * @param {ElectronTarget} electron
 * @returns {string | undefined} why the addon cannot load in this Electron, or undefined if it can
 */
export function electronAbiMismatch(path, electron) {
  const abi = nativeAbiOf(path);
  if (abi === Number(electron.abi)) return undefined;
  const builtFor =
    abi === undefined
      ? 'carries no ABI marker'
      : `was built for ${String(abi) === process.versions.modules ? "Node's " : ''}ABI ${abi}`;
  return (
    `${basename(path)} ${builtFor}, but Electron ${electron.version} needs ABI ${electron.abi}: ` +
    "it must be compiled against Electron's headers (needs network access to electronjs.org/headers once) " +
    'or downloaded prebuilt (needs network access to github.com once).'
  );
}
