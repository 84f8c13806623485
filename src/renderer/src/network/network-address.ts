import type { NetworkAddress } from '../../../shared/plan-net';
import { readableZip } from '../../../shared/registry-address';

/** An address as it goes on an envelope: street lines, then "HARTFORD, CT 06105". */
export function networkAddressLines(address: NetworkAddress): string[] {
  const stateAndZip = [address.state, address.postalCode ? readableZip(address.postalCode) : null]
    .filter(Boolean)
    .join(' ');
  const place = [address.city, stateAndZip].filter(Boolean).join(', ');
  return [...address.lines, place].filter((line) => line !== '');
}
