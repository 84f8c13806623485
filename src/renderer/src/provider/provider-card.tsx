import { useEffect, useRef } from 'react';
import type { RegistryAddress, RegistryProvider } from '../../../shared/npi-registry';
import { nameWithCredential } from '../../../shared/provider-who-line';
import { addressLines } from '../../../shared/registry-address';
import { spokenDay } from '../../../shared/spoken-day';
import { useDeskStore } from '../desk-store';
import { PhoneLine, PostalLines } from '../entry/contact-lines';
import { CopyButton } from '../entry/copy-button';
import { NetworkMembershipLine } from '../network/network-membership-line';
import { ProviderDates, ProviderTaxonomies } from './provider-facts';
import { sourceLine } from './provider-source';

const kindLabels = { individual: 'Individual', organization: 'Organization' } as const;

/** A provider as the NPI registry lists them, with what a front desk copies or calls. */
export function ProviderCard({ provider }: { provider: RegistryProvider }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focusPending = useDeskStore((state) => state.cardFocusPending);
  const online = provider.source.kind === 'online';

  useEffect(() => {
    if (focusPending && useDeskStore.getState().takeCardFocus()) heading.current?.focus();
  }, [focusPending, provider.npi]);

  return (
    <article className="entry-card provider-card" aria-labelledby="provider-card-title">
      <p className="entry-topic">{provider.kind ? kindLabels[provider.kind] : 'NPI registry'}</p>
      <h2 id="provider-card-title" ref={heading} tabIndex={-1}>
        {nameWithCredential(provider)}
      </h2>
      <p className={online ? 'provider-source provider-online' : 'provider-source'}>
        {sourceLine(provider.source)}
      </p>
      <NetworkMembershipLine npi={provider.npi} />
      {provider.deactivatedOn ? (
        <p className="provider-deactivated">
          <strong>Deactivated.</strong> This NPI was deactivated on{' '}
          <time dateTime={provider.deactivatedOn}>{spokenDay(provider.deactivatedOn)}</time>: do not use it on
          a claim or a form.
        </p>
      ) : null}
      <ul className="contact-values" aria-label="NPI, addresses and numbers">
        <li className="contact-value">
          <div className="contact-label">NPI</div>
          <div className="contact-line">
            <span className="contact-number">{provider.npi}</span>
            <CopyButton text={provider.npi} what={`NPI ${provider.npi}`} />
          </div>
        </li>
        {provider.practiceAddress ? (
          <AddressValue label="Practice address" address={provider.practiceAddress} />
        ) : null}
        {provider.mailingAddress ? (
          <AddressValue label="Mailing address" address={provider.mailingAddress} />
        ) : null}
      </ul>
      <ProviderTaxonomies taxonomies={provider.taxonomies} />
      {provider.otherLocations.length > 0 ? (
        <section className="provider-locations" aria-labelledby="provider-locations-title">
          <h3 id="provider-locations-title">Other practice locations</h3>
          <ul className="contact-values">
            {provider.otherLocations.map((location, index) => (
              <AddressValue key={index} label={`Location ${index + 2}`} address={location} />
            ))}
          </ul>
        </section>
      ) : null}
      {provider.otherNames.length > 0 ? (
        <p className="provider-other-names">Also listed as {provider.otherNames.join('; ')}.</p>
      ) : null}
      <ProviderDates provider={provider} />
    </article>
  );
}

/** An address with its phone and fax, each ready to copy, the phone ready to call. */
function AddressValue({ label, address }: { label: string; address: RegistryAddress }) {
  return (
    <li className="contact-value">
      <div className="contact-label">{label}</div>
      <PostalLines lines={addressLines(address)} what={`the ${label.toLowerCase()}`} />
      {address.phone ? <PhoneLine kind="phone" number={address.phone} /> : null}
      {address.fax ? <PhoneLine kind="fax" number={address.fax} /> : null}
    </li>
  );
}
