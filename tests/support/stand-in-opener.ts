import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StandInOpener {
  /** A folder to use as PATH: it holds `xdg-open` and nothing else. */
  path: string;
  /** The address the opener was handed, once it has been. */
  opened(): string | undefined;
}

/**
 * Stands in for the desktop's `xdg-open`, which would start a real browser: it writes down the
 * address it is handed, so a test sees what the user's browser would have been asked to show.
 */
export function standInOpener(folder: string): StandInOpener {
  const bin = join(folder, 'bin');
  const record = join(folder, 'opened.txt');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${record}'\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  return {
    path: bin,
    opened: () => (existsSync(record) ? readFileSync(record, 'utf8') : undefined),
  };
}
