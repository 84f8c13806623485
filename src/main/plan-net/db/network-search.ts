import type Database from 'better-sqlite3';
import { type NetworkFilters, type NetworkHit, type NetworkSearchResult } from '../../../shared/plan-net';
import { planProviderQuery, type ProviderQuery } from '../../provider-search/provider-query';
import { quoted, tierExpressions } from '../../provider-search/query-expressions';
import type { TaxonomyWords } from '../../provider-search/taxonomy-words';
import { termsVocabulary } from '../../provider-search/terms-vocabulary';
import { searchWordColumns } from './network-db-schema';
import { hitRoleOf, networkProviderKind, providerName, shownNpi, type HitRoleRow } from './network-hit';

/**
 * Ten digits are an NPI even when its check digit is wrong: the plan's data is what the plan
 * published, and the desk types the number they were given.
 */
const tenDigits = /^\s*(\d[\s-]*){10}$/;

/** A page of hits: enough for a screen, few enough to answer fast. */
export const networkPageSize = 50;

interface FilterParameters {
  filtered: number;
  networkRid: number | null;
  accepting: number;
  specialty: string | null;
  language: string | null;
}

/** A role (`x`) passes the filters; all pass when none is set. */
const roleFilter = `(@filtered = 0 OR (
  (@networkRid IS NULL OR EXISTS (SELECT 1 FROM role_networks n WHERE n.role_rid = x.rid AND n.network_rid = @networkRid))
  AND (@accepting = 0 OR x.accepting = 'yes')
  AND (@specialty IS NULL OR EXISTS (SELECT 1 FROM role_specialties s WHERE s.role_rid = x.rid AND s.code = @specialty))
  AND (@language IS NULL OR EXISTS (SELECT 1 FROM provider_languages g WHERE g.provider_rid = x.provider_rid AND g.code = @language))))`;

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
  const byNpi = db
    .prepare<FilterParameters & { npi: string }, number>(
      `SELECT p.rid FROM resources r JOIN providers p ON p.rid = r.rid WHERE r.npi = @npi AND ${providerFilter('p.rid')} ORDER BY p.rid`,
    )
    .pluck();
  const everyone = db
    .prepare<FilterParameters & { limit: number }, number>(
      `SELECT p.rid FROM providers p WHERE ${providerFilter('p.rid')} ORDER BY p.rid LIMIT @limit`,
    )
    .pluck();
  const networkRid = db.prepare<[string], number>(`SELECT rid FROM resources WHERE key = ?`).pluck();
  const provider = db.prepare<
    [number],
    { key: string; type: string; name: string | null; npi: string | null }
  >('SELECT key, type, name, npi FROM resources WHERE rid = ?');
  const roles = db.prepare<FilterParameters & { rid: number }, HitRoleRow>(`
    SELECT k.key, x.accepting, x.incomplete,
      (SELECT json_group_array(json_extract(s.value, '$.name')) FROM json_each(k.details, '$.specialties') s) AS specialties,
      (SELECT name FROM resources WHERE rid = x.organization_rid) AS organization,
      (SELECT json_group_array(place) FROM (
         SELECT l.place FROM role_locations rl JOIN resources l ON l.rid = rl.location_rid
         WHERE rl.role_rid = x.rid ORDER BY rl.seq)) AS places,
      (SELECT json_group_array(name) FROM (
         SELECT coalesce(n.name, n.key) AS name FROM role_networks rn JOIN resources n ON n.rid = rn.network_rid
         WHERE rn.role_rid = x.rid ORDER BY name)) AS networks
    FROM roles x JOIN resources k ON k.rid = x.rid
    WHERE x.provider_rid = @rid AND ${roleFilter}
    ORDER BY x.rid`);

  function idsFor(plan: ProviderQuery, filters: FilterParameters, limit: number): number[] {
    const inIndex = (expression: string, wanted: number) =>
      matching.all({ ...filters, expression, limit: wanted });
    switch (plan.kind) {
      case 'nothing':
        return filters.filtered === 1 ? everyone.all({ ...filters, limit }) : [];
      case 'npi':
        return byNpi.all({ ...filters, npi: plan.npi });
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

  function hitOf(rid: number, filters: FilterParameters): NetworkHit | null {
    const found = provider.get(rid);
    if (found === undefined) return null;
    const kind = networkProviderKind(found.type);
    return {
      key: found.key,
      kind,
      name: providerName(found.name, kind),
      npi: shownNpi(found.npi),
      roles: roles.all({ ...filters, rid }).map(hitRoleOf),
    };
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
    const hits = ids.slice(0, networkPageSize).flatMap((rid) => hitOf(rid, parameters) ?? []);
    return {
      query,
      hits,
      more: ids.length > networkPageSize,
      corrections: plan.kind === 'words' && hits.length > 0 ? [...plan.corrections] : [],
      networkImported: true,
    };
  };
}
