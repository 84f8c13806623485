import { describe, expect, it } from 'vitest';
import type { ProviderImportProgress } from '../../../shared/npi-registry';
import { percentRead, progressLine, timeLeft } from './import-progress-line';

const reading: ProviderImportProgress = {
  fileName: 'npidata_pfile_20050523-20181209.csv',
  phase: 'reading',
  rows: 412_000,
  rowsKept: 5_210,
  rowsPerSecond: 81_234.5,
  bytesRead: 250_000_000,
  totalBytes: 1_000_000_000,
  secondsLeft: 62,
};

describe('the line under the import’s progress bar', () => {
  it('says rows read, kept, the speed in round figures and the time left', () => {
    expect(progressLine(reading)).toBe(
      '412,000 rows read · 5,210 kept · 81,000 rows a second · about 1 minute left',
    );
  });

  it('says the time left is being worked out, and leaves out a speed, until there is enough to estimate them', () => {
    expect(progressLine({ ...reading, rows: 0, rowsKept: 0, rowsPerSecond: 0, secondsLeft: null })).toBe(
      '0 rows read · 0 kept · working out the time left',
    );
  });

  it('names the step under way once every row is read', () => {
    expect(progressLine({ ...reading, phase: 'indexing', rows: 8_000_000, rowsKept: 120_000 })).toBe(
      'Building the search index: 120,000 providers kept of 8,000,000 rows read.',
    );
  });

  it.each([
    [10, 'less than a minute left'],
    [50, 'about 1 minute left'],
    [150, 'about 3 minutes left'],
    [3_600, 'about 1 hour left'],
    [4_800, 'about 1 hour 20 minutes left'],
    [7_260, 'about 2 hours 1 minute left'],
  ])('reads %i seconds as “%s”', (seconds, words) => {
    expect(timeLeft(seconds)).toBe(words);
  });

  it('fills the bar by the bytes read, and not at all while the size is unknown', () => {
    expect(percentRead(reading)).toBe(25);
    expect(percentRead({ ...reading, totalBytes: null })).toBeNull();
    expect(percentRead({ ...reading, phase: 'checking' })).toBe(100);
  });
});
