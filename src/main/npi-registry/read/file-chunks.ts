import type { FileHandle } from 'node:fs/promises';
import { refuseFileEndsEarly } from './registry-file-refused-error';

export const chunkBytes = 1024 * 1024;

/**
 * The bytes from `start` to `end` of an open file, a chunk at a time. Two buffers take turns:
 * the next chunk is read while the consumer works on this one, so the disk and the parser work
 * at once. The consumer must be done with a chunk before it asks for the next.
 */
export async function* fileChunks(file: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  const size = Math.max(1, Math.min(chunkBytes, end - start));
  const even = Buffer.allocUnsafe(size);
  const odd = Buffer.allocUnsafe(size);
  const readAt = (turn: number, position: number) =>
    position < end
      ? file.read(turn % 2 === 0 ? even : odd, 0, Math.min(size, end - position), position)
      : null;
  let position = start;
  let turn = 0;
  let reading = readAt(turn, position);
  try {
    while (reading !== null) {
      const { bytesRead, buffer } = await reading;
      if (bytesRead === 0) throw refuseFileEndsEarly();
      position += bytesRead;
      turn += 1;
      reading = readAt(turn, position);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // A consumer that stops early leaves one read under way; the file must not close under it.
    await reading?.catch(() => undefined);
  }
}
