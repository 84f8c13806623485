import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { readExactly, type ZipEntry } from './zip-directory';
import { refuseDamagedZip, refuseZipEndsEarly, ZipRefusedError } from './zip-refused-error';

const localSignature = 0x04034b50;
const localHeaderSize = 30;
/**
 * Bytes read at a time from a large entry, and the most an entry may hold, packed and unpacked,
 * to be read in one read and inflated in one call. A Plan-Net zip holds thousands of resource
 * files of a few kilobytes each: a stream per entry there costs far more than the work itself.
 */
const chunkBytes = 1024 * 1024;

/**
 * The uncompressed bytes of one zip entry, a chunk at a time, checked against the CRC-32 and size
 * the central directory gives once the last chunk is read: a damaged entry is refused, but only
 * at its end, so a caller that must not act on damaged data waits for the generator to finish.
 * A large entry (the registry's CSV is gigabytes) is read and inflated a chunk at a time, so
 * memory stays bounded whatever its size.
 */
export async function* zipEntryChunks(file: FileHandle, entry: ZipEntry): AsyncGenerator<Buffer> {
  const header = await readExactly(file, entry.localHeaderOffset, localHeaderSize);
  if (header.readUInt32LE(0) !== localSignature)
    throw refuseDamagedZip(`${entry.name} cannot be found in it`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipRefusedError(
      `${entry.name} is compressed in a way Provider Desk cannot read (method ${entry.method}). ` +
        'Download the file again, or zip it again with an ordinary zip tool. Nothing was changed.',
    );
  }
  // The local header's own name and extra lengths, which may differ from the central ones.
  const dataStart =
    entry.localHeaderOffset + localHeaderSize + header.readUInt16LE(26) + header.readUInt16LE(28);
  let checksum = 0;
  let size = 0;
  for await (const chunk of entryBytes(file, entry, dataStart)) {
    checksum = crc32(chunk, checksum);
    size += chunk.length;
    // At once, not at the end: an entry that inflates past its stated size may be a zip bomb.
    if (size > entry.uncompressedSize) throw refuseDamagedZip(`${entry.name} is not the size the zip says`);
    yield chunk;
  }
  if (size !== entry.uncompressedSize) throw refuseDamagedZip(`${entry.name} is not the size the zip says`);
  if (checksum !== entry.crc32) throw refuseDamagedZip(`the check of ${entry.name} does not match`);
}

function entryBytes(file: FileHandle, entry: ZipEntry, start: number): AsyncIterable<Buffer> {
  if (Math.max(entry.compressedSize, entry.uncompressedSize) <= chunkBytes)
    return wholeEntry(file, entry, start);
  const packed = packedChunks(file, start, start + entry.compressedSize);
  return entry.method === 0 ? packed : inflated(packed);
}

async function* wholeEntry(file: FileHandle, entry: ZipEntry, start: number): AsyncGenerator<Buffer> {
  const packed = await readExactly(file, start, entry.compressedSize);
  if (entry.method === 0) {
    yield packed;
    return;
  }
  try {
    // One byte more than the entry should hold shows a wrong size without inflating a zip bomb.
    yield inflateRawSync(packed, { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    if (isZlibError(error)) throw refuseDamagedZip('its compressed data is broken');
    if (hasCode(error, 'ERR_BUFFER_TOO_LARGE'))
      throw refuseDamagedZip(`${entry.name} is not the size the zip says`);
    throw error;
  }
}

/** Each chunk in a buffer of its own: zlib may still hold one while the next is read. */
async function* packedChunks(file: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  for (let position = start; position < end;) {
    const length = Math.min(chunkBytes, end - position);
    const { bytesRead, buffer } = await file.read(Buffer.allocUnsafe(length), 0, length, position);
    if (bytesRead === 0) throw refuseZipEndsEarly();
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

async function* inflated(packed: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const inflate = pipeline(packed, createInflateRaw({ chunkSize: chunkBytes }), () => {
    // Errors reach the loop below through the inflate stream itself.
  });
  try {
    for await (const chunk of inflate) {
      const data: unknown = chunk;
      if (Buffer.isBuffer(data)) yield data;
    }
  } catch (error) {
    if (isZlibError(error)) throw refuseDamagedZip('its compressed data is broken');
    throw error;
  }
}

function isZlibError(error: unknown): boolean {
  return (
    error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('Z_')
  );
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
