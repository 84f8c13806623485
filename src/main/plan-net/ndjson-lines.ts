export interface NdjsonLine {
  readonly text: string;
  /** The physical line, the first is 1. */
  readonly line: number;
  /** False for a last line with no newline after it: a download may have stopped there. */
  readonly ended: boolean;
}

const newline = 0x0a;

/**
 * The lines of a stream of UTF-8 bytes. Lines are cut on bytes, not characters, so a character
 * split across two chunks is decoded whole; a long line's pieces are joined once, at its end.
 */
export async function* ndjsonLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<NdjsonLine> {
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let at = chunk.indexOf(newline); at >= 0; at = chunk.indexOf(newline, start)) {
      pending.push(chunk.subarray(start, at));
      line += 1;
      yield { text: Buffer.concat(pending).toString('utf8'), line, ended: true };
      pending = [];
      start = at + 1;
    }
    // The chunk's buffer is reused for the next read, so the unfinished piece is copied.
    if (start < chunk.length) pending.push(Buffer.from(chunk.subarray(start)));
  }
  if (pending.length > 0)
    yield { text: Buffer.concat(pending).toString('utf8'), line: line + 1, ended: false };
}
