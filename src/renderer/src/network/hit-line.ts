import type { NetworkHit } from '../../../shared/plan-net';

type HitRole = NetworkHit['roles'][number];

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
    places.join('; '),
    role.networks.join(', '),
    role.acceptingNewPatients === 'yes' ? 'Accepting new patients' : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
}
