import type { NetworkLocation } from '../../../shared/plan-net';
import { PostalLines } from '../entry/contact-lines';
import { acceptingWords } from './accepting-words';
import { networkAddressLines } from './network-address';
import { NetworkPhones } from './network-phones';

/** One place the provider sees patients: address, numbers, hours, accessibility, new patients. */
export function NetworkLocationValue({
  location,
  fallbackName,
}: {
  location: NetworkLocation;
  fallbackName: string;
}) {
  const name = location.name ?? fallbackName;
  return (
    <li className="contact-value network-location">
      <div className="contact-label">{name}</div>
      {location.address ? (
        <PostalLines lines={networkAddressLines(location.address)} what={`the address of ${name}`} />
      ) : (
        <p className="contact-missing">No address in the plan’s directory.</p>
      )}
      <NetworkPhones phones={location.phones} faxes={location.faxes} />
      {location.hours.length > 0 ? <p className="network-fact">Hours: {location.hours.join('; ')}</p> : null}
      {location.accessibility.length > 0 ? (
        <p className="network-fact">Accessibility: {location.accessibility.join(', ')}</p>
      ) : null}
      {location.acceptingNewPatients ? (
        <p className="network-fact">{acceptingWords(location.acceptingNewPatients)} here</p>
      ) : null}
    </li>
  );
}
