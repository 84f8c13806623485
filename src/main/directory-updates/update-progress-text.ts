import type { UpdateProgress } from './prepare-update';

/** A step of an update in words, for a command line: one line a step, building with its share done. */
export function describeUpdateProgress(progress: UpdateProgress): string {
  switch (progress.step) {
    case 'checking':
      return 'Checking the pack and its signature…';
    case 'building': {
      const share = progress.total ? Math.floor(((progress.written ?? 0) / progress.total) * 100) : 0;
      return `Building the new directory: ${share}%`;
    }
    case 'verifying':
      return 'Checking the new directory…';
    case 'comparing':
      return 'Comparing it with the directory in use…';
    case 'switching':
      return 'Switching to the new directory…';
  }
}
