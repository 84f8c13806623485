/** One CSV to read, from a file on disk or from inside a zip. */
export interface CsvSource {
  /** The CSV's own name, for messages ("npidata_pfile_20050523-20181209.csv"). */
  name: string;
  /** Its uncompressed size in bytes. */
  size: number;
  /** Its bytes, a chunk at a time; a chunk may be reused once the next is asked for. */
  chunks(): AsyncGenerator<Buffer>;
}
