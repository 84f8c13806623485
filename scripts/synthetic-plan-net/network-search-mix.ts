import type { NetworkFilters } from '../../src/shared/plan-net';
import { SeededRandom } from '../synthetic-nppes/seeded-random';
import { syntheticNpi } from '../synthetic-nppes/synthetic-npi';
import type { CopyPlan } from './copy-plan';
import type { RealSet } from './real-set';
import { practitionerName } from './recombined';

export const searchKinds = [
  'namePrefix',
  'specialtyWord',
  'zipSpecialty',
  'npi',
  'acceptingInNetwork',
] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface NetworkSearch {
  readonly kind: SearchKind;
  readonly query: string;
  readonly filters: NetworkFilters;
}

/** Words a front desk types for the specialties the data has most of. */
const specialtyWords = [
  'cardiologist',
  'heart doctor',
  'pediatrics',
  'dermatology',
  'family medicine',
  'internal medicine',
  'orthopaedic surgery',
  'ophthalmology',
  'dentist',
  'psychiatry',
];

const anyFilters: NetworkFilters = {
  network: null,
  acceptingNewPatients: false,
  language: null,
  specialty: null,
};

/**
 * `perKind` searches of each kind, seeded so every run asks the same: a practitioner's family
 * name, its beginning, or a given name with the beginning of the family, a specialty word, a ZIP with a specialty word, an
 * NPI of the set, and everyone accepting new patients in one network with no words at all.
 */
export function networkSearchMix(
  real: RealSet,
  plan: CopyPlan,
  perKind: number,
  seed: number,
): NetworkSearch[] {
  const random = new SeededRandom(seed);
  const copy = () => random.below(plan.wholeCopies);
  const networks = (real.byType.get('Organization') ?? [])
    .map((organization) => organization.id ?? '')
    .filter((id) => id.startsWith('plannet-network-'));
  const make: Record<SearchKind, () => string | NetworkFilters> = {
    namePrefix: () => {
      const practitioners = real.byType.get('Practitioner')?.length ?? 0;
      const name = practitionerName(real, random.below(practitioners), copy());
      const family = name.family.toLowerCase();
      const shape = random.below(3);
      if (shape === 0) return family;
      if (shape === 1) return `${name.given.toLowerCase()} ${family.slice(0, 3)}`;
      return family.slice(0, 3 + random.below(2));
    },
    specialtyWord: () => random.pick(specialtyWords),
    zipSpecialty: () => `${random.pick(real.places).postalCode.slice(0, 5)} ${random.pick(specialtyWords)}`,
    npi: () => syntheticNpi(copy() * real.npis.size + random.below(real.npis.size)),
    acceptingInNetwork: () => ({
      ...anyFilters,
      network: `Organization/${random.pick(networks)}-${copy()}`,
      acceptingNewPatients: true,
    }),
  };
  return searchKinds.flatMap((kind) =>
    Array.from({ length: perKind }, (): NetworkSearch => {
      const made = make[kind]();
      return typeof made === 'string'
        ? { kind, query: made, filters: anyFilters }
        : { kind, query: '', filters: made };
    }),
  );
}
