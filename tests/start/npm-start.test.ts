import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmptyMirror, type EmptyMirror } from '../support/empty-mirror';
import { standInOpener, type StandInOpener } from '../support/stand-in-opener';
import { webModeAddress } from '../support/web-mode';

const projectRoot = join(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'provider-desk-start-'));
const launched: ChildProcess[] = [];
let mirror: EmptyMirror;

beforeAll(async () => {
  mirror = await startEmptyMirror();
});
// A failed test must not leave browser mode running: the launcher leads a process group of its
// own, as in a terminal, and whatever is left of that group goes.
afterEach(() => {
  for (const child of launched.splice(0)) {
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    } catch {
      // ESRCH: everything in the group has already ended.
    }
  }
});
afterAll(async () => {
  await mirror.close();
  rmSync(work, { recursive: true, force: true });
});

interface Launch {
  child: ChildProcess;
  stdout(): string;
  stderr: () => string;
  /** Resolves with the launcher's exit code. */
  exited: Promise<number | null>;
}

/**
 * `node scripts/start.mjs`, what `npm start` runs once `prestart` has built the app (`npm test`
 * built it). Electron's binary is looked for in an empty folder and its installer downloads from
 * the empty mirror, so even a machine that has Electron or a network sees neither; the only
 * browser opener on PATH is a stand-in, and the data folder is a fresh one.
 */
function launch(folder: string, opener: StandInOpener, configHome = join(folder, 'config')): Launch {
  mkdirSync(join(folder, 'home'), { recursive: true });
  const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'start.mjs')], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: {
      PATH: opener.path,
      HOME: join(folder, 'home'),
      XDG_CONFIG_HOME: configHome,
      XDG_CACHE_HOME: join(folder, 'cache'),
      ELECTRON_OVERRIDE_DIST_PATH: join(folder, 'no-electron'),
      ELECTRON_MIRROR: mirror.url,
      electron_config_cache: join(folder, 'cache', 'electron'),
    },
  });
  launched.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
}

function freshFolder(name: string): { folder: string; opener: StandInOpener } {
  const folder = join(work, name);
  return { folder, opener: standInOpener(folder) };
}

const explanation =
  /^Provider Desk cannot open its desktop window here \(ELECTRON_MISSING\): Electron's program is not on this computer and could not be downloaded \(.+\)\. It opens in your web browser instead\.$/;

describe('npm start where Electron cannot be had', () => {
  it('says why in one line, then serves browser mode from the desktop data folder and opens it', async () => {
    const { folder, opener } = freshFolder('first-start');
    const start = launch(folder, opener);
    const url = await webModeAddress(start.child, start.stderr);

    const [why, address, ...more] = start.stdout().split('\n');
    expect(why).toMatch(explanation);
    expect(address).toBe(`Provider Desk web mode: ${url}`);
    expect(more.join('')).toBe('');
    // Electron's own installer was tried, once, and its download was refused.
    const electronZip = `electron-v45.4.1-${process.platform}-${process.arch}.zip`;
    expect(mirror.requests.filter((path) => path.endsWith(electronZip))).toHaveLength(1);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Provider Desk</title>');
    expect(existsSync(join(folder, 'config', 'Provider Desk', 'desk.db'))).toBe(true);
    await vi.waitFor(() => expect(opener.opened()).toBe(url), { timeout: 10_000 });

    start.child.kill('SIGINT');
    expect(await start.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('stops browser mode when the launcher alone is sent SIGTERM', async () => {
    const { folder, opener } = freshFolder('terminated');
    const start = launch(folder, opener);
    const url = await webModeAddress(start.child, start.stderr);
    start.child.kill('SIGTERM');
    expect(await start.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('ends with browser mode’s own error and status when that cannot start either', async () => {
    const { folder, opener } = freshFolder('no-data-folder');
    const notAFolder = join(folder, 'config-is-a-file');
    writeFileSync(notAFolder, '');
    const start = launch(folder, opener, notAFolder);
    expect(await start.exited).toBe(1);
    expect(start.stdout().split('\n')[0]).toMatch(explanation);
    expect(start.stderr()).toMatch(/^Provider Desk could not start: /m);
    expect(opener.opened()).toBeUndefined();
  });
});
