import type { NetworkLocation, NetworkProvider, NetworkRole } from '../../../shared/plan-net';
import { readablePhone } from './phone-extension';
import { networkAddressLines } from './network-address';

/** A place the provider sees patients, with every network they see patients there in. */
interface ReferralPlace {
  location: NetworkLocation;
  organization: string | null;
  phones: string[];
  faxes: string[];
  networks: string[];
}

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * The provider's places, each once: a location listed under two roles (two networks, say) is one
 * place with both networks. A location without numbers of its own takes the role's, which is
 * where real directories often put them.
 */
function placesOf(roles: readonly NetworkRole[]): ReferralPlace[] {
  const places = new Map<string, ReferralPlace>();
  for (const role of roles) {
    for (const location of role.locations) {
      const place = places.get(location.key) ?? {
        location,
        organization: role.organization?.name ?? null,
        phones: location.phones.length > 0 ? location.phones : role.phones,
        faxes: location.faxes.length > 0 ? location.faxes : role.faxes,
        networks: [],
      };
      place.networks = unique([...place.networks, ...role.networks.map((network) => network.name)]);
      places.set(location.key, place);
    }
  }
  return [...places.values()];
}

/** A provider whose roles name no location: their own address and numbers, as the directory gives them. */
function providerOwnPlace(provider: NetworkProvider): ReferralPlace {
  return {
    location: {
      key: provider.key,
      name: null,
      address: provider.addresses[0] ?? null,
      phones: provider.phones,
      faxes: provider.faxes,
      hours: [],
      accessibility: [],
      acceptingNewPatients: null,
    },
    organization: null,
    phones: provider.phones,
    faxes: provider.faxes,
    networks: unique(provider.roles.flatMap((role) => role.networks.map((network) => network.name))),
  };
}

function placeLines(place: ReferralPlace, index: number, count: number): string[] {
  const { location } = place;
  const title = location.name ?? place.organization;
  const heading = count === 1 ? 'Location' : `Location ${index + 1}`;
  return [
    title ? `${heading}: ${title}` : `${heading}:`,
    ...(location.address ? networkAddressLines(location.address) : ['No address in the plan’s directory']),
    ...place.phones.map((phone) => `Phone: ${readablePhone(phone)}`),
    ...place.faxes.map((fax) => `Fax: ${readablePhone(fax)}`),
    place.networks.length > 0 ? `Network: ${place.networks.join(', ')}` : 'Network: none listed',
  ];
}

/**
 * The provider as a plain-text block a person pastes into a referral letter or a fax: name with
 * credentials, specialty, NPI, then each place with its address, phone, fax and network(s).
 */
export function referralText(provider: NetworkProvider): string {
  const specialties = unique(provider.roles.flatMap((role) => role.specialties.map((item) => item.name)));
  const places = placesOf(provider.roles);
  const head = [
    provider.name,
    ...(specialties.length > 0 ? [`Specialty: ${specialties.join(', ')}`] : []),
    `NPI: ${provider.npi ?? 'none in the plan’s directory'}`,
  ];
  const body = places.length > 0 ? places : [providerOwnPlace(provider)];
  return [
    head.join('\n'),
    ...body.map((place, index) => placeLines(place, index, body.length).join('\n')),
  ].join('\n\n');
}
