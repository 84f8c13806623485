import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError } from '../../shared/desk-error';

/** Who holds a data folder, as far as the second process can tell. */
export interface DataFolderOwner {
  pid: number;
  /** How the holder runs: the desktop app, browser mode, or `npm run import` on its own. */
  transport: 'electron' | 'browser' | 'import';
  startedAt: string;
}

export interface DataFolderLock {
  /** Lets the folder go (the operating system does the same when the process ends, however it ends). */
  release(): void;
}

/** The file whose lock is the folder's, and the note beside it that says who holds it. */
const lockFileName = 'provider-desk.lock';
export const ownerFileName = 'provider-desk.lock.json';

export class DataFolderInUseError extends DeskError {
  constructor(
    readonly folder: string,
    readonly owner: DataFolderOwner | null,
  ) {
    super('in-use', `Provider Desk's data folder ${folder} is already in use by ${describeOwner(owner)}.`);
  }
}

const holderNames: Record<DataFolderOwner['transport'], string> = {
  electron: 'the desktop app',
  browser: 'browser mode',
  import: 'a directory import',
};

function describeOwner(owner: DataFolderOwner | null): string {
  if (!owner) return 'another Provider Desk';
  return `another Provider Desk (${holderNames[owner.transport]}, process ${owner.pid}, started ${new Date(owner.startedAt).toLocaleString()})`;
}

/**
 * One process owns a data folder at a time. The lock is SQLite's own exclusive lock on a small
 * file of its own (POSIX advisory locks, LockFileEx on Windows), held for the life of the
 * process: the operating system lets it go when the process ends, even by SIGKILL, so there is
 * never a stale lock to delete by hand. A second process is refused before it opens desk.db.
 * Nothing in this process may open and close the lock file another way: on POSIX, closing any
 * descriptor of a file drops the process's locks on it.
 */
export function lockDataFolder(
  folder: string,
  owner: Pick<DataFolderOwner, 'transport'> & { now?: () => Date; nativeBinding?: string },
): DataFolderLock {
  mkdirSync(folder, { recursive: true });
  const db = new Database(join(folder, lockFileName), { timeout: 0, nativeBinding: owner.nativeBinding });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = MEMORY');
    // A write takes SQLite's exclusive lock; in EXCLUSIVE locking mode it is kept until close.
    db.exec(
      'CREATE TABLE IF NOT EXISTS held (at TEXT) STRICT; DELETE FROM held; INSERT INTO held VALUES (NULL);',
    );
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new DataFolderInUseError(folder, readOwner(folder));
    }
    throw error;
  }
  const startedAt = (owner.now?.() ?? new Date()).toISOString();
  writeOwner(folder, { pid: process.pid, transport: owner.transport, startedAt });
  heldLockFiles.add(db);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      heldLockFiles.delete(db);
      rmSync(join(folder, ownerFileName), { force: true });
      db.close();
    },
  };
}

/**
 * Every held lock file, referenced until released: better-sqlite3 closes a connection the garbage
 * collector takes, and closing it would let another process into the folder.
 */
const heldLockFiles = new Set<Database.Database>();

/** Written aside and renamed, so a reader sees the whole note or none. */
function writeOwner(folder: string, owner: DataFolderOwner): void {
  const path = join(folder, ownerFileName);
  writeFileSync(`${path}.tmp`, JSON.stringify(owner));
  renameSync(`${path}.tmp`, path);
}

/** The holder's note, if it is there and still names a running process. */
function readOwner(folder: string): DataFolderOwner | null {
  try {
    const owner = JSON.parse(readFileSync(join(folder, ownerFileName), 'utf8')) as DataFolderOwner;
    if (!Number.isInteger(owner.pid) || !isRunning(owner.pid)) return null;
    return {
      pid: owner.pid,
      transport: Object.hasOwn(holderNames, owner.transport) ? owner.transport : 'browser',
      startedAt: String(owner.startedAt),
    };
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another account.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
