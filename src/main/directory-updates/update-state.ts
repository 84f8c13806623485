import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packVersionSchema } from '../../shared/directory-pack';
import { lastUpdateSchema } from '../../shared/directory-update';
import { mailboxRetirementSchema } from '../../shared/mailbox-retirement';

/**
 * Which directory file is in use, kept in `<data folder>/directory/state.json`. Files are named
 * by version and never changed once built; writing this small file (to a temporary name, synced,
 * then renamed over the old one) is the single step that switches directories. A process killed
 * before the rename leaves the old state and an unused file that the next start removes; killed
 * after it, the new directory is in use.
 */
/** A file is named by its checked version, so state.json cannot point outside the folder or mislabel one. */
const builtFileSchema = z
  .strictObject({ version: packVersionSchema, file: z.string() })
  .refine(({ version, file }) => file === builtFileName(version), 'a file is named by its version');

const updateStateSchema = z.strictObject({
  /** null: the built-in directory is in use. */
  current: builtFileSchema.nullable(),
  /** What "Undo this update" goes back to; file null means the built-in directory. */
  previous: z
    .strictObject({ version: packVersionSchema, file: z.string().nullable() })
    .refine(
      ({ version, file }) => file === null || file === builtFileName(version),
      'a file is named by its version',
    )
    .nullable(),
  lastUpdate: lastUpdateSchema.nullable(),
  /**
   * The mailboxes the last switch took away. The outbox is told at every start too, so an update
   * applied while the app was closed (npm run import) still holds mail queued to them.
   */
  retirements: z.array(mailboxRetirementSchema).default([]),
  feedUrl: z.string().nullable(),
  lastFeedCheck: z.strictObject({ at: z.string(), outcome: z.string() }).nullable(),
});

export type UpdateState = z.infer<typeof updateStateSchema>;

export const emptyUpdateState: UpdateState = {
  current: null,
  previous: null,
  lastUpdate: null,
  retirements: [],
  feedUrl: null,
  lastFeedCheck: null,
};

export function updatesFolder(userDataDir: string): string {
  return join(userDataDir, 'directory');
}

export function builtFileName(version: string): string {
  return `directory-${version}.db`;
}

const statePath = (folder: string) => join(folder, 'state.json');

/** The saved state; a missing or unreadable file means the built-in directory, as on a new PC. */
export function readUpdateState(folder: string): UpdateState {
  try {
    return updateStateSchema.parse(JSON.parse(readFileSync(statePath(folder), 'utf8')));
  } catch {
    return emptyUpdateState;
  }
}

export function writeUpdateState(folder: string, state: UpdateState): void {
  mkdirSync(folder, { recursive: true });
  const temporary = `${statePath(folder)}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, `${JSON.stringify(state, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, statePath(folder));
}

/**
 * Removes files the state does not name: half-built ones, and versions no undo can reach. An
 * update builds `<file>.unchecked.building`, renames it `<file>.unchecked`, and only once checked
 * `<file>`; a kill can leave any of the three, and SQLite's journal beside the one being built.
 */
export function removeUnusedFiles(folder: string, state: UpdateState): void {
  const keep = new Set([state.current?.file, state.previous?.file, 'state.json']);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (
      !keep.has(name) &&
      /^directory-.*\.db(?:\.unchecked)?(?:\.building(?:-journal)?)?$|^state\.json\.tmp$/.test(name)
    ) {
      rmSync(join(folder, name), { force: true });
    }
  }
}
