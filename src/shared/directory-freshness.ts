import type { ContactValue, PackEntry, PageSource, RetiredValue } from './directory-pack';
import { digitsOf, formatPhone } from './phone-number';

/**
 * How fresh a directory value is. A value is only as good as the last time one of the plan's
 * pages showed it; after 90 days without a sighting a front desk should confirm it by phone
 * before relying on it.
 */
export const staleAfterDays = 90;

/** The entry whose number a card offers for confirming a value that may be out of date. */
export const providerLineKey = 'customer-service.provider';

const dayMs = 24 * 60 * 60 * 1000;

function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / dayMs);
}

/** Whether a value last seen on `seenOn` (YYYY-MM-DD) is more than 90 days old on `today`. */
export function mayBeOutOfDate(seenOn: string, today: string): boolean {
  return daysBetween(seenOn, today) > staleAfterDays;
}

export function needsChecking(entry: Pick<PackEntry, 'values'>, today: string): boolean {
  return entry.values.some((value) => mayBeOutOfDate(value.seen.on, today));
}

/** "CareOregon provider support page (careoregon.org/providers/support), undated page, captured 2026-11-23" */
export function describeSource(source: PageSource): string {
  const where = source.url ? ` (${source.url.replace(/^https:\/\//, '')})` : '';
  const when = source.publishedOn
    ? `dated ${source.publishedOn}, captured ${source.capturedOn}`
    : `undated page, captured ${source.capturedOn}`;
  return `${source.title}${where}, ${when}`;
}

/** A value in plain words, as a person would read it out: the number, the address, the name. */
export function plainValue(value: ContactValue): string {
  switch (value.kind) {
    case 'phone':
    case 'fax':
      return formatPhone(value.number);
    case 'email':
      return value.address;
    case 'postal':
      return value.lines.join(', ');
    case 'payer-id':
      return `payer ID ${value.id}`;
    case 'web':
    case 'document':
      return value.url ? `${value.label} (${value.url.replace(/^https:\/\//, '')})` : value.label;
  }
}

/** The retired value a query names (an old mailbox, an old number), so results can say what replaced it. */
export function retiredValueNamed(
  entry: Pick<PackEntry, 'retired'>,
  query: string,
): RetiredValue | undefined {
  const typed = query.trim().toLowerCase();
  const typedDigits = digitsOf(query);
  if (typed.length < 3) return undefined;
  return (entry.retired ?? []).find(({ value }) => {
    if (value.kind === 'phone' || value.kind === 'fax') {
      return typedDigits.length >= 4 && digitsOf(value.number).includes(typedDigits);
    }
    return plainValue(value).toLowerCase().includes(typed);
  });
}
