import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DirectoryChanges } from '../../shared/directory-update';
import type { MailboxRetirement } from '../../shared/mailbox-retirement';
import { buildDirectoryDatabase } from '../directory/build-directory-db';
import { patchDirectoryDatabase } from '../directory/patch-directory-db';
import { openDirectory } from '../directory/directory-service';
import { checkPack } from './check-pack';
import { PackRefusedError } from './pack-refused-error';
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
    const trusted = loadTrustedKeys(job.keyFolders);
    const pack = withKeyProblems(trusted.problems, () =>
      checkPack(Buffer.from(job.packBytes), job.signatureText, {
        keys: trusted.keys,
        plan: info.plan,
        versionInUse: info.packVersion,
      }),
    );

    report({ step: 'building', written: 0, total: pack.entries.length });
    mkdirSync(job.folder, { recursive: true });
    const file = builtFileName(pack.packVersion);
    const path = join(job.folder, file);
    const unchecked = `${path}.unchecked`;
    const buildOptions = {
      nativeBinding: job.nativeBinding,
      onProgress: (written: number, total: number) => report({ step: 'building', written, total }),
    };
    const patched = patchDirectoryDatabase(job.inUsePath, pack, unchecked, buildOptions);
    if (!patched) buildDirectoryDatabase(pack, unchecked, buildOptions);

    report({ step: 'verifying' });
    verifyBuiltDirectory(unchecked, pack.entries.length, pack.entries[0]!.title, job.nativeBinding);
    renameSync(unchecked, path);

    report({ step: 'comparing' });
    // A patch already knows which entries differ; a whole build is compared entry by entry.
    const { before, after } = patched ?? { before: inUse.entries(), after: pack.entries };
    return {
      version: pack.packVersion,
      plan: pack.plan,
      file,
      entryCount: pack.entries.length,
      changes: compareDirectories(before, after),
      retirements: retiredMailboxes(before, pack.entries, job.today),
    };
  } finally {
    inUse.close();
  }
}

/**
 * A refusal over the signature also names any key file that could not be used (a private key
 * left in a trusted-keys folder, a damaged file): that may be why the pack was refused, and an
 * administrator must hear of a private key lying there.
 */
function withKeyProblems<T>(problems: string[], check: () => T): T {
  try {
    return check();
  } catch (error) {
    const aboutKeys = ['no-signature', 'bad-signature', 'unknown-key', 'no-trusted-keys'];
    if (error instanceof PackRefusedError && problems.length > 0 && aboutKeys.includes(error.reason)) {
      throw new PackRefusedError(error.reason, `${error.message} Also: ${problems.join(' ')}`);
    }
    throw error;
  }
}

/**
 * Every table's b-tree and indexes, by SQLite's integrity check, one table at a time. The
 * full-text table's own deep check (which integrity_check runs for a virtual table) is left to
 * the search below: on a patched 100,000-entry directory it takes most of ten seconds.
 */
function storedTables(db: Database.Database): string[] {
  return db
    .prepare<[], string>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'`,
    )
    .pluck()
    .all();
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
    for (const table of storedTables(db)) {
      const integrity = db.pragma(`integrity_check(${table})`, { simple: true });
      if (integrity !== 'ok') fail(`integrity of ${table}: ${String(integrity)}`);
    }
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
