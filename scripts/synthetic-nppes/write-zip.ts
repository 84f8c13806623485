import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipInput {
  /** The entry's name inside the zip. */
  name: string;
  /** Its content, streamed: a generated registry CSV is over a gigabyte. */
  data: Iterable<string | Buffer> | AsyncIterable<string | Buffer>;
  /** Stored as is instead of deflated. */
  store?: boolean;
}

export interface ZipOptions {
  /**
   * Writes the zip64 records (local and central extra fields, zip64 end record and locator) even
   * for small entries, as the registry's monthly zip must for its 9 GB CSV; tests check zip64
   * reading this way without writing 4 GB. Without it, an entry over 4 GB is an error.
   */
  zip64?: boolean;
}

const marked = 0xffffffff;
const utf8Names = 0x800;
/** 9 November 2025, 00:00, in MS-DOS form, so the same input gives the same zip. */
const dosTime = 0;
const dosDate = ((2025 - 1980) << 9) | (11 << 5) | 9;

interface Written {
  nameBytes: Buffer;
  method: number;
  crc: number;
  size: number;
  compressedSize: number;
  headerOffset: number;
}

/** Writes a zip, deflating through zlib, streaming each entry with its header patched after it. */
export async function writeZip(
  path: string,
  inputs: readonly ZipInput[],
  options: ZipOptions = {},
): Promise<void> {
  const zip64 = options.zip64 === true;
  const file = await open(path, 'w');
  try {
    let offset = 0;
    const written: Written[] = [];
    for (const input of inputs) {
      const entry = await writeEntry(file, offset, input, zip64);
      written.push(entry);
      offset = entry.headerOffset + localHeader(entry, zip64).length + entry.compressedSize;
    }
    const directory = Buffer.concat(written.map((entry) => centralHeader(entry, zip64)));
    const tail = endRecords(written.length, directory.length, offset, zip64);
    await file.write(Buffer.concat([directory, tail]), 0, directory.length + tail.length, offset);
  } finally {
    await file.close();
  }
}

async function writeEntry(
  file: FileHandle,
  headerOffset: number,
  input: ZipInput,
  zip64: boolean,
): Promise<Written> {
  const entry: Written = {
    nameBytes: Buffer.from(input.name, 'utf8'),
    method: input.store === true ? 0 : 8,
    crc: 0,
    size: 0,
    compressedSize: 0,
    headerOffset,
  };
  const dataStart = headerOffset + localHeader(entry, zip64).length;
  async function* counted() {
    for await (const chunk of input.data) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      entry.crc = crc32(bytes, entry.crc);
      entry.size += bytes.length;
      yield bytes;
    }
  }
  const sink = async (source: AsyncIterable<Buffer>) => {
    for await (const bytes of source) {
      await file.write(bytes, 0, bytes.length, dataStart + entry.compressedSize);
      entry.compressedSize += bytes.length;
    }
  };
  if (entry.method === 0) await sink(counted());
  else await pipeline(Readable.from(counted()), createDeflateRaw({ level: 6 }), sink);
  if (!zip64 && Math.max(entry.size, entry.compressedSize, headerOffset) >= marked) {
    throw new Error(`${input.name} is too large for a zip without zip64: pass { zip64: true }.`);
  }
  const header = localHeader(entry, zip64);
  await file.write(header, 0, header.length, headerOffset);
  return entry;
}

function localHeader(entry: Written, zip64: boolean): Buffer {
  const extra = zip64 ? zip64Extra([entry.size, entry.compressedSize]) : Buffer.alloc(0);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  writeSharedFields(header, 4, entry, extra, zip64);
  return Buffer.concat([header, entry.nameBytes, extra]);
}

function centralHeader(entry: Written, zip64: boolean): Buffer {
  const extra = zip64 ? zip64Extra([entry.size, entry.compressedSize, entry.headerOffset]) : Buffer.alloc(0);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(zip64 ? 45 : 20, 4);
  writeSharedFields(header, 6, entry, extra, zip64);
  header.writeUInt32LE(zip64 ? marked : entry.headerOffset, 42);
  return Buffer.concat([header, entry.nameBytes, extra]);
}

/** The fields local and central headers share, in the same order, from "version needed" to "extra length". */
function writeSharedFields(header: Buffer, at: number, entry: Written, extra: Buffer, zip64: boolean): void {
  header.writeUInt16LE(zip64 ? 45 : 20, at);
  header.writeUInt16LE(utf8Names, at + 2);
  header.writeUInt16LE(entry.method, at + 4);
  header.writeUInt16LE(dosTime, at + 6);
  header.writeUInt16LE(dosDate, at + 8);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(zip64 ? marked : entry.compressedSize, at + 14);
  header.writeUInt32LE(zip64 ? marked : entry.size, at + 18);
  header.writeUInt16LE(entry.nameBytes.length, at + 22);
  header.writeUInt16LE(extra.length, at + 24);
}

/** The zip64 extended information extra field (id 1): the 8-byte values the header marks. */
function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, index) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * index));
  return extra;
}

function endRecords(
  entryCount: number,
  directorySize: number,
  directoryOffset: number,
  zip64: boolean,
): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entryCount, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entryCount, 10);
  end.writeUInt32LE(zip64 ? marked : directorySize, 12);
  end.writeUInt32LE(zip64 ? marked : directoryOffset, 16);
  if (!zip64) return end;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entryCount), 24);
  record.writeBigUInt64LE(BigInt(entryCount), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, end]);
}
