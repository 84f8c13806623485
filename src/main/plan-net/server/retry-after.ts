/**
 * How long a Retry-After header asks the client to wait, in milliseconds: either whole seconds
 * ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"); null when absent or unreadable, so
 * the caller falls back on its own backoff. A date in the past means "now".
 */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP date form starts with the weekday; Date.parse alone would read "-5" as a year.
  const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
