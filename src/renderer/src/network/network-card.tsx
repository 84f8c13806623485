import { useEffect, useRef } from 'react';
import type { NetworkProvider } from '../../../shared/plan-net';
import { spokenDay } from '../../../shared/spoken-day';
import { useDeskStore } from '../desk-store';
import { PostalLines } from '../entry/contact-lines';
import { CopyButton } from '../entry/copy-button';
import { networkAddressLines } from './network-address';
import { NetworkPhones } from './network-phones';
import { NetworkRegistryDetails } from './network-registry-details';
import { NetworkRoleSection } from './network-role';
import { referralText } from './referral-text';

const kindLabels = {
  practitioner: 'In network · Practitioner',
  organization: 'In network · Organization',
} as const;

/**
 * An in-network provider as the plan's directory lists them: every role with its locations,
 * numbers, networks and plans, the referral block to copy, and the NPI registry's word on the NPI.
 */
export function NetworkCard({ provider }: { provider: NetworkProvider }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focusPending = useDeskStore((state) => state.cardFocusPending);

  useEffect(() => {
    if (focusPending && useDeskStore.getState().takeCardFocus()) heading.current?.focus();
  }, [focusPending, provider.key]);

  return (
    <article className="entry-card network-card" aria-labelledby="network-card-title">
      <p className="entry-topic">{kindLabels[provider.kind]}</p>
      <h2 id="network-card-title" ref={heading} tabIndex={-1}>
        {provider.name}
      </h2>
      {provider.lastUpdated ? (
        <p className="provider-source">
          Directory data last updated{' '}
          <time dateTime={provider.lastUpdated}>{spokenDay(provider.lastUpdated)}</time>
        </p>
      ) : null}
      <p className="network-referral">
        <CopyButton text={referralText(provider)} what="referral details" spelledOut />
      </p>
      <ul className="contact-values" aria-label="NPI, languages and the provider’s own numbers">
        <li className="contact-value">
          <div className="contact-label">NPI</div>
          {provider.npi ? (
            <div className="contact-line">
              <span className="contact-number">{provider.npi}</span>
              <CopyButton text={provider.npi} what={`NPI ${provider.npi}`} />
            </div>
          ) : (
            <p className="contact-missing">None in the plan’s directory.</p>
          )}
        </li>
        {provider.languages.length > 0 ? (
          <li className="contact-value">
            <div className="contact-label">Languages</div>
            <p className="network-fact">{provider.languages.join(', ')}</p>
          </li>
        ) : null}
        {provider.addresses.length > 0 || provider.phones.length > 0 || provider.faxes.length > 0 ? (
          <li className="contact-value">
            <div className="contact-label">Own address and numbers</div>
            {provider.addresses.map((address) => (
              <PostalLines
                key={networkAddressLines(address).join('|')}
                lines={networkAddressLines(address)}
              />
            ))}
            <NetworkPhones phones={provider.phones} faxes={provider.faxes} />
          </li>
        ) : null}
      </ul>
      {provider.roles.map((role, index) => (
        <NetworkRoleSection
          key={role.key}
          role={role}
          headingId={`network-role-${index}`}
          ownPhones={provider.phones}
          ownFaxes={provider.faxes}
        />
      ))}
      <NetworkRegistryDetails npi={provider.npi} />
    </article>
  );
}
