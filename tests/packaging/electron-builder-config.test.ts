import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const projectDir = join(__dirname, '../..');
let config: Configuration;

/** Reads the configuration the way `electron-builder` itself does: its loader, then its schema. */
beforeAll(async () => {
  config = await getConfig(projectDir, null, null);
}, 30_000);

const validate = (candidate: Configuration) => validateConfiguration(candidate, new DebugLogger(false));
const patterns = (value: Configuration['asarUnpack']): string[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];
const unpacks = (file: string) => patterns(config.asarUnpack).some((pattern) => matchesGlob(file, pattern));

describe('the packaging configuration (electron-builder.ts)', () => {
  it("passes electron-builder's own schema check, which refuses a misspelt option", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    await expect(validate({ ...config, electronFuse: {} } as Configuration)).rejects.toThrow(/electronFuse/);
  });

  it('builds an AppImage and a deb for Linux and an NSIS installer for Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.publish).toBeNull();
  });

  it('sets the fuses: no ELECTRON_RUN_AS_NODE, the app only from its asar, cookies encrypted', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it("ships better-sqlite3's Electron build and directory.db unpacked, and leaves node_modules alone", () => {
    expect(unpacks('.native/electron-abi-140/better_sqlite3.node')).toBe(true);
    expect(unpacks('out/data/directory.db')).toBe(true);
    expect(unpacks('out/main/index.js')).toBe(false);
    expect(config.npmRebuild).toBe(false);
  });

  it('has an icon electron-builder accepts: a PNG of at least 512 by 512 pixels', () => {
    const png = readFileSync(join(projectDir, String(config.icon)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('is what `npm run dist` runs, after the build and the Electron build of better-sqlite3', () => {
    const manifest = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.dist).toBe(
      'npm run build && node scripts/prepare-electron-sqlite.mjs && electron-builder --publish never',
    );
  });
});
