import type { ProviderDataStatus } from '../../../shared/npi-registry';
import { spokenDay } from '../../../shared/spoken-day';

type Registry = NonNullable<ProviderDataStatus['registry']>;

/** "NPI registry file of December 9, 2018 (npidata_pfile_…csv), 2,040 providers, states: OR, WA". */
export function registryLine(registry: Registry): string {
  const providers = `${registry.providerCount.toLocaleString('en-US')} ${registry.providerCount === 1 ? 'provider' : 'providers'}`;
  const states =
    registry.states && registry.states.length > 0 ? `states: ${registry.states.join(', ')}` : 'all states';
  return `NPI registry file of ${spokenDay(registry.full.fileDate)} (${registry.full.fileName}), ${providers}, ${states}`;
}

/** The weekly files applied on top, oldest first; null when there are none. */
export function weeklyLine(registry: Registry): string | null {
  if (registry.weekly.length === 0) return null;
  const files = registry.weekly.map((file) => `${file.fileName} (${spokenDay(file.fileDate)})`);
  return `Weekly files applied: ${files.join(', ')}`;
}
