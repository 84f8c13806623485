import type { RegistryProvider } from '../../../shared/npi-registry';
import { callApi } from '../desk-api';

export type OnlineAnswer = { provider: RegistryProvider } | { problem: string };

/**
 * One question to the NPI registry's public API about an NPI this computer's registry lacks.
 * Whatever goes wrong (offline, not found, the service failing) comes back as a sentence.
 */
export async function askOnline(npi: string): Promise<OnlineAnswer> {
  try {
    const { provider, problem } = await callApi('providers.lookupOnline', { npi });
    if (provider) return { provider };
    return { problem: problem ?? `The NPI registry has no provider with NPI ${npi}.` };
  } catch (error) {
    return {
      problem: error instanceof Error ? error.message : 'The NPI registry could not be asked. Try again.',
    };
  }
}
