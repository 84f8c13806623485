import { describe, expect, it } from 'vitest';
import { spokenDay } from './spoken-day';

describe('a day as the front desk says it', () => {
  it('names the month and keeps the day whatever the time zone', () => {
    expect(spokenDay('2026-11-22')).toBe('November 22, 2026');
    expect(spokenDay('2027-01-01')).toBe('January 1, 2027');
  });
});
