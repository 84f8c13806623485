/**
 * A directory pack's version is the day it was made, YYYY.MM.DD, with a fourth part .N for a
 * second pack made the same day. The renderer shows it, the feed names it, and the newest wins.
 */
const packVersionPattern = /^\d{4}\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])(?:\.\d{1,6})?$/;

export const packVersionRule =
  'a pack version is written YYYY.MM.DD, or YYYY.MM.DD.N for a later pack that day';

export function isPackVersion(text: string): boolean {
  return packVersionPattern.test(text);
}

/**
 * Negative when `a` is older than `b`, positive when newer, zero when the same. Parts are
 * compared as numbers, and a missing .N counts as 0: 2026.11.30 < 2026.11.30.1 < 2026.12.01.
 */
export function compareVersions(a: string, b: string): number {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let index = 0; index < 4; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function versionParts(version: string): number[] {
  // A malformed version reaching here is a bug upstream: every source parses with isPackVersion.
  if (!isPackVersion(version))
    throw new RangeError(`"${version}" is not a pack version: ${packVersionRule}.`);
  return version.split('.').map(Number);
}
