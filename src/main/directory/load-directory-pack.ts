import { readFileSync } from 'node:fs';
import { directoryPackSchema, type DirectoryPack } from '../../shared/directory-pack';

/**
 * Reads and checks a data pack. A pack that fails its schema stops the build with every problem
 * listed by its place in the file, so whoever edits the pack knows what to fix.
 */
export function loadDirectoryPack(path: string): DirectoryPack {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`The directory pack ${path} is not readable JSON: ${(cause as Error).message}`, {
      cause,
    });
  }
  const parsed = directoryPackSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(top)'}: ${issue.message}`,
    );
    throw new Error(`The directory pack ${path} has problems:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
