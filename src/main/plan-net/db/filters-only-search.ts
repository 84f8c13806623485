import type Database from 'better-sqlite3';
import { roleFilter, type FilterParameters } from './role-filter';

/** Counting a filter's index stops here: past it, any lead is a long walk, so the usual order decides. */
const countedUpTo = 5000;

interface Lead {
  /** From the lead's index to the roles it names, in the usual order of how few roles it passes. */
  from: string;
  /** How many index entries it holds for these filters, up to `countedUpTo`. */
  count: string;
  set(filters: FilterParameters): boolean;
}

const leads: readonly Lead[] = [
  {
    from: 'role_specialties s CROSS JOIN roles x ON x.rid = s.role_rid WHERE s.code = @specialty',
    count: 'role_specialties WHERE code = @specialty',
    set: (filters) => filters.specialty !== null,
  },
  {
    from: 'role_networks n CROSS JOIN roles x ON x.rid = n.role_rid WHERE n.network_rid = @networkRid',
    count: 'role_networks WHERE network_rid = @networkRid',
    set: (filters) => filters.networkRid !== null,
  },
  {
    from: 'provider_languages g CROSS JOIN roles x ON x.provider_rid = g.provider_rid WHERE g.code = @language',
    count: 'provider_languages WHERE code = @language',
    set: (filters) => filters.language !== null,
  },
  {
    from: `roles x WHERE x.accepting = 'yes'`,
    count: `roles WHERE accepting = 'yes'`,
    set: (filters) => filters.accepting === 1,
  },
];

/**
 * Nothing typed, filters set: the roles of the filter that passes fewest, counted in its index
 * (up to a bound) for these very values, lead, and each is checked against the others. A fixed
 * order went wrong when a common value met a rare one (English speakers in one small network:
 * 170 ms walking every English speaker); the count costs a fraction of a millisecond.
 */
export function createFiltersOnlySearch(db: Database.Database) {
  const prepared = leads.map((lead) => ({
    lead,
    passing: db
      .prepare<FilterParameters & { limit: number }, number>(
        `SELECT DISTINCT x.provider_rid FROM ${lead.from} AND ${roleFilter} LIMIT @limit`,
      )
      .pluck(),
    count: db
      .prepare<FilterParameters, number>(
        `SELECT count(*) FROM (SELECT 1 FROM ${lead.count} LIMIT ${countedUpTo})`,
      )
      .pluck(),
  }));
  const fewest = (filters: FilterParameters) => {
    const set = prepared.filter(({ lead }) => lead.set(filters));
    const counted = set.map((candidate) => ({ ...candidate, roles: candidate.count.get(filters) ?? 0 }));
    return counted.reduce<(typeof counted)[number] | undefined>(
      (best, candidate) => (best === undefined || candidate.roles < best.roles ? candidate : best),
      undefined,
    );
  };
  return {
    /** A page (`limit`) of the providers passing the filters. */
    page: (filters: FilterParameters, limit: number): number[] =>
      fewest(filters)?.passing.all({ ...filters, limit }) ?? [],
    /**
     * Every provider passing the filters when one of them passes few roles, else null: words
     * and filters together are then answered by keeping the index's hits that are among these.
     */
    few(filters: FilterParameters): ReadonlySet<number> | null {
      const lead = fewest(filters);
      if (lead === undefined || lead.roles >= countedUpTo) return null;
      return new Set(lead.passing.all({ ...filters, limit: countedUpTo }));
    },
  };
}
