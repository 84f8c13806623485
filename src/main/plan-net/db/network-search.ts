import type Database from 'better-sqlite3';
import { type NetworkFilters, type NetworkHit, type NetworkSearchResult } from '../../../shared/plan-net';
import { planProviderQuery, type ProviderQuery } from '../../provider-search/provider-query';
import { quoted, tierExpressions } from '../../provider-search/query-expressions';
import type { TaxonomyWords } from '../../provider-search/taxonomy-words';
import { termsVocabulary } from '../../provider-search/terms-vocabulary';
import { searchWordColumns } from './network-db-schema';
import { createFiltersOnlySearch } from './filters-only-search';
import { hitRoleOf, networkProviderKind, providerName, shownNpi, type HitRoleRow } from './network-hit';
import { roleFilter, type FilterParameters } from './role-filter';

/**
 * Ten digits are an NPI even when its check digit is wrong: the plan's data is what the plan
 * published, and the desk types the number they were given.
 */
const tenDigits = /^\s*(\d[\s-]*){10}$/;

/** A page of hits: enough for a screen, few enough to answer fast. */
export const networkPageSize = 50;

/** A provider (`rid`) has a role that passes; one without roles passes only when none is set. */
const providerFilter = (rid: string) =>
  `(@filtered = 0 OR EXISTS (SELECT 1 FROM roles x WHERE x.provider_rid = ${rid} AND ${roleFilter}))`;

/**
 * Search over an open network.db, the NPI registry's way (provider-search/): an NPI, a ZIP, a
 * NUCC code, or words AND-ed as prefixes of names, organizations, networks and places, with
 * specialty words, one typo corrected, and those whose family name is a word typed first. Filters
 * apply to roles: a provider is found when one of its roles passes, and shows only those.
 */
export function createNetworkSearch(db: Database.Database, taxonomies: TaxonomyWords) {
  const vocabulary = termsVocabulary(db, taxonomies);
  const matching = db
    .prepare<FilterParameters & { expression: string; limit: number }, number>(
      `SELECT rowid FROM provider_search WHERE provider_search MATCH @expression AND ${providerFilter('provider_search.rowid')} LIMIT @limit`,
    )
    .pluck();
  const anyMatching = db
    .prepare<{ expression: string }, number>(
      `SELECT rowid FROM provider_search WHERE provider_search MATCH @expression`,
    )
    .pluck();
  const byNpi = db
    .prepare<FilterParameters & { npi: string; limit: number }, number>(
      `SELECT p.rid FROM resources r JOIN providers p ON p.rid = r.rid WHERE r.npi = @npi AND ${providerFilter('p.rid')} ORDER BY p.rid LIMIT @limit`,
    )
    .pluck();
  const filtersOnly = createFiltersOnlySearch(db);
  const networkRid = db.prepare<[string], number>(`SELECT rid FROM resources WHERE key = ?`).pluck();
  // A page's providers and their roles, each in one query: a query per hit cost more than the
  // rows it read (50 hits, each with its own json_each over the role's details).
  const providers = db.prepare<
    { rids: string },
    { rid: number; key: string; type: string; name: string | null; npi: string | null }
  >('SELECT rid, key, type, name, npi FROM resources WHERE rid IN (SELECT value FROM json_each(@rids))');
  const roles = db.prepare<FilterParameters & { rids: string }, HitRoleRow & { provider_rid: number }>(`
    SELECT x.provider_rid, k.key, x.accepting, x.incomplete,
      (SELECT json_group_array(json_extract(s.value, '$.name')) FROM json_each(k.details, '$.specialties') s) AS specialties,
      (SELECT name FROM resources WHERE rid = x.organization_rid) AS organization,
      (SELECT json_group_array(place) FROM (
         SELECT l.place FROM role_locations rl JOIN resources l ON l.rid = rl.location_rid
         WHERE rl.role_rid = x.rid ORDER BY rl.seq)) AS places,
      (SELECT json_group_array(name) FROM (
         SELECT coalesce(n.name, n.key) AS name FROM role_networks rn JOIN resources n ON n.rid = rn.network_rid
         WHERE rn.role_rid = x.rid ORDER BY name)) AS networks
    FROM roles x JOIN resources k ON k.rid = x.rid
    WHERE x.provider_rid IN (SELECT value FROM json_each(@rids)) AND ${roleFilter}
    ORDER BY x.provider_rid, x.rid`);

  function kept(expression: string, few: ReadonlySet<number>, wanted: number): number[] {
    const ids: number[] = [];
    if (few.size === 0) return ids;
    for (const rid of anyMatching.iterate({ expression })) {
      if (ids.length >= wanted) break;
      if (few.has(rid)) ids.push(rid);
    }
    return ids;
  }

  function idsFor(plan: ProviderQuery, filters: FilterParameters, limit: number): number[] {
    // A filter few roles pass: the index's hits are kept when among those few, rather than each
    // looked up (a rare network and a common specialty word: p95 49 ms).
    const few = plan.kind === 'nothing' || plan.kind === 'npi' ? null : filtersOnly.few(filters);
    const inIndex = (expression: string, wanted: number) =>
      few === null ? matching.all({ ...filters, expression, limit: wanted }) : kept(expression, few, wanted);
    switch (plan.kind) {
      case 'nothing':
        return filtersOnly.page(filters, limit);
      case 'npi':
        return byNpi.all({ ...filters, npi: plan.npi, limit });
      case 'code':
        return inIndex(`codes : ${quoted(plan.code)}`, limit);
      case 'zip':
        return inIndex(`zips : ${quoted(plan.zip)}`, limit);
      case 'words': {
        const ids: number[] = [];
        for (const expression of tierExpressions(plan, searchWordColumns)) {
          if (ids.length >= limit) break;
          ids.push(...inIndex(expression, limit - ids.length));
        }
        return ids;
      }
    }
  }

  function hitsOf(rids: readonly number[], filters: FilterParameters): NetworkHit[] {
    const json = JSON.stringify(rids);
    const found = new Map(providers.all({ rids: json }).map((row) => [row.rid, row]));
    const rolesOf = new Map<number, HitRoleRow[]>();
    for (const role of roles.all({ ...filters, rids: json })) {
      rolesOf.set(role.provider_rid, [...(rolesOf.get(role.provider_rid) ?? []), role]);
    }
    return rids.flatMap((rid) => {
      const row = found.get(rid);
      if (row === undefined) return [];
      const kind = networkProviderKind(row.type);
      return {
        key: row.key,
        kind,
        name: providerName(row.name, kind),
        npi: shownNpi(row.npi),
        roles: (rolesOf.get(rid) ?? []).map(hitRoleOf),
      };
    });
  }

  return (query: string, filters: NetworkFilters): NetworkSearchResult => {
    const parameters: FilterParameters = {
      filtered:
        filters.network !== null ||
        filters.acceptingNewPatients ||
        filters.language !== null ||
        filters.specialty !== null
          ? 1
          : 0,
      networkRid: filters.network === null ? null : (networkRid.get(filters.network) ?? -1),
      accepting: filters.acceptingNewPatients ? 1 : 0,
      specialty: filters.specialty,
      language: filters.language,
    };
    const plan = tenDigits.test(query)
      ? { kind: 'npi' as const, npi: query.replace(/[\s-]/g, '') }
      : planProviderQuery(query, vocabulary);
    const ids = idsFor(plan, parameters, networkPageSize + 1);
    const hits = hitsOf(ids.slice(0, networkPageSize), parameters);
    return {
      query,
      hits,
      more: ids.length > networkPageSize,
      corrections: plan.kind === 'words' && hits.length > 0 ? [...plan.corrections] : [],
      networkImported: true,
    };
  };
}
