import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RotatingFileOptions {
  /** A file that would grow past this many bytes is rotated first. */
  maxBytes?: number;
  /** How many files to keep, the current one included: `x.log`, `x.log.1` … `x.log.(keep-1)`. */
  keep?: number;
  /** Told once, the first time a write fails, so the failure is seen without flooding. */
  onFirstFailure?(error: unknown): void;
}

/**
 * Appends lines to a file that is rotated by size. Writes are synchronous (the log is small and
 * a line is never lost to a crash right after it) and never throw: a full disk or a missing
 * folder must not stop a message from being sent or saved. The size is read from the file each
 * time, because the desktop app and browser mode may share one data folder.
 */
export function createRotatingFile(path: string, options: RotatingFileOptions = {}) {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keep = Math.max(1, options.keep ?? 5);
  let failed = false;

  const numbered = (index: number) => (index === 0 ? path : `${path}.${index}`);

  function sizeNow(): number {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  }

  function rotate(): void {
    rmSync(numbered(keep - 1), { force: true });
    for (let index = keep - 2; index >= 0; index -= 1) {
      try {
        renameSync(numbered(index), numbered(index + 1));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }

  return {
    /** Writes one line; true when it reached the file. */
    append(line: string): boolean {
      const text = `${line}\n`;
      try {
        const size = sizeNow();
        if (size > 0 && size + Buffer.byteLength(text) > maxBytes) rotate();
        try {
          appendFileSync(path, text, { encoding: 'utf8', mode: 0o600 });
        } catch (error) {
          // The folder is made on the first line, or again if someone deleted it; not on every line.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          mkdirSync(dirname(path), { recursive: true });
          appendFileSync(path, text, { encoding: 'utf8', mode: 0o600 });
        }
        return true;
      } catch (error) {
        if (!failed) options.onFirstFailure?.(error);
        failed = true;
        return false;
      }
    },
  };
}
