import { mixed } from './mixed';
import type { Place, RealSet } from './real-set';

/**
 * The real families and given names recombined per copy, so a million resources hold thousands
 * of distinct names, each family shared by hundreds of practitioners, as a large directory's
 * are; the same practitioner gets the same name wherever a copy names it.
 */
export function practitionerName(
  real: RealSet,
  index: number,
  copy: number,
): { family: string; given: string } {
  const pick = mixed(index, copy, 1);
  return {
    family: real.families[pick % real.families.length]!,
    given: real.givens[mixed(pick, 2) % real.givens.length]!,
  };
}

/** A real location's city, state and ZIP for the `ordinal`-th address of a copy. */
export function placeOf(real: RealSet, ordinal: number, copy: number): Place {
  return real.places[mixed(ordinal, copy, 3) % real.places.length]!;
}
