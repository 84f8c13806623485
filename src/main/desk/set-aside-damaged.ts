import { existsSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DeskError } from '../../shared/desk-error';
import { localDate } from '../../shared/validation/calendar-date';

/** SQLite finds a database's journal by its name, so the set keeps its suffixes together. */
const suffixes = ['', '-wal', '-shm'];

/**
 * Moves a damaged desk.db, with its -wal and -shm, to desk-damaged-<local time>.db in the same
 * folder, and returns where it went. Nothing is deleted: whoever looks after the PC may still
 * get something out of it. If any part cannot move, what moved goes back (a -wal left behind
 * would be replayed into the restored file) and a DeskError says what to do.
 */
export function setAsideDamaged(deskPath: string, now: Date): string {
  const keptAt = freeName(dirname(deskPath), now);
  const moves = suffixes
    .map((suffix) => ({ from: `${deskPath}${suffix}`, to: `${keptAt}${suffix}` }))
    .filter(({ from }) => existsSync(from));
  const done: typeof moves = [];
  try {
    for (const move of moves) {
      renameSync(move.from, move.to);
      done.push(move);
    }
  } catch (cause) {
    for (const move of done.reverse()) moveBackQuietly(move.to, move.from);
    throw new DeskError(
      'internal',
      `Provider Desk found its saved data damaged, but could not move the damaged file (${deskPath}) out of the way to restore a backup. Close every Provider Desk window, then start it again. If this message comes back, show it to whoever looks after this computer.`,
      { cause },
    );
  }
  return keptAt;
}

/** Local time, to the second, in a name every file system accepts; never an existing file's name. */
function freeName(folder: string, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${localDate(now)}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  for (let attempt = 1; ; attempt += 1) {
    const name = join(folder, `desk-damaged-${stamp}${attempt === 1 ? '' : `-${attempt}`}.db`);
    if (!suffixes.some((suffix) => existsSync(`${name}${suffix}`))) return name;
  }
}

function moveBackQuietly(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // The DeskError that follows already tells the user to get help; this must not hide it.
  }
}
