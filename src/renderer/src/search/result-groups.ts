import type { SearchResult } from '../../../shared/api-contract';
import type { DirectoryEntry } from '../../../shared/directory-pack';
import type { ProviderSearchResult, ProviderSummary } from '../../../shared/npi-registry';
import type { NetworkHit, NetworkSearchResult } from '../../../shared/plan-net';

/**
 * The kinds of result the one search box finds, in the order their groups are shown: the plan's
 * own contacts first, then who is in the plan's network, then anyone the NPI registry lists.
 */
export const resultKinds = [
  { kind: 'contacts', label: 'Plan contacts' },
  { kind: 'network', label: 'In network' },
  { kind: 'registry', label: 'NPI registry' },
] as const;

export type ResultKind = (typeof resultKinds)[number]['kind'];
/** Which kinds the person chose to see: all, or one. */
export type ResultFilter = 'all' | ResultKind;

export type ResultItem =
  | { kind: 'contacts'; id: string; entry: DirectoryEntry }
  | { kind: 'network'; id: string; hit: NetworkHit }
  | { kind: 'registry'; id: string; provider: ProviderSummary };

export interface ResultGroup {
  kind: ResultKind;
  label: string;
  /** Their place in the one list the arrow keys move through starts at `first`. */
  first: number;
  items: ResultItem[];
}

/** The answers to one query, each null until it came (or when it could not be had). */
export interface SearchAnswers {
  directory: SearchResult | null;
  providers: ProviderSearchResult | null;
  network: NetworkSearchResult | null;
}

function itemsOf(kind: ResultKind, answers: SearchAnswers): ResultItem[] {
  switch (kind) {
    case 'contacts':
      return (answers.directory?.hits ?? []).map((entry) => ({ kind, id: `contacts:${entry.key}`, entry }));
    case 'network':
      return (answers.network?.hits ?? []).map((hit) => ({ kind, id: `network:${hit.key}`, hit }));
    case 'registry':
      return (answers.providers?.hits ?? []).map((provider) => ({
        kind,
        id: `registry:${provider.npi}`,
        provider,
      }));
  }
}

/** The groups that have results and that the filter keeps, numbered as one list. */
export function resultGroups(answers: SearchAnswers, filter: ResultFilter): ResultGroup[] {
  const groups: ResultGroup[] = [];
  let first = 0;
  for (const { kind, label } of resultKinds) {
    if (filter !== 'all' && filter !== kind) continue;
    const items = itemsOf(kind, answers);
    if (items.length === 0) continue;
    groups.push({ kind, label, first, items });
    first += items.length;
  }
  return groups;
}

export function flatItems(groups: readonly ResultGroup[]): ResultItem[] {
  return groups.flatMap((group) => group.items);
}
