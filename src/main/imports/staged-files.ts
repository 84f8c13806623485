import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeskError } from '../../shared/desk-error';

/**
 * Files a person chose for import, handed to main before the import starts. Registry files are
 * far too large for a call's JSON, so the page hands over the file itself: the app passes the
 * chosen file's path, browser mode uploads its bytes here. Either way the page then names the
 * file by an id, and main alone decides which path is read.
 */
export interface StagedFile {
  /** The file's own name, as chosen: registry files say their date in it. */
  name: string;
  path: string;
  /** Deletes an uploaded copy; a file chosen in place is left as it is. */
  discard(): void;
}

export interface FileStaging {
  /** A file already on this computer (the app's file chooser). */
  stagePath(path: string): string;
  /** A file's bytes arriving from the page (browser mode). */
  stageUpload(name: string, body: Readable): Promise<string>;
  /** The staged file, handed over once; a second take of the same id is refused. */
  take(id: string): StagedFile;
}

const notStagedMessage =
  'Provider Desk no longer has the chosen file. Choose the file again, then import it.';

/** A name from the page becomes a plain file name: no folders, nothing hidden. */
function safeFileName(name: string): string {
  const plain = basename(name.replace(/\\/g, '/'))
    .replace(/[^\w.\- ]/g, '_')
    .replace(/^\.+/, '');
  return plain.slice(-200) || 'chosen-file';
}

export function createFileStaging(folder: string): FileStaging {
  const staged = new Map<string, StagedFile>();
  // Uploads left by an earlier run that stopped before importing them.
  rmSync(folder, { recursive: true, force: true });

  return {
    stagePath(path) {
      let regular: boolean;
      try {
        regular = statSync(path).isFile();
      } catch {
        regular = false;
      }
      if (!regular)
        throw new DeskError(
          'invalid-input',
          `Provider Desk cannot read ${basename(path)}. Choose the file again.`,
        );
      const id = randomUUID();
      staged.set(id, { name: basename(path), path, discard: () => undefined });
      return id;
    },
    async stageUpload(name, body) {
      const id = randomUUID();
      const uploadFolder = join(folder, id);
      mkdirSync(uploadFolder, { recursive: true });
      const path = join(uploadFolder, safeFileName(name));
      const discard = () => rmSync(uploadFolder, { recursive: true, force: true });
      try {
        await pipeline(body, createWriteStream(path));
      } catch (error) {
        discard();
        const code = (error as NodeJS.ErrnoException).code;
        throw new DeskError(
          'internal',
          code === 'ENOSPC'
            ? 'The computer’s disk is full, so the file could not be received. Free some space, then try again.'
            : 'The file did not arrive whole. Choose it again, then import it.',
          { cause: error },
        );
      }
      staged.set(id, { name: safeFileName(name), path, discard });
      return id;
    },
    take(id) {
      const file = staged.get(id);
      if (!file) throw new DeskError('not-found', notStagedMessage);
      staged.delete(id);
      return file;
    },
  };
}
