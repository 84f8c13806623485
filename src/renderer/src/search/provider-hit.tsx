import type { ProviderSummary } from '../../../shared/npi-registry';
import { nameWithCredential, placeLine } from '../../../shared/provider-who-line';

/** A provider in the results: who, what they practise and where, and whether the NPI still stands. */
export function ProviderHit({ provider }: { provider: ProviderSummary }) {
  const details = [provider.specialty ?? '', placeLine(provider.city, provider.state), `NPI ${provider.npi}`];
  return (
    <>
      <span className="result-title">{nameWithCredential(provider)}</span>
      <span className="result-meta">{details.filter((detail) => detail !== '').join(' · ')}</span>
      {provider.deactivated ? <span className="result-deactivated">Deactivated</span> : null}
    </>
  );
}
