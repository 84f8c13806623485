import type { DirectoryEntry } from '../../../shared/directory-pack';
import { describeSource, plainValue } from '../../../shared/directory-freshness';

/** Values the plan's later pages replaced or withdrew: kept so an old address is recognised, never offered. */
export function EntryHistory({ entry }: { entry: DirectoryEntry }) {
  const retired = entry.retired ?? [];
  if (retired.length === 0) return null;
  return (
    <section className="entry-history" aria-labelledby="entry-history-title">
      <h3 id="entry-history-title">No longer in use</h3>
      <ul>
        {retired.map((old) => (
          <li key={`${old.value.kind}-${plainValue(old.value)}`}>
            <del>{plainValue(old.value)}</del> was retired by the plan’s page of{' '}
            <time dateTime={old.retiredOn}>{old.retiredOn}</time>; use {old.replacement} instead.
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The pages this entry's values were seen on, and how each is dated. */
export function EntrySources({ entry }: { entry: DirectoryEntry }) {
  return (
    <section className="entry-source" aria-label="Sources">
      <p>{entry.sources.length === 1 ? 'Source:' : 'Sources:'}</p>
      <ul>
        {entry.sources.map((source) => (
          <li key={source.id}>{describeSource(source)}</li>
        ))}
      </ul>
    </section>
  );
}
