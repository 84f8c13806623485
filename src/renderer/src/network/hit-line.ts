import type { NetworkHit } from '../../../shared/plan-net';

type HitRole = NetworkHit['roles'][number];

/** A pharmacy chain lists dozens of places; a result line names a few and counts the rest. */
const placesShown = 3;

function placesPart(places: readonly string[]): string {
  if (places.length <= placesShown) return places.join('; ');
  const rest = places.length - placesShown;
  return `${places.slice(0, placesShown).join('; ')} and ${rest} more ${rest === 1 ? 'place' : 'places'}`;
}

/**
 * One role of a result in a line: "Cardiovascular Disease · Hartford Hospital · NEW BRITAIN, CT
 * 06052 · Green Circle HMO · Accepting new patients". Parts the directory leaves out are left out;
 * only a yes is said, since a result line is where a desk looks for who can take the patient.
 */
export function hitRoleLine(role: HitRole): string {
  const places = role.places.filter((place): place is string => place !== null);
  return [
    role.specialties.join(', '),
    role.organization ?? '',
    placesPart(places),
    role.networks.join(', '),
    role.acceptingNewPatients === 'yes' ? 'Accepting new patients' : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
}
