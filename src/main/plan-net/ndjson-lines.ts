export interface NdjsonLine {
  readonly text: string;
  /** The physical line, the first is 1. */
  readonly line: number;
  /** False for a last line with no newline after it: a download may have stopped there. */
  readonly ended: boolean;
}

const newline = 0x0a;

/** A resource is kilobytes; a line this long is not one, and holding it could exhaust memory. */
export const longestLineBytes = 64 * 1024 * 1024;

/** Thrown with the line's number; the reader turns it into a refusal naming the file. */
export class LineTooLongError extends Error {
  constructor(readonly line: number) {
    super(`Line ${line} is longer than ${longestLineBytes / 1024 / 1024} MB.`);
  }
}

/**
 * The lines of a stream of UTF-8 bytes. Lines are cut on bytes, not characters, so a character
 * split across two chunks is decoded whole; a long line's pieces are joined once, at its end.
 */
export async function* ndjsonLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<NdjsonLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let at = chunk.indexOf(newline); at >= 0; at = chunk.indexOf(newline, start)) {
      pending.push(chunk.subarray(start, at));
      line += 1;
      if (pendingBytes + at - start > longestLineBytes) throw new LineTooLongError(line);
      yield { text: Buffer.concat(pending).toString('utf8'), line, ended: true };
      pending = [];
      pendingBytes = 0;
      start = at + 1;
    }
    // The chunk's buffer is reused for the next read, so the unfinished piece is copied.
    if (start < chunk.length) {
      pending.push(Buffer.from(chunk.subarray(start)));
      pendingBytes += chunk.length - start;
      if (pendingBytes > longestLineBytes) throw new LineTooLongError(line + 1);
    }
  }
  if (pending.length > 0)
    yield { text: Buffer.concat(pending).toString('utf8'), line: line + 1, ended: false };
}
