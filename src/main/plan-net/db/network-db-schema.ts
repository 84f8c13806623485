import { nuccCodesTableSql } from '../../provider-search/nucc-code-table';
import { referenceFields, type ReferenceField } from '../reference-fields';

/**
 * network.db: the plan's Plan-Net directory kept on this computer, built aside by an import and
 * opened read-only by the app.
 *
 * Kept by an increment (`basedOn`), written as resources arrive:
 * - resources: one compact row per resource (resource-row.ts), never the whole JSON. `rid` rises
 *   in arrival order; a resource that comes again gets a new rid, and at the end of the build its
 *   older rows and their links go. `resources_by_key` (unique) is made then, and dropped while
 *   an increment appends.
 * - links: every reference the directory follows (`linkFields`), as written, with the "Type/id"
 *   it names when that is of the expected type. Resolving them is a join, done at the end.
 * Derived at the end of every build, from those two (derived tables are dropped and made again):
 * - resolved: each link with the rid it reaches, or NULL: unresolved, kept.
 * - roles: a PractitionerRole or OrganizationAffiliation with its provider (the practitioner or
 *   the participating organization, or the role itself when that is missing), its employer and
 *   its accepting-new-patients answer; role_networks, role_locations, role_specialties,
 *   provider_languages and plan_networks answer filters and cards from indexes.
 * - providers: who a search finds (practitioners, organizations with affiliations, roles without
 *   their practitioner), indexed by provider_search (rowid = rid), like npi.db's index.
 */
export const networkDbSchemaVersion = 1;

/** The links the import report counts, then those only the card follows. */
export const linkFields: readonly ReferenceField[] = [
  ...referenceFields,
  {
    kind: 'OrganizationAffiliation.location',
    from: 'OrganizationAffiliation',
    field: 'location',
    to: 'Location',
  },
  {
    kind: 'OrganizationAffiliation.healthcareService',
    from: 'OrganizationAffiliation',
    field: 'healthcareService',
    to: 'HealthcareService',
  },
];

/** Links numbered below this are the import report's (`referenceFields`). */
export const reportedLinkKinds = referenceFields.length;

/** The `kind` numbers of links of these names. */
export function linkKinds(...names: string[]): string {
  return linkFields.flatMap((field, index) => (names.includes(field.kind) ? [index] : [])).join(', ');
}

export const baseSchemaSql = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
${nuccCodesTableSql}
CREATE TABLE resources (
  rid INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  updated TEXT,
  npi TEXT,
  accepting TEXT,
  has_address INTEGER,
  name TEXT,
  lead TEXT,
  words TEXT,
  zip TEXT,
  place TEXT,
  details TEXT
) STRICT;
CREATE TABLE links (
  from_rid INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  -- The "Type/id" named when it is of the expected type; the reference as written only when it
  -- says more than that (absolute, versioned, of another type, empty).
  target_key TEXT,
  reference TEXT,
  PRIMARY KEY (from_rid, seq)
) STRICT, WITHOUT ROWID;
`;

export const derivedTables = [
  'resolved',
  'roles',
  'role_networks',
  'role_locations',
  'role_specialties',
  'provider_languages',
  'plan_networks',
  'providers',
  'provider_search',
  'terms',
] as const;

export const searchWordColumns = ['lead', 'given', 'orgs', 'place'] as const;

export const derivedSchemaSql = `
CREATE TABLE resolved (
  from_rid INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  target_rid INTEGER,
  PRIMARY KEY (from_rid, seq)
) STRICT, WITHOUT ROWID;
CREATE TABLE roles (
  rid INTEGER PRIMARY KEY,
  provider_rid INTEGER NOT NULL,
  organization_rid INTEGER,
  accepting TEXT,
  incomplete INTEGER NOT NULL
) STRICT;
CREATE TABLE role_networks (role_rid INTEGER NOT NULL, network_rid INTEGER NOT NULL, PRIMARY KEY (role_rid, network_rid)) STRICT, WITHOUT ROWID;
CREATE TABLE role_locations (role_rid INTEGER NOT NULL, seq INTEGER NOT NULL, location_rid INTEGER NOT NULL, PRIMARY KEY (role_rid, seq)) STRICT, WITHOUT ROWID;
CREATE TABLE role_specialties (role_rid INTEGER NOT NULL, code TEXT NOT NULL, PRIMARY KEY (role_rid, code)) STRICT, WITHOUT ROWID;
CREATE TABLE provider_languages (provider_rid INTEGER NOT NULL, code TEXT NOT NULL, PRIMARY KEY (provider_rid, code)) STRICT, WITHOUT ROWID;
CREATE TABLE plan_networks (network_rid INTEGER NOT NULL, plan_rid INTEGER NOT NULL, PRIMARY KEY (network_rid, plan_rid)) STRICT, WITHOUT ROWID;
CREATE TABLE providers (rid INTEGER PRIMARY KEY) STRICT;
CREATE TABLE terms (term TEXT PRIMARY KEY, providers INTEGER NOT NULL) STRICT, WITHOUT ROWID;
CREATE VIRTUAL TABLE provider_search USING fts5(
  ${searchWordColumns.join(', ')}, codes, zips,
  content = '',
  detail = column,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
`;
