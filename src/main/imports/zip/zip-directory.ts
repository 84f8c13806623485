import type { FileHandle } from 'node:fs/promises';
import { refuseDamagedZip, refuseZipEndsEarly } from './zip-refused-error';

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const endSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const centralSignature = 0x02014b50;
const endSize = 22;
const locatorSize = 20;
const zip64EndSize = 56;
const largestComment = 0xffff;
/** The registry zip lists a dozen files, a Plan-Net zip thousands; far larger is not a zip of either. */
const largestDirectory = 16 * 1024 * 1024;

/** Reads `length` bytes at `position`; a file shorter than that ends early. */
export async function readExactly(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw refuseZipEndsEarly();
  return buffer;
}

/**
 * Lists a zip's entries from its central directory, read from the end of the file as unzip
 * tools do: the end record, and for a zip64 file (the monthly registry CSV is over 4 GB) the
 * zip64 locator and end record, then the zip64 extra field of each entry. A file whose end is
 * missing (a download cut short) has no end record and is refused as such.
 */
export async function readZipDirectory(file: FileHandle, fileSize: number): Promise<ZipEntry[]> {
  const tailLength = Math.min(fileSize, endSize + largestComment + locatorSize);
  const tailStart = fileSize - tailLength;
  const tail = await readExactly(file, tailStart, tailLength);
  const endAt = findEndRecord(tail);
  if (endAt < 0) throw refuseZipEndsEarly();

  let entryCount = tail.readUInt16LE(endAt + 10);
  let directorySize = tail.readUInt32LE(endAt + 12);
  let directoryOffset = tail.readUInt32LE(endAt + 16);
  let directoryEnd = tailStart + endAt;
  const locatorAt = endAt - locatorSize;
  if (locatorAt >= 0 && tail.readUInt32LE(locatorAt) === zip64LocatorSignature) {
    const zip64EndOffset = Number(tail.readBigUInt64LE(locatorAt + 8));
    const zip64End = await readExactly(file, zip64EndOffset, zip64EndSize);
    if (zip64End.readUInt32LE(0) !== zip64EndSignature)
      throw refuseDamagedZip('its zip64 end record is missing');
    entryCount = Number(zip64End.readBigUInt64LE(32));
    directorySize = Number(zip64End.readBigUInt64LE(40));
    directoryOffset = Number(zip64End.readBigUInt64LE(48));
    directoryEnd = zip64EndOffset;
  }
  if (directoryOffset + directorySize !== directoryEnd || directorySize > largestDirectory) {
    throw refuseZipEndsEarly();
  }
  const directory = await readExactly(file, directoryOffset, directorySize);
  const entries = parseCentralDirectory(directory, entryCount);
  for (const entry of entries) {
    if (entry.localHeaderOffset + entry.compressedSize > directoryOffset) {
      throw refuseDamagedZip(`${entry.name} runs past the end of the zip's data`);
    }
  }
  return entries;
}

/** The end record is the last 22 bytes, or earlier when the zip has a comment. */
function findEndRecord(tail: Buffer): number {
  for (let at = tail.length - endSize; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) !== endSignature) continue;
    if (at + endSize + tail.readUInt16LE(at + 20) === tail.length) return at;
  }
  return -1;
}

function parseCentralDirectory(directory: Buffer, entryCount: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < entryCount; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== centralSignature) {
      throw refuseDamagedZip('its list of contents is broken');
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const utf8 = (directory.readUInt16LE(at + 8) & 0x800) !== 0;
    const name = directory.toString(utf8 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const sizes = withZip64Extra(extra, {
      uncompressedSize: directory.readUInt32LE(at + 24),
      compressedSize: directory.readUInt32LE(at + 20),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    entries.push({
      name,
      method: directory.readUInt16LE(at + 10),
      crc32: directory.readUInt32LE(at + 16),
      ...sizes,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

type EntrySizes = Pick<ZipEntry, 'uncompressedSize' | 'compressedSize' | 'localHeaderOffset'>;

/**
 * A field set to 0xFFFFFFFF in a header is given in the zip64 extra field (id 1) instead, as
 * 8 bytes, in this order and only for the fields so marked.
 */
function withZip64Extra(extra: Buffer, sizes: EntrySizes): EntrySizes {
  const marked = 0xffffffff;
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 1) {
      const result = { ...sizes };
      let field = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (sizes[key] !== marked) continue;
        if (field + 8 > at + 4 + size) throw refuseDamagedZip('its zip64 sizes are missing');
        result[key] = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      return result;
    }
    at += 4 + size;
  }
  if (Object.values(sizes).includes(marked)) throw refuseDamagedZip('its zip64 sizes are missing');
  return sizes;
}
