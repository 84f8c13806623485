import { useEffect, useState } from 'react';
import type { RegistryProvider } from '../../../shared/npi-registry';
import { callApi } from '../desk-api';
import { useProviderData } from '../provider-data/provider-data-state';

export type RegistryLookup =
  /** Not asked yet, being asked, or the answer could not be had: nothing to say. */
  | { state: 'unknown' }
  | { state: 'no-registry' }
  | { state: 'found'; provider: RegistryProvider }
  | { state: 'missing' };

/**
 * The provider the registry on this computer lists under an NPI, asked again whenever the
 * registry switches to a newer file. `npi` is null while the field holds no valid NPI.
 */
export function useRegistryProvider(npi: string | null): RegistryLookup {
  const imported = useProviderData((state) => (state.status ? state.status.registry !== null : null));
  const switches = useProviderData((state) => state.switches);
  const [answer, setAnswer] = useState<{ npi: string; provider: RegistryProvider | null } | null>(null);

  useEffect(() => {
    if (npi === null || !imported) return;
    let current = true;
    callApi('providers.get', { npi }).then(
      ({ provider }) => {
        if (current) setAnswer({ npi, provider });
      },
      () => {
        if (current) setAnswer(null);
      },
    );
    return () => {
      current = false;
    };
  }, [npi, imported, switches]);

  if (npi === null || imported === null) return { state: 'unknown' };
  if (!imported) return { state: 'no-registry' };
  if (answer?.npi !== npi) return { state: 'unknown' };
  return answer.provider ? { state: 'found', provider: answer.provider } : { state: 'missing' };
}
