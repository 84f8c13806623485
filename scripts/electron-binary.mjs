import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {{ dir: string, version: string, abi: string }} the installed electron package */
export function electronPackage() {
  const dir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  const manifest = /** @type {{ version: string }} */ (
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  );
  return { dir, version: manifest.version, abi: readFileSync(join(dir, 'abi_version'), 'utf8').trim() };
}
