import type { ProviderSource } from '../../../shared/npi-registry';
import { spokenDay } from '../../../shared/spoken-day';
import { spokenMoment } from '../directory-updates/update-summary';

/** Where a provider's facts come from, said on the card and beside a form's NPI. */
export function sourceLine(source: ProviderSource): string {
  if (source.kind === 'online')
    return `Online answer from the NPI registry, ${spokenMoment(source.fetchedAt)}`;
  const weekly = source.coverage === 'weekly' ? ', a weekly update' : '';
  return `From the NPI registry file of ${spokenDay(source.fileDate)} (${source.fileName}${weekly})`;
}
