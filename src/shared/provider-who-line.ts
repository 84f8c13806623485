import type { ProviderSummary, RegistryProvider } from './npi-registry';

/** "RICHARD SOUCIER, MD": the name as the registry gives it, the credential after a comma. */
export function nameWithCredential(provider: Pick<ProviderSummary, 'name' | 'credential'>): string {
  return provider.credential ? `${provider.name}, ${provider.credential}` : provider.name;
}

/**
 * The registry writes cities in capitals; a line meant to be read says "East Hartford". A city
 * already in mixed case is left as written, since it was written by someone who knew.
 */
export function cityForReading(city: string): string {
  if (city !== city.toUpperCase()) return city;
  return city.toLowerCase().replace(/(^|[\s\-'.(/])(\p{Ll})/gu, (_, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
}

/** "Hartford, CT"; either half alone when the other is missing. */
export function placeLine(city: string | null, state: string | null): string {
  return [city ? cityForReading(city) : '', state ?? ''].filter((part) => part !== '').join(', ');
}

/**
 * Who an NPI belongs to, in one line: "RICHARD SOUCIER, MD — Cardiovascular Disease — Hartford, CT".
 * Parts the registry does not give are left out rather than shown empty.
 */
export function whoLine(summary: ProviderSummary): string {
  return [nameWithCredential(summary), summary.specialty ?? '', placeLine(summary.city, summary.state)]
    .filter((part) => part !== '')
    .join(' — ');
}

/** The primary taxonomy; the first one listed when none is marked primary. */
export function primaryTaxonomy(provider: RegistryProvider): RegistryProvider['taxonomies'][number] | null {
  return provider.taxonomies.find((taxonomy) => taxonomy.primary) ?? provider.taxonomies[0] ?? null;
}

/** A full provider cut down to what a search hit shows, so both are told the same way. */
export function summaryOf(provider: RegistryProvider): ProviderSummary {
  return {
    npi: provider.npi,
    kind: provider.kind,
    name: provider.name,
    credential: provider.credential,
    specialty: primaryTaxonomy(provider)?.specialty ?? null,
    city: provider.practiceAddress?.city || null,
    state: provider.practiceAddress?.state || null,
    deactivated: provider.deactivatedOn !== null,
  };
}
