import type { ContactValue, DirectoryEntry } from '../../../shared/directory-pack';
import { mayBeOutOfDate } from '../../../shared/directory-freshness';
import { formatPhone } from '../../../shared/phone-number';
import { localDate } from '../../../shared/validation/calendar-date';
import { useProviderLine } from './provider-line';

/**
 * Where and when the plan's pages last showed this value. Past 90 days it says so, with the
 * plan's provider line to confirm it before a front desk relies on it.
 */
export function SeenLine({ value, entry }: { value: ContactValue; entry: DirectoryEntry }) {
  const source = entry.sources.find((candidate) => candidate.id === value.seen.source);
  const stale = mayBeOutOfDate(value.seen.on, localDate(new Date()));
  const providerLine = useProviderLine(stale);
  return (
    <p className={stale ? 'contact-seen contact-stale' : 'contact-seen'}>
      {stale ? <strong>May be out of date. </strong> : null}
      Seen on the plan's page on <time dateTime={value.seen.on}>{value.seen.on}</time>
      {source ? ` (${source.title})` : ''}.
      {stale
        ? providerLine
          ? ` Confirm it with ${providerLine.title} at ${formatPhone(providerLine.number)} before you rely on it.`
          : ' Confirm it with the plan before you rely on it.'
        : null}
    </p>
  );
}
