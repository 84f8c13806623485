import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { refusePlanNet } from './plan-net-refused-error';

export type SourceFormat = 'json' | 'ndjson' | 'zip';

export interface SourceFile {
  readonly path: string;
  /** As the user would name it: the path below the chosen folder, or the file's name. */
  readonly label: string;
  readonly format: SourceFormat;
  readonly size: number;
}

export function formatOf(name: string): SourceFormat | null {
  const extension = extname(name).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  if (extension === '.zip') return 'zip';
  return null;
}

/**
 * The data files a path stands for: the file itself, or a folder's .json, .ndjson and .zip files
 * at any depth, in name order so a re-read gives the same order. A folder's other files (a
 * README, a LICENSE) are not data and are passed over.
 */
export async function listSourceFiles(path: string): Promise<SourceFile[]> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    const format = formatOf(path);
    if (format === null) {
      throw refusePlanNet(
        { file: basename(path) },
        'is not Plan-Net data: choose a folder, a .json, .ndjson or .zip file.',
      );
    }
    return [{ path, label: basename(path), format, size: info.size }];
  }
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files: SourceFile[] = [];
  for (const entry of entries) {
    const format = formatOf(entry.name);
    if (!entry.isFile() || format === null) continue;
    const filePath = join(entry.parentPath, entry.name);
    files.push({
      path: filePath,
      label: relative(path, filePath),
      format,
      size: (await stat(filePath)).size,
    });
  }
  return files.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
