import Database from 'better-sqlite3';
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import type { DirectoryEntry, DirectoryPack } from '../../shared/directory-pack';
import { directoryEntryOf, entryRows, writeDerivedTables, type BuildOptions } from './build-directory-db';
import { directorySchemaVersion } from './directory-schema';

/** The entries a patch touched: their old rows (changed or removed) and new ones (changed or added). */
export interface PatchedEntries {
  before: DirectoryEntry[];
  after: DirectoryEntry[];
}

/**
 * Makes the directory for a new pack from a copy of the one in use, rewriting only the entries
 * whose stored form differs. A real update changes a few entries of many; rebuilding the whole
 * full-text index for it would take most of a minute on a 100,000-entry directory. Entries new
 * to the directory are numbered after the existing ones, so they rank after them on a tie.
 * Returns null, writing nothing, when the file in use is of another format: then the caller
 * builds the new directory whole.
 */
export function patchDirectoryDatabase(
  basePath: string,
  pack: DirectoryPack,
  outputPath: string,
  options: BuildOptions = {},
): PatchedEntries | null {
  const temporaryPath = `${outputPath}.building`;
  copyFileSync(basePath, temporaryPath);
  const db = new Database(temporaryPath, { nativeBinding: options.nativeBinding });
  let patched: PatchedEntries | null = null;
  try {
    if (db.pragma('user_version', { simple: true }) === directorySchemaVersion) {
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      patched = db.transaction(() => patchEntries(db, pack, options.onProgress))();
    }
  } finally {
    db.close();
  }
  if (!patched) {
    rmSync(temporaryPath, { force: true });
    return null;
  }
  renameSync(temporaryPath, outputPath);
  return patched;
}

function patchEntries(
  db: Database.Database,
  pack: DirectoryPack,
  onProgress: BuildOptions['onProgress'] = () => undefined,
): PatchedEntries {
  const stored = new Map(
    db
      .prepare<[], { key: string; id: number; json: string }>('SELECT key, id, json FROM entries')
      .all()
      .map((row) => [row.key, row]),
  );
  let nextId = (db.prepare('SELECT max(id) FROM entries').pluck().get() as number | null) ?? 0;
  const rows = entryRows(db);
  const patched: PatchedEntries = { before: [], after: [] };
  pack.entries.forEach((packEntry, index) => {
    if ((index + 1) % 5000 === 0) onProgress(index + 1, pack.entries.length);
    const entry = directoryEntryOf(packEntry, pack);
    const json = JSON.stringify(entry);
    const old = stored.get(entry.key);
    stored.delete(entry.key);
    if (old?.json === json) return;
    if (old) {
      patched.before.push(JSON.parse(old.json) as DirectoryEntry);
      rows.remove(old.id);
    }
    rows.insert(old?.id ?? ++nextId, entry, json);
    patched.after.push(entry);
  });
  for (const gone of stored.values()) {
    patched.before.push(JSON.parse(gone.json) as DirectoryEntry);
    rows.remove(gone.id);
  }
  writeDerivedTables(db, pack);
  return patched;
}
