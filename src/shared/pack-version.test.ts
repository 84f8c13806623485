import { describe, expect, it } from 'vitest';
import { compareVersions, isPackVersion } from './pack-version';

describe('pack versions', () => {
  it('puts a later pack of the same day after the day, and the next day after both', () => {
    const ordered = [
      '2026.11.09',
      '2026.11.10',
      '2026.11.30',
      '2026.11.30.1',
      '2026.11.30.2',
      '2026.11.30.10',
      '2026.12.01',
      '2027.01.01',
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareVersions)).toEqual(ordered);
  });

  it('calls a day and its .0 the same version', () => {
    expect(compareVersions('2026.11.30', '2026.11.30.0')).toBe(0);
    expect(compareVersions('2026.11.30', '2026.11.30')).toBe(0);
  });

  it('answers -1, 0 or 1 whatever the distance', () => {
    expect(compareVersions('2025.01.01', '2026.12.31.99')).toBe(-1);
    expect(compareVersions('2026.12.31.99', '2025.01.01')).toBe(1);
  });

  it('accepts only YYYY.MM.DD and YYYY.MM.DD.N', () => {
    expect(isPackVersion('2026.11.23')).toBe(true);
    expect(isPackVersion('2026.11.23.4')).toBe(true);
    for (const wrong of [
      '2026.1.23',
      '2026-11-23',
      '2026.11.23.',
      '2026.11.23.x',
      '2026.13.01',
      '2026.00.10',
      '2026.11.32',
      'v2026.11.23',
      '',
      ' 2026.11.23',
    ]) {
      expect(isPackVersion(wrong), wrong).toBe(false);
    }
  });

  it('refuses to compare something that is not a pack version', () => {
    expect(() => compareVersions('2026.11.23', 'latest')).toThrow(/not a pack version/);
  });
});
