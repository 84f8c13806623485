import { z } from 'zod';
import { npiSchema } from '../../../shared/npi-registry';
import { acceptingPatientsSchema, type NetworkHit, type NetworkProvider } from '../../../shared/plan-net';

/** A role's result line as network-search.ts selects it: lists as JSON arrays. */
export interface HitRoleRow {
  key: string;
  accepting: string | null;
  incomplete: number;
  specialties: string;
  organization: string | null;
  places: string;
  networks: string;
}

const texts = z.array(z.string());
const places = z.array(z.string().nullable());

export function hitRoleOf(row: HitRoleRow): NetworkHit['roles'][number] {
  return {
    key: row.key,
    specialties: texts.parse(JSON.parse(row.specialties)),
    organization: row.organization,
    places: places.parse(JSON.parse(row.places)),
    networks: texts.parse(JSON.parse(row.networks)),
    acceptingNewPatients: acceptingPatientsSchema.nullable().parse(row.accepting),
    incomplete: row.incomplete === 1,
  };
}

/** A Practitioner, or a role standing for its missing practitioner; else an organization. */
export function networkProviderKind(type: string): NetworkProvider['kind'] {
  return type === 'Practitioner' || type === 'PractitionerRole' ? 'practitioner' : 'organization';
}

/** The NPI as a card shows it: only a well-formed one (data may hold anything). */
export function shownNpi(npi: string | null): string | null {
  return npi !== null && npiSchema.safeParse(npi).success ? npi : null;
}

/** How a result or card names a provider whose data gives no name. */
export function providerName(name: string | null, kind: NetworkProvider['kind']): string {
  return name ?? (kind === 'practitioner' ? 'Practitioner (no name given)' : 'Organization (no name given)');
}
