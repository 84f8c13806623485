import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmptyMirror, type EmptyMirror } from '../support/empty-mirror';

const script = pathToFileURL(join(__dirname, '../../scripts/prepare-electron-sqlite.mjs')).href;
const nodeBuild = join(__dirname, '../../node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const work = mkdtempSync(join(tmpdir(), 'provider-desk-prepare-'));
let mirror: EmptyMirror;

beforeAll(async () => {
  mirror = await startEmptyMirror();
});
afterAll(async () => {
  await mirror.close();
  rmSync(work, { recursive: true, force: true });
});

/** A .native folder holding the Node build where the Electron build for `abi` is kept. */
function nativeDirWithNodeBuild(name: string, abi: string): { nativeDir: string; cached: string } {
  const nativeDir = join(work, name);
  const cached = join(nativeDir, `electron-abi-${abi}`, 'better_sqlite3.node');
  mkdirSync(join(nativeDir, `electron-abi-${abi}`), { recursive: true });
  copyFileSync(nodeBuild, cached);
  return { nativeDir, cached };
}

interface Prepared {
  path?: string;
  code?: string;
  message?: string;
}

/**
 * Runs the preparation in a process of its own, as `npm start` does: it waits for its downloads
 * synchronously, which would stall a mirror served from this process. Downloads go to the empty
 * mirror, headers to a fresh folder, and npm's config says nodedir=/usr as it does here.
 */
function prepareOffline(options: { abi: string; nativeDir: string }): Promise<Prepared> {
  const program = `
    import { prepareElectronSqlite } from ${JSON.stringify(script)};
    try {
      console.log(JSON.stringify({ path: prepareElectronSqlite(JSON.parse(process.argv[1])) }));
    } catch (error) {
      console.log(JSON.stringify({ code: error.code, message: error.message }));
    }`;
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      program,
      JSON.stringify({ version: '45.4.1', distUrl: `${mirror.url}headers`, ...options }),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        npm_config_nodedir: '/usr',
        npm_config_devdir: mkdtempSync(join(work, 'gyp-')),
        npm_config_better_sqlite3_binary_host: `${mirror.url}prebuilt`,
      },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', () => resolve(JSON.parse(output) as Prepared));
  });
}

describe('preparing better-sqlite3 for Electron', () => {
  it('uses a cached build whose ABI is Electron’s, without downloading anything', async () => {
    // Node's own ABI stands in for an Electron with the same one: the cached file is then right.
    const { nativeDir, cached } = nativeDirWithNodeBuild('right', process.versions.modules);
    const before = mirror.requests.length;
    expect(await prepareOffline({ abi: process.versions.modules, nativeDir })).toEqual({ path: cached });
    expect(mirror.requests.length).toBe(before);
  });

  it('does not trust a cached Node build under Electron’s name, and says what it needs when it cannot make one', async () => {
    const { nativeDir, cached } = nativeDirWithNodeBuild('wrong', '150');
    expect(await prepareOffline({ abi: '150', nativeDir })).toEqual({
      code: 'ELECTRON_SQLITE_MISSING',
      message: expect.stringMatching(
        /^better-sqlite3 for Electron 45\.4\.1 could not be prepared: no prebuilt copy could be downloaded \(.+\), and Electron's headers to compile one could not be downloaded from http:\/\/127\.0\.0\.1:\d+\/headers\. This needs network access once\.$/,
      ),
    });
    // Left in place, it would be handed to Electron, which refuses it at start-up.
    expect(existsSync(cached)).toBe(false);
    expect(mirror.requests).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/prebuilt\/v[\d.]+\/better-sqlite3-v[\d.]+-electron-v150-/),
        '/headers/v45.4.1/node-v45.4.1-headers.tar.gz',
      ]),
    );
  });
});
