import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Imported provider data (npi.db, network.db) is built beside the file in use and switched in by
 * one rename, so a reader, a crash or a kill sees the old file or the new, never half of one.
 */

/** Where a database is built before it is switched in: beside it, so the rename is atomic. */
export const buildingPathOf = (databasePath: string) => `${databasePath}.building`;

/** Moves a checked, closed build over the database in use in one rename. */
export function switchInBuiltDatabase(databasePath: string): void {
  const building = buildingPathOf(databasePath);
  // Builds write without syncing, for speed: their bytes reach the disk before they replace the file.
  syncToDisk(building, 'r+');
  renameSync(building, databasePath);
  // And the rename itself. Windows cannot open a folder for this; NTFS journals renames anyway.
  try {
    syncToDisk(dirname(databasePath), 'r');
  } catch {
    // The rename has happened either way.
  }
}

function syncToDisk(path: string, mode: 'r' | 'r+'): void {
  const handle = openSync(path, mode);
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}
