import type { RegistryAddress } from './npi-registry';

/** "06105-1208" from the registry's nine digits; five digits, or a postal code abroad, stay as given. */
export function readableZip(postalCode: string): string {
  return /^\d{9}$/.test(postalCode) ? `${postalCode.slice(0, 5)}-${postalCode.slice(5)}` : postalCode;
}

/** An address as it goes on an envelope: street lines, "HARTFORD, CT 06105-1208", the country abroad. */
export function addressLines(address: RegistryAddress): string[] {
  const place = [address.city, [address.state, readableZip(address.postalCode)].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [...address.lines, place, address.country ?? ''].filter((line) => line !== '');
}
