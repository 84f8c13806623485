import type Database from 'better-sqlite3';
import { fillTerms } from '../../provider-search/search-terms';
import { derivedSchemaSql, derivedTables, linkKinds, searchWordColumns } from './network-db-schema';

const who = linkKinds('PractitionerRole.practitioner', 'OrganizationAffiliation.participatingOrganization');
const employer = linkKinds('PractitionerRole.organization', 'OrganizationAffiliation.organization');
const locations = linkKinds('PractitionerRole.location', 'OrganizationAffiliation.location');
const services = linkKinds('PractitionerRole.healthcareService', 'OrganizationAffiliation.healthcareService');
const networks = linkKinds('PractitionerRole.network', 'OrganizationAffiliation.network');
const planNetworks = linkKinds('InsurancePlan.network');

/** Drops what a build derives, so that an increment derives it again over every resource. */
export function dropDerived(db: Database.Database): void {
  for (const table of derivedTables) db.exec(`DROP TABLE IF EXISTS ${table}`);
}

/** Keeps the last row of each resource (the newest copy, or an increment's), and only its links. */
export function keepLatest(db: Database.Database): void {
  db.exec(`
    -- With the rid, each key's rows sort newest last: the index finds the older ones, and once
    -- they are gone it is the unique look-up by key that resolving links and cards use.
    CREATE UNIQUE INDEX resources_by_key ON resources (key, rid);
    CREATE TEMP TABLE replaced AS
      SELECT r.rid FROM resources r WHERE EXISTS (SELECT 1 FROM resources n WHERE n.key = r.key AND n.rid > r.rid);
    DELETE FROM links WHERE from_rid IN (SELECT rid FROM temp.replaced);
    DELETE FROM resources WHERE rid IN (SELECT rid FROM temp.replaced);
    DROP TABLE temp.replaced;
  `);
}

/**
 * Follows every link in SQL with the rules of resolve-references.ts (the link's "Type/id" was
 * checked against the expected type when it was stored; here it only has to exist) and derives
 * the roles and what filters them.
 */
export function resolveLinks(db: Database.Database): void {
  db.exec(derivedSchemaSql);
  db.exec(`
    INSERT INTO resolved (from_rid, seq, kind, target_rid)
      SELECT l.from_rid, l.seq, l.kind, t.rid FROM links l LEFT JOIN resources t ON t.key = l.target_key
      ORDER BY l.from_rid, l.seq;
    INSERT INTO roles (rid, provider_rid, organization_rid, accepting, incomplete)
      SELECT r.rid,
        coalesce((SELECT x.target_rid FROM resolved x
                  WHERE x.from_rid = r.rid AND x.kind IN (${who}) AND x.target_rid IS NOT NULL
                  ORDER BY x.seq LIMIT 1), r.rid),
        (SELECT x.target_rid FROM resolved x
         WHERE x.from_rid = r.rid AND x.kind IN (${employer}) AND x.target_rid IS NOT NULL
         ORDER BY x.seq LIMIT 1),
        coalesce(r.accepting, ${acceptingOf(services)}, ${acceptingOf(locations)}),
        EXISTS (SELECT 1 FROM resolved x WHERE x.from_rid = r.rid AND x.target_rid IS NULL)
      FROM resources r WHERE r.type IN ('PractitionerRole', 'OrganizationAffiliation')
      ORDER BY r.rid;
    INSERT OR IGNORE INTO role_networks (role_rid, network_rid)
      SELECT from_rid, target_rid FROM resolved WHERE kind IN (${networks}) AND target_rid IS NOT NULL;
    INSERT INTO role_locations (role_rid, seq, location_rid)
      SELECT from_rid, seq, target_rid FROM resolved WHERE kind IN (${locations}) AND target_rid IS NOT NULL;
    INSERT OR IGNORE INTO plan_networks (network_rid, plan_rid)
      SELECT target_rid, from_rid FROM resolved WHERE kind IN (${planNetworks}) AND target_rid IS NOT NULL;
    INSERT OR IGNORE INTO role_specialties (role_rid, code)
      SELECT r.rid, json_extract(s.value, '$.code')
      FROM roles r JOIN resources d ON d.rid = r.rid, json_each(d.details, '$.specialties') s
      WHERE json_extract(s.value, '$.code') IS NOT NULL;
    INSERT OR IGNORE INTO providers (rid) SELECT rid FROM resources WHERE type = 'Practitioner';
    INSERT OR IGNORE INTO providers (rid) SELECT provider_rid FROM roles;
    INSERT OR IGNORE INTO provider_languages (provider_rid, code)
      SELECT p.rid, l.value FROM providers p JOIN resources d ON d.rid = p.rid, json_each(d.details, '$.languages') l
      WHERE d.type = 'Practitioner';
  `);
}

/**
 * A role's services' answer, else its locations': a "yes" anywhere wins, since a patient can be
 * seen there; otherwise the first answer given.
 */
function acceptingOf(kinds: string): string {
  return `(SELECT t.accepting FROM resolved x JOIN resources t ON t.rid = x.target_rid
    WHERE x.from_rid = r.rid AND x.kind IN (${kinds}) AND t.accepting IS NOT NULL
    ORDER BY t.accepting = 'yes' DESC, x.seq LIMIT 1)`;
}

/** The indexes filters and cards read, then each provider's search row and the typo words. */
export function indexDirectory(db: Database.Database): void {
  db.exec(`
    CREATE INDEX IF NOT EXISTS resources_by_npi ON resources (npi) WHERE npi IS NOT NULL;
    CREATE INDEX roles_by_provider ON roles (provider_rid, rid);
    CREATE INDEX roles_accepting ON roles (accepting, provider_rid);
    CREATE INDEX role_networks_by_network ON role_networks (network_rid, role_rid);
    CREATE INDEX role_specialties_by_code ON role_specialties (code, role_rid);
    CREATE INDEX provider_languages_by_code ON provider_languages (code, provider_rid);
    INSERT INTO provider_search (provider_search, rank) VALUES ('automerge', 0);
    -- Each provider's organizations and networks, places, ZIPs and codes, gathered in one pass
    -- over the roles in provider order: four look-ups a provider cost more than the indexing.
    -- FTS5 splits on the commas as on spaces, and the index keeps no word positions.
    CREATE TEMP TABLE provider_orgs (rid INTEGER PRIMARY KEY, names TEXT);
    INSERT INTO temp.provider_orgs (rid, names)
      SELECT provider_rid, group_concat(DISTINCT name) FROM (
        SELECT x.provider_rid, o.name FROM roles x JOIN resources o ON o.rid = x.organization_rid
        UNION ALL
        SELECT x.provider_rid, n.name FROM roles x JOIN role_networks rn ON rn.role_rid = x.rid
          JOIN resources n ON n.rid = rn.network_rid)
      GROUP BY provider_rid;
    CREATE TEMP TABLE provider_places (rid INTEGER PRIMARY KEY, words TEXT, zips TEXT);
    INSERT INTO temp.provider_places (rid, words, zips)
      SELECT x.provider_rid, group_concat(DISTINCT l.words), group_concat(DISTINCT l.zip)
      FROM roles x JOIN role_locations rl ON rl.role_rid = x.rid JOIN resources l ON l.rid = rl.location_rid
      GROUP BY x.provider_rid;
    CREATE TEMP TABLE provider_codes (rid INTEGER PRIMARY KEY, codes TEXT);
    INSERT INTO temp.provider_codes (rid, codes)
      SELECT x.provider_rid, group_concat(DISTINCT s.code) FROM roles x JOIN role_specialties s ON s.role_rid = x.rid
      GROUP BY x.provider_rid;
    INSERT INTO provider_search (rowid, ${searchWordColumns.join(', ')}, codes, zips)
      SELECT p.rid, d.lead, d.words, o.names, pl.words, c.codes, pl.zips
      FROM providers p JOIN resources d ON d.rid = p.rid
        LEFT JOIN temp.provider_orgs o ON o.rid = p.rid
        LEFT JOIN temp.provider_places pl ON pl.rid = p.rid
        LEFT JOIN temp.provider_codes c ON c.rid = p.rid
      ORDER BY p.rid;
    DROP TABLE temp.provider_orgs;
    DROP TABLE temp.provider_places;
    DROP TABLE temp.provider_codes;
    INSERT INTO provider_search (provider_search) VALUES ('optimize');
  `);
  fillTerms(db, 'provider_search', searchWordColumns);
}
