import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DirectoryChanges } from '../../shared/directory-update';
import type { MailboxRetirement } from '../../shared/mailbox-retirement';
import { buildDirectoryDatabase } from '../directory/build-directory-db';
import { openDirectory } from '../directory/directory-service';
import { checkPack } from './check-pack';
import { compareDirectories, retiredMailboxes } from './compare-directories';
import { loadTrustedKeys } from './trusted-keys';
import { builtFileName } from './update-state';

export type UpdateStep = 'checking' | 'building' | 'verifying' | 'comparing' | 'switching';

export interface UpdateProgress {
  step: UpdateStep;
  /** Entries written so far, while building. */
  written?: number;
  total?: number;
}

export interface PrepareJob {
  packBytes: Uint8Array;
  signatureText: string;
  /** Folders of trusted public keys: the app's own, then the data folder's. */
  keyFolders: string[];
  /** The directory in use now, to compare with and to check plan and version against. */
  inUsePath: string;
  /** Where the new directory file goes (the data folder's directory/ folder). */
  folder: string;
  nativeBinding?: string;
  /** YYYY-MM-DD, the day the update is applied: the date its retired mailboxes carry. */
  today: string;
}

export interface PreparedUpdate {
  version: string;
  plan: string;
  file: string;
  entryCount: number;
  changes: DirectoryChanges;
  retirements: MailboxRetirement[];
}

/**
 * Everything an update does before the switch: check the pack, build its directory file aside,
 * check the file, and work out what changed. Nothing here touches the directory in use, so a
 * failure or a kill at any point leaves it as it was.
 */
export function prepareUpdate(job: PrepareJob, report: (progress: UpdateProgress) => void): PreparedUpdate {
  report({ step: 'checking' });
  const inUse = openDirectory(job.inUsePath, { nativeBinding: job.nativeBinding });
  try {
    const info = inUse.info();
    const pack = checkPack(Buffer.from(job.packBytes), job.signatureText, {
      keys: loadTrustedKeys(job.keyFolders).keys,
      plan: info.plan,
      versionInUse: info.packVersion,
    });

    report({ step: 'building', written: 0, total: pack.entries.length });
    mkdirSync(job.folder, { recursive: true });
    const file = builtFileName(pack.packVersion);
    const path = join(job.folder, file);
    const unchecked = `${path}.unchecked`;
    buildDirectoryDatabase(pack, unchecked, {
      nativeBinding: job.nativeBinding,
      onProgress: (written, total) => report({ step: 'building', written, total }),
    });

    report({ step: 'verifying' });
    verifyBuiltDirectory(unchecked, pack.entries.length, pack.entries[0]!.title, job.nativeBinding);
    renameSync(unchecked, path);

    report({ step: 'comparing' });
    const before = inUse.entries();
    return {
      version: pack.packVersion,
      plan: pack.plan,
      file,
      entryCount: pack.entries.length,
      changes: compareDirectories(before, pack.entries),
      retirements: retiredMailboxes(before, pack.entries, job.today),
    };
  } finally {
    inUse.close();
  }
}

/** The built file must be sound, hold every entry, and answer a search, or it is not used. */
function verifyBuiltDirectory(
  path: string,
  entryCount: number,
  someTitle: string,
  nativeBinding?: string,
): void {
  const fail = (what: string): never => {
    rmSync(path, { force: true });
    throw new Error(`The updated directory failed its check (${what}).`);
  };
  const db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') fail(`integrity: ${String(integrity)}`);
    const count = db.prepare('SELECT count(*) FROM entries').pluck().get();
    if (count !== entryCount) fail(`${String(count)} entries of ${entryCount}`);
  } finally {
    db.close();
  }
  const built = openDirectory(path, { nativeBinding });
  try {
    if (built.search(someTitle).hits.length === 0) fail('a search found nothing');
  } finally {
    built.close();
  }
}
