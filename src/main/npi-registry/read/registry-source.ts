import { open, readdir, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readZipDirectory, type ZipEntry } from '../../imports/zip/zip-directory';
import { zipEntryChunks } from '../../imports/zip/zip-entry-chunks';
import { ZipRefusedError } from '../../imports/zip/zip-refused-error';
import type { CsvSource } from './csv-source';
import { fileChunks } from './file-chunks';
import { RegistryFileRefusedError } from './registry-file-refused-error';

/** The CSVs a registry file holds: the main one and, when there is one, the pl_pfile. */
export interface RegistrySource {
  /** The name of the file chosen (the zip, or the CSV itself). */
  containerName: string;
  isZip: boolean;
  /** The npidata_pfile CSV; null when a zip holds none. */
  main: CsvSource | null;
  secondary: CsvSource | null;
  close(): Promise<void>;
}

const zipMagic = 0x04034b50;

/** A CSV of the given kind, leaving out the header-only "…_fileheader.csv" beside it. */
export function isRegistryCsvName(name: string, kind: 'npidata_pfile' | 'pl_pfile'): boolean {
  const lower = basename(name).toLowerCase();
  return lower.startsWith(`${kind}_`) && lower.endsWith('.csv') && !lower.includes('fileheader');
}

/** Opens a registry file, zip or CSV. The caller must close it, whatever happens. */
export async function openRegistrySource(path: string): Promise<RegistrySource> {
  const file = await open(path, 'r');
  const handles: FileHandle[] = [file];
  const close = async () => {
    await Promise.all(handles.map((handle) => handle.close()));
  };
  try {
    const size = (await file.stat()).size;
    const containerName = basename(path);
    if (!(await isZip(file, size))) {
      const besideName = await besideSecondaryLocations(path);
      let secondary: CsvSource | null = null;
      if (besideName !== null) {
        const beside = await open(join(dirname(path), besideName), 'r');
        handles.push(beside);
        secondary = wholeFileSource(beside, besideName, (await beside.stat()).size);
      }
      return {
        containerName,
        isZip: false,
        main: wholeFileSource(file, containerName, size),
        secondary,
        close,
      };
    }
    const entries = await readZipDirectory(file, size);
    const entrySource = (entry: ZipEntry | undefined): CsvSource | null =>
      entry === undefined
        ? null
        : {
            name: basename(entry.name),
            size: entry.uncompressedSize,
            chunks: () => asRegistryRefusals(zipEntryChunks(file, entry)),
          };
    return {
      containerName,
      isZip: true,
      main: entrySource(entries.find((entry) => isRegistryCsvName(entry.name, 'npidata_pfile'))),
      secondary: entrySource(entries.find((entry) => isRegistryCsvName(entry.name, 'pl_pfile'))),
      close,
    };
  } catch (error) {
    await close();
    throw registryRefusalOf(error);
  }
}

/** The zip reader's refusals are the registry reader's own, so its callers meet one kind. */
function registryRefusalOf(error: unknown): unknown {
  return error instanceof ZipRefusedError ? new RegistryFileRefusedError(error.message, null) : error;
}

async function* asRegistryRefusals(chunks: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* chunks;
  } catch (error) {
    throw registryRefusalOf(error);
  }
}

async function isZip(file: FileHandle, size: number): Promise<boolean> {
  if (size < 4) return false;
  const start = Buffer.alloc(4);
  await file.read(start, 0, 4, 0);
  return start.readUInt32LE(0) === zipMagic;
}

function wholeFileSource(file: FileHandle, name: string, size: number): CsvSource {
  return { name, size, chunks: () => fileChunks(file, 0, size) };
}

/** "npidata_pfile_20050523-20181209.csv" has its locations in "pl_pfile_20050523-20181209.csv" beside it. */
async function besideSecondaryLocations(path: string): Promise<string | null> {
  const range = /^npidata_pfile_(\d{8}-\d{8})\.csv$/i.exec(basename(path));
  if (range === null) return null;
  const wanted = `pl_pfile_${range[1]}.csv`.toLowerCase();
  return (await readdir(dirname(path))).find((candidate) => candidate.toLowerCase() === wanted) ?? null;
}
