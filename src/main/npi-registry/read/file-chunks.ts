import type { FileHandle } from 'node:fs/promises';
import { refuseFileEndsEarly } from './registry-file-refused-error';

export const chunkBytes = 1024 * 1024;

/**
 * The bytes from `start` to `end` of an open file, a chunk at a time, into one buffer that is
 * reused: the consumer must be done with a chunk before it asks for the next.
 */
export async function* fileChunks(file: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, end - start)));
  let position = start;
  while (position < end) {
    const { bytesRead } = await file.read(buffer, 0, Math.min(buffer.length, end - position), position);
    if (bytesRead === 0) throw refuseFileEndsEarly();
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}
