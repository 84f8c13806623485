import type { ProviderTaxonomy, RegistryProvider } from '../../../shared/npi-registry';
import { spokenDay } from '../../../shared/spoken-day';

/** What the provider practises, by the NUCC's names, the code beside each; the primary first. */
export function ProviderTaxonomies({ taxonomies }: { taxonomies: readonly ProviderTaxonomy[] }) {
  if (taxonomies.length === 0) return null;
  return (
    <section className="provider-taxonomies" aria-labelledby="provider-taxonomies-title">
      <h3 id="provider-taxonomies-title">{taxonomies.length === 1 ? 'Taxonomy' : 'Taxonomies'}</h3>
      <ul>
        {taxonomies.map((taxonomy) => (
          <li key={taxonomy.code}>
            <span className="taxonomy-name">
              {taxonomy.displayName ?? 'A code the NUCC code set does not list'}
            </span>{' '}
            <code>{taxonomy.code}</code>
            {taxonomy.primary ? <span className="taxonomy-primary"> · primary</span> : null}
            {taxonomy.license ? (
              <span className="taxonomy-license">
                {' '}
                · license {taxonomy.license}
                {taxonomy.licenseState ? ` (${taxonomy.licenseState})` : ''}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** When the NPI was given and when the registry last changed it, and a reactivation if any. */
export function ProviderDates({ provider }: { provider: RegistryProvider }) {
  const dates = [
    { label: 'Enumerated', date: provider.enumeratedOn },
    { label: 'Last updated', date: provider.lastUpdatedOn },
    { label: 'Reactivated', date: provider.reactivatedOn },
  ].filter((item): item is { label: string; date: string } => item.date !== null);
  if (dates.length === 0) return null;
  return (
    <ul className="provider-dates">
      {dates.map(({ label, date }) => (
        <li key={label}>
          {label} <time dateTime={date}>{spokenDay(date)}</time>
        </li>
      ))}
    </ul>
  );
}
