// Builds better-sqlite3 for Electron's ABI into .native/electron-abi-<N>/, beside (not over) the
// Node build in node_modules that `npm test` and browser mode load. The Electron entry passes
// the file to better-sqlite3 as `nativeBinding`, so `npm start` and `npm test` work in either
// order without rebuilding each other's copy. Needs network access (Electron's headers or a
// prebuilt binary) the first time; later runs find the file and do nothing.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

export function prepareNativeBinding({ runtime, version, abi, distUrl }) {
  const output = join(root, '.native', `${runtime}-abi-${abi}`, 'better_sqlite3.node');
  if (existsSync(output)) return output;

  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'provider-desk-native-'));
  try {
    cpSync(source, work, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
    const prebuild = join(root, 'node_modules', '.bin', 'prebuild-install');
    const flags = [`--runtime=${runtime}`, `--target=${version}`, `--arch=${process.arch}`];
    try {
      execFileSync(prebuild, flags, { cwd: work, stdio: 'inherit' });
    } catch {
      console.log(`No prebuilt better-sqlite3 for ${runtime} ${version}; compiling it (a minute or two).`);
      const gyp = ['exec', '--yes', '--', 'node-gyp', 'rebuild', '--release', ...flags];
      if (distUrl) gyp.push(`--dist-url=${distUrl}`);
      execFileSync('npm', gyp, { cwd: work, stdio: 'inherit' });
    }
    mkdirSync(dirname(output), { recursive: true });
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), output);
    return output;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const electronDir = dirname(require.resolve('electron/package.json'));
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const abi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim();
  const output = prepareNativeBinding({
    runtime: 'electron',
    version,
    abi,
    distUrl: 'https://electronjs.org/headers',
  });
  console.log(`better-sqlite3 for Electron ${version} (ABI ${abi}): ${output}`);
}
