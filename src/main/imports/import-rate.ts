/** Estimates are noise in the first seconds; the page says "working it out" until then. */
const settleSeconds = 2;

export interface ImportSoFar {
  /** Rows or resources read so far. */
  done: number;
  /** Only reading has a share of the file to go by; indexing and checking do not. */
  reading: boolean;
  bytesRead: number | null;
  /** Null when the size is not known (a server's pages). */
  totalBytes: number | null;
}

/** Items a second, and the time left from the share of the file read so far. */
export function estimateImportRate(
  soFar: ImportSoFar,
  elapsedSeconds: number,
): { perSecond: number; secondsLeft: number | null } {
  const perSecond = elapsedSeconds > 0 ? Math.round(soFar.done / elapsedSeconds) : 0;
  const { bytesRead, totalBytes } = soFar;
  if (
    !soFar.reading ||
    elapsedSeconds < settleSeconds ||
    !totalBytes ||
    bytesRead === null ||
    bytesRead <= 0
  ) {
    return { perSecond, secondsLeft: null };
  }
  const share = Math.min(1, bytesRead / totalBytes);
  return { perSecond, secondsLeft: Math.max(0, Math.round((elapsedSeconds * (1 - share)) / share)) };
}
