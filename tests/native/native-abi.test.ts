import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronAbiMismatch, nativeAbiOf } from '../../scripts/native-abi.mjs';

/** What `npm install` compiled for this Node, the build `npm test` and browser mode load. */
const nodeBuild = join(__dirname, '../../node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const work = mkdtempSync(join(tmpdir(), 'provider-desk-abi-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A file laid out like an addon for `abi`: binary bytes around the registration symbol. */
function plantAddon(name: string, abi: number): string {
  const path = join(work, name);
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]),
      Buffer.from(`\0node_register_module_v${abi}\0`),
    ]),
  );
  return path;
}

describe('reading the ABI a native addon was built for', () => {
  it('reads Node’s ABI from the real Node build of better-sqlite3', () => {
    expect(nativeAbiOf(nodeBuild)).toBe(Number(process.versions.modules));
  });

  it('reads another ABI from a file built for it', () => {
    expect(nativeAbiOf(plantAddon('electron.node', 150))).toBe(150);
  });

  it('finds no ABI in a file that is not an addon', () => {
    const path = join(work, 'notes.txt');
    writeFileSync(path, 'not an addon');
    expect(nativeAbiOf(path)).toBeUndefined();
  });
});

describe('whether an addon loads in Electron', () => {
  const electron = { version: '45.4.1', abi: '150' };

  it('accepts a build for Electron’s ABI', () => {
    expect(electronAbiMismatch(plantAddon('right.node', 150), electron)).toBeUndefined();
  });

  it('refuses the Node build, saying which ABI it has, which one Electron needs, and how to get it', () => {
    expect(electronAbiMismatch(nodeBuild, electron)).toBe(
      `better_sqlite3.node was built for Node's ABI ${process.versions.modules}, but Electron 45.4.1 needs ABI 150: ` +
        "it must be compiled against Electron's headers (needs network access to electronjs.org/headers once) " +
        'or downloaded prebuilt (needs network access to github.com once).',
    );
  });

  it('refuses a build for another Electron', () => {
    expect(electronAbiMismatch(plantAddon('older.node', 140), electron)).toMatch(
      /^older\.node was built for ABI 140, but Electron 45\.4\.1 needs ABI 150:/,
    );
  });
});
