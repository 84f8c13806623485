import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDirectoryDatabase } from '../../src/main/directory/build-directory-db';
import { openDirectory, type DirectoryService } from '../../src/main/directory/directory-service';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';

export const shippedPackPath = resolve(__dirname, '../../resources/directory-pack.json');
export const sourcePagePath = resolve(__dirname, '../../resources/sources/careoregon-provider-page.txt');

/** The shipped pack compiled into a real directory.db in a temporary folder, opened as the app opens it. */
export function openShippedDirectory(): { directory: DirectoryService; path: string; dispose: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-directory-'));
  const path = join(folder, 'directory.db');
  buildDirectoryDatabase(loadDirectoryPack(shippedPackPath), path);
  const directory = openDirectory(path);
  return {
    directory,
    path,
    dispose() {
      directory.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
