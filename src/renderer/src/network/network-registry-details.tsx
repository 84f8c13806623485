import type { RegistryProvider } from '../../../shared/npi-registry';
import { nameWithCredential, primaryTaxonomy } from '../../../shared/provider-who-line';
import { addressLines } from '../../../shared/registry-address';
import { PhoneLine, PostalLines } from '../entry/contact-lines';
import { SettingsLink } from '../provider-data/settings-link';
import { useRegistryProvider } from '../provider/use-registry-provider';
import { sourceLine } from '../provider/provider-source';

/** What the national NPI registry says about the in-network provider's NPI, where it has it. */
export function NetworkRegistryDetails({ npi }: { npi: string | null }) {
  const lookup = useRegistryProvider(npi);
  return (
    <section className="network-registry" aria-labelledby="network-registry-title">
      <h3 id="network-registry-title">NPI registry</h3>
      {npi === null ? <p>The plan’s directory gives no NPI for this provider.</p> : null}
      {lookup.state === 'no-registry' ? (
        <p>
          The NPI registry is not imported on this computer: import it in <SettingsLink />.
        </p>
      ) : null}
      {lookup.state === 'missing' ? (
        <p>The NPI registry on this computer has no provider with NPI {npi}.</p>
      ) : null}
      {lookup.state === 'found' ? <RegistryFacts provider={lookup.provider} /> : null}
    </section>
  );
}

function RegistryFacts({ provider }: { provider: RegistryProvider }) {
  const taxonomy = primaryTaxonomy(provider);
  const address = provider.practiceAddress;
  return (
    <>
      <p className="provider-source">{sourceLine(provider.source)}</p>
      <p className="network-registry-who">
        {nameWithCredential(provider)}
        {taxonomy?.displayName ? ` · ${taxonomy.displayName}` : ''}
      </p>
      {provider.deactivatedOn ? (
        <p className="provider-deactivated">
          <strong>Deactivated</strong> in the NPI registry: do not use it on a claim or a form.
        </p>
      ) : null}
      {address ? (
        <div className="contact-value">
          <div className="contact-label">Practice address</div>
          <PostalLines lines={addressLines(address)} what="the registry’s practice address" />
          {address.phone ? <PhoneLine kind="phone" number={address.phone} /> : null}
          {address.fax ? <PhoneLine kind="fax" number={address.fax} /> : null}
        </div>
      ) : null}
    </>
  );
}
