import type { DirectoryService } from './directory-service';

export interface SwitchableDirectory extends DirectoryService {
  /** Answers from `next` from now on, and closes the one it replaces. */
  switchTo(next: DirectoryService): void;
}

/**
 * The directory every service holds: it answers from one open directory.db and can be pointed
 * at a new one in a single step, so a search sees the old file or the new one, never neither.
 */
export function createSwitchableDirectory(initial: DirectoryService): SwitchableDirectory {
  let current = initial;
  return {
    search: (query) => current.search(query),
    browse: () => current.browse(),
    entry: (key) => current.entry(key),
    entries: () => current.entries(),
    info: () => current.info(),
    close: () => current.close(),
    switchTo(next) {
      const previous = current;
      current = next;
      previous.close();
    },
  };
}
