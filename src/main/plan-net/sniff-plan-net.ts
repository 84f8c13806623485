import { open, stat } from 'node:fs/promises';
import { readZipDirectory } from '../imports/zip/zip-directory';
import { formatOf } from './source-files';

/** A resource names its type near its start; a directory pack never says "resourceType". */
const sniffBytes = 64 * 1024;

/**
 * Whether a path given to `npm run import` is Plan-Net data, without reading it all: a folder, an
 * .ndjson file, a JSON file with a resourceType near its start, or a zip holding .json or .ndjson
 * files. Registry files are recognised before this, so a zip here is not the NPPES zip.
 */
export async function isPlanNetData(path: string): Promise<boolean> {
  const info = await stat(path);
  if (info.isDirectory()) return true;
  const format = formatOf(path);
  if (format === 'ndjson') return true;
  if (format === null) return false;
  const handle = await open(path, 'r');
  try {
    if (format === 'zip') {
      const entries = await readZipDirectory(handle, info.size);
      return entries.some((entry) => formatOf(entry.name) === 'json' || formatOf(entry.name) === 'ndjson');
    }
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(sniffBytes), 0, sniffBytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes('"resourceType"');
  } finally {
    await handle.close();
  }
}

/** `npm run import -- https://plan.example/fhir`: a Plan-Net server's base address. */
export const isServerAddress = (text: string) => /^https?:\/\//i.test(text.trim());
