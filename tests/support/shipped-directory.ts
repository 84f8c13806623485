import { compareVersions } from '../../src/shared/pack-version';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DirectoryPack } from '../../src/shared/directory-pack';
import { buildDirectoryDatabase } from '../../src/main/directory/build-directory-db';
import { openDirectory, type DirectoryService } from '../../src/main/directory/directory-service';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';

const resources = resolve(__dirname, '../../resources');

export const shippedPackPath = resolve(resources, 'directory-pack.json');
/** The pack made from the seed page, the oldest real version. */
export const seedPackPath = resolve(resources, 'packs/directory-pack-2026.11.23.json');
export const sourcePagePath = sourceTextPath('careoregon-support-1');

/** The copy of a page a pack cites, kept as resources/sources/<source id>.txt. */
export function sourceTextPath(sourceId: string): string {
  return resolve(resources, 'sources', `${sourceId}.txt`);
}

/** Every real pack, oldest first: the older ones kept in resources/packs/, then the shipped one. */
export function realPackPaths(): string[] {
  const older = readdirSync(resolve(resources, 'packs'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => resolve(resources, 'packs', name));
  const versionOf = (path: string) => /directory-pack-(.+)\.json$/.exec(path)?.[1] ?? '';
  return [...older.sort((a, b) => compareVersions(versionOf(a), versionOf(b))), shippedPackPath];
}

/** A pack compiled into a real directory.db in a temporary folder, as the build compiles the shipped one. */
export function buildTestDirectory(pack: DirectoryPack): { path: string; dispose: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-directory-'));
  const path = join(folder, 'directory.db');
  buildDirectoryDatabase(pack, path);
  return { path, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A pack compiled into a directory.db and opened as the app opens it. */
export function openTestDirectory(pack: DirectoryPack): {
  directory: DirectoryService;
  path: string;
  dispose: () => void;
} {
  const built = buildTestDirectory(pack);
  const directory = openDirectory(built.path);
  return {
    directory,
    path: built.path,
    dispose() {
      directory.close();
      built.dispose();
    },
  };
}

/** The shipped pack compiled into a real directory.db in a temporary folder, opened as the app opens it. */
export function openShippedDirectory(): ReturnType<typeof openTestDirectory> {
  return openTestDirectory(loadDirectoryPack(shippedPackPath));
}

/**
 * The seed page's pack, where the plan still took contract requests by e-mail: for tests of
 * mail and forms that need a form with a mailbox, whatever the plan's newest page says.
 */
export function openSeedDirectory(): ReturnType<typeof openTestDirectory> {
  return openTestDirectory(loadDirectoryPack(seedPackPath));
}

/**
 * The seed page's directory built once for a test file's browser mode (`--directory`): the plan
 * still took contract requests by e-mail then, so the e-mail path of that form can be tested.
 */
export function buildSeedDirectory(): { path: string; dispose: () => void } {
  return buildTestDirectory(loadDirectoryPack(seedPackPath));
}
