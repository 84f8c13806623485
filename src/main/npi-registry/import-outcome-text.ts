import { spokenDay } from '../../shared/spoken-day';
import type { RegistryImportResult } from './registry-import';

const count = (value: number) => value.toLocaleString('en-US');

/** What an import did, in the sentence the page and the import command show. */
export function describeImportOutcome(result: RegistryImportResult): string {
  const where = result.states ? ` in ${result.states.join(', ')}` : '';
  if (result.coverage === 'weekly') {
    return `Applied the weekly NPI registry file of ${spokenDay(result.fileDate)} (${result.fileName}): ${count(result.rowsKept)} providers${where} added or changed; ${count(result.providerCount)} providers in all.`;
  }
  return `Imported the NPI registry file of ${spokenDay(result.fileDate)} (${result.fileName}): ${count(result.providerCount)} providers${where}, from ${count(result.rows)} rows.`;
}
