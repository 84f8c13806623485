import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { chunkBytes, fileChunks } from './file-chunks';
import { refuseDamagedFile, RegistryFileRefusedError } from './registry-file-refused-error';
import { readExactly, type ZipEntry } from './zip-directory';

const localSignature = 0x04034b50;
const localHeaderSize = 30;

/**
 * The uncompressed bytes of one zip entry, a chunk at a time, checked against the CRC-32 and size
 * the central directory gives once the last chunk is read: a damaged entry is refused, but only
 * at its end, so a caller that must not act on damaged data waits for the generator to finish.
 */
export async function* zipEntryChunks(file: FileHandle, entry: ZipEntry): AsyncGenerator<Buffer> {
  const header = await readExactly(file, entry.localHeaderOffset, localHeaderSize);
  if (header.readUInt32LE(0) !== localSignature)
    throw refuseDamagedFile(`${entry.name} cannot be found in it`);
  // The local header's own name and extra lengths, which may differ from the central ones.
  const dataStart =
    entry.localHeaderOffset + localHeaderSize + header.readUInt16LE(26) + header.readUInt16LE(28);
  const dataEnd = dataStart + entry.compressedSize;
  if (entry.method !== 0 && entry.method !== 8) {
    throw new RegistryFileRefusedError(
      `${entry.name} is compressed in a way Provider Desk cannot read (method ${entry.method}). ` +
        'Download the file again from CMS. Nothing was changed.',
      null,
    );
  }
  let checksum = 0;
  let size = 0;
  const chunks =
    entry.method === 0 ? fileChunks(file, dataStart, dataEnd) : inflated(file, dataStart, dataEnd);
  for await (const chunk of chunks) {
    checksum = crc32(chunk, checksum);
    size += chunk.length;
    yield chunk;
  }
  if (size !== entry.uncompressedSize) throw refuseDamagedFile(`${entry.name} is not the size the zip says`);
  if (checksum !== entry.crc32) throw refuseDamagedFile(`the check of ${entry.name} does not match`);
}

async function* inflated(file: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  const compressed = file.createReadStream({
    start,
    end: end - 1,
    autoClose: false,
    highWaterMark: chunkBytes,
  });
  const inflate = pipeline(compressed, createInflateRaw({ chunkSize: chunkBytes }), () => {
    // Errors reach the loop below through the inflate stream itself.
  });
  try {
    for await (const chunk of inflate) {
      const data: unknown = chunk;
      if (Buffer.isBuffer(data)) yield data;
    }
  } catch (error) {
    if (isZlibError(error)) throw refuseDamagedFile('its compressed data is broken');
    throw error;
  }
}

function isZlibError(error: unknown): boolean {
  return (
    error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('Z_')
  );
}
