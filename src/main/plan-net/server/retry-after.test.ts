import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retry-after';

describe('retryAfterMs: how long a busy server asks to wait', () => {
  const now = Date.parse('2026-11-30T06:00:00Z');

  it('reads whole seconds and an HTTP date', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Mon, 30 Nov 2026 06:01:30 GMT', now)).toBe(90_000);
  });

  it('takes a date already past as now, and anything else as not said', () => {
    expect(retryAfterMs('Mon, 30 Nov 2026 05:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs('-5', now)).toBeNull();
  });
});
