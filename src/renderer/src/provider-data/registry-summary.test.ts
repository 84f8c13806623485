import { describe, expect, it } from 'vitest';
import type { ProviderDataStatus } from '../../../shared/npi-registry';
import { registryLine, weeklyLine } from './registry-summary';

const registry: NonNullable<ProviderDataStatus['registry']> = {
  full: {
    fileName: 'npidata_pfile_20050523-20181209.csv',
    fileDate: '2018-12-09',
    appliedAt: '2026-11-30T10:00:00.000Z',
    rows: 2_040,
  },
  weekly: [],
  providerCount: 2_040,
  states: ['OR', 'WA'],
};

describe('what the registry on this computer is, in the settings', () => {
  it('names the file, its day, how many providers and which states', () => {
    expect(registryLine(registry)).toBe(
      'NPI registry file of December 9, 2018 (npidata_pfile_20050523-20181209.csv), 2,040 providers, states: OR, WA',
    );
    expect(registryLine({ ...registry, states: null, providerCount: 1 })).toBe(
      'NPI registry file of December 9, 2018 (npidata_pfile_20050523-20181209.csv), 1 provider, all states',
    );
  });

  it('lists the weekly files applied on top, and nothing when there are none', () => {
    expect(weeklyLine(registry)).toBeNull();
    const weekly = {
      ...registry.full,
      fileName: 'npidata_pfile_20181210-20181216.csv',
      fileDate: '2018-12-16',
    };
    expect(weeklyLine({ ...registry, weekly: [weekly] })).toBe(
      'Weekly files applied: npidata_pfile_20181210-20181216.csv (December 16, 2018)',
    );
  });
});
