import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import Database from 'better-sqlite3';
import { build, Platform } from 'electron-builder';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = join(__dirname, '../..');
/** How the fuse wire writes a fuse that is off or on (the characters '0' and '1'). */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;
const work = mkdtempSync(join(tmpdir(), 'provider-desk-package-'));
const stage = join(work, 'project');
const appDir = join(stage, 'dist', 'linux-unpacked');
let asarFiles: string[];

/**
 * Electron's binary cannot be downloaded here, so electron-builder packages onto a stand-in: a
 * file that carries Electron's fuse wire (the sentinel, version 1, eight fuses at Electron 45's
 * defaults) and nothing else. Everything else is the real build and electron-builder itself.
 */
function standInElectron(): string {
  const dist = join(work, 'electron');
  mkdirSync(dist);
  const defaults = '10011001';
  writeFileSync(
    join(dist, 'electron'),
    Buffer.concat([
      Buffer.from('stand-in for the Electron binary\n'),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, defaults.length]),
      Buffer.from(defaults),
    ]),
    { mode: 0o755 },
  );
  writeFileSync(join(dist, 'LICENSE'), 'stand-in');
  return dist;
}

/** The project as `npm run dist` sees it after its first two steps, in a folder of its own. */
function stageProject(): void {
  mkdirSync(join(stage, 'resources'), { recursive: true });
  for (const file of ['out', 'package.json', 'electron-builder.ts', 'resources/icon.png']) {
    cpSync(join(projectDir, file), join(stage, file), { recursive: true });
  }
  symlinkSync(join(projectDir, 'node_modules'), join(stage, 'node_modules'), 'dir');
  // Stands in for the output of scripts/prepare-electron-sqlite.mjs, which needs the network.
  mkdirSync(join(stage, '.native', 'electron-abi-140'), { recursive: true });
  writeFileSync(join(stage, '.native', 'electron-abi-140', 'better_sqlite3.node'), 'stand-in');
}

beforeAll(async () => {
  stageProject();
  await build({
    projectDir: stage,
    targets: Platform.LINUX.createTarget('dir'),
    config: { electronDist: standInElectron() },
    publish: 'never',
  });
  asarFiles = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((file) =>
    file.replaceAll('\\', '/'),
  );
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packaged app, as electron-builder makes it from electron-builder.ts', () => {
  it('has its fuses flipped: no ELECTRON_RUN_AS_NODE, only its asar, cookies encrypted', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'provider-desk'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
  });

  it('packs the app and its runtime modules into app.asar, without source maps or browser mode', () => {
    expect(asarFiles).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/preload/index.js',
        '/out/renderer/index.html',
        '/node_modules/better-sqlite3/lib/index.js',
        '/node_modules/nodemailer/package.json',
        '/node_modules/zod/package.json',
      ]),
    );
    expect(asarFiles.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(asarFiles).not.toContain('/out/main/web.js');
    expect(asarFiles.filter((file) => file.startsWith('/node_modules/better-sqlite3/build/'))).toEqual([]);
    expect(asarFiles.filter((file) => file.startsWith('/node_modules/electron/'))).toEqual([]);
  });

  it('keeps directory.db and the Electron build of better-sqlite3 unpacked, where the app looks', () => {
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked');
    const directory = new Database(join(unpacked, 'out', 'data', 'directory.db'), { readonly: true });
    try {
      const { entries } = directory.prepare('SELECT count(*) AS entries FROM entries').get() as {
        entries: number;
      };
      expect(entries).toBeGreaterThan(0);
    } finally {
      directory.close();
    }
    expect(existsSync(join(unpacked, '.native', 'electron-abi-140', 'better_sqlite3.node'))).toBe(true);
  });
});
