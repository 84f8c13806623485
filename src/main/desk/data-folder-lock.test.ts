import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdInAnotherProcess } from '../../../tests/support/folder-holder';
import { DataFolderInUseError, lockDataFolder, ownerFileName } from './data-folder-lock';

let folder: string;
let holder: ChildProcess | null = null;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'provider-desk-folder-lock-'));
});

afterEach(() => {
  holder?.kill('SIGKILL');
  holder = null;
  rmSync(folder, { recursive: true, force: true });
});

const exited = (child: ChildProcess) => new Promise<void>((done) => child.once('exit', () => done()));

function refusal(): DataFolderInUseError {
  try {
    lockDataFolder(folder, { transport: 'browser' }).release();
  } catch (error) {
    if (error instanceof DataFolderInUseError) return error;
    throw error;
  }
  throw new Error('the folder was not refused');
}

describe('one owner per data folder', () => {
  it('refuses a second owner in the same process until the first lets go', () => {
    const lock = lockDataFolder(folder, { transport: 'electron' });
    const refused = refusal();
    expect(refused.code).toBe('in-use');
    expect(refused.owner).toMatchObject({ transport: 'electron' });
    expect(refused.message).toContain(
      `in use by another Provider Desk (the desktop app, process ${process.pid}`,
    );
    lock.release();
    expect(existsSync(join(folder, ownerFileName))).toBe(false);
    lockDataFolder(folder, { transport: 'browser' }).release();
  });

  it('keeps the folder when the caller drops its handle and the garbage collector runs', () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const lockWithoutKeepingIt = () => void lockDataFolder(folder, { transport: 'browser' });
    lockWithoutKeepingIt();
    collectGarbage();
    expect(refusal().code).toBe('in-use');
  });

  it('names an import run from the command line as the holder', () => {
    const lock = lockDataFolder(folder, { transport: 'import' });
    expect(refusal().message).toContain(
      `in use by another Provider Desk (a directory import, process ${process.pid}`,
    );
    lock.release();
  });

  it('refuses a second process, names the one that holds it, and is free again once that one is killed', async () => {
    holder = await holdInAnotherProcess(folder);
    const refused = refusal();
    expect(refused.owner).toMatchObject({ pid: holder.pid, transport: 'browser' });
    expect(refused.message).toContain(`(browser mode, process ${holder.pid}, started `);

    // SIGKILL gives the holder no chance to clean up: the operating system lets the lock go.
    const gone = exited(holder);
    holder.kill('SIGKILL');
    await gone;
    holder = null;
    const lock = lockDataFolder(folder, { transport: 'browser' });
    lock.release();
  });

  it('does not name a holder whose note names a process that is gone', async () => {
    holder = await holdInAnotherProcess(folder);
    const deadPid = holder.pid;
    const gone = exited(holder);
    holder.kill('SIGKILL');
    await gone;
    holder = null;
    const lock = lockDataFolder(folder, { transport: 'electron' });
    // As if the note were still the killed process's: it is not believed.
    writeFileSync(
      join(folder, ownerFileName),
      JSON.stringify({ pid: deadPid, transport: 'browser', startedAt: '' }),
    );
    const refused = refusal();
    expect(refused.owner).toBeNull();
    expect(refused.message).toBe(
      `Provider Desk's data folder ${folder} is already in use by another Provider Desk.`,
    );
    lock.release();
  });
});
