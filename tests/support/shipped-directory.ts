import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DirectoryPack } from '../../src/shared/directory-pack';
import { buildDirectoryDatabase } from '../../src/main/directory/build-directory-db';
import { openDirectory, type DirectoryService } from '../../src/main/directory/directory-service';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';

export const shippedPackPath = resolve(__dirname, '../../resources/directory-pack.json');
export const sourcePagePath = resolve(__dirname, '../../resources/sources/careoregon-provider-page.txt');

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
