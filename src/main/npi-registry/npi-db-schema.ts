import { nuccCodesTableSql } from '../provider-search/nucc-code-table';

/**
 * npi.db: the NPI registry (NPPES) kept on this computer, built aside from a monthly file with
 * weekly files applied on top, and opened read-only by the app.
 *
 * - providers: one row per NPI kept. `id` is also the provider's rowid in the search index, and
 *   it says whether the NPI is deactivated: active providers count up from 1 and deactivated ones
 *   from `deactivatedIdOffset`, so FTS5's own rowid order lists active providers first, for free.
 *   Ids are given in arrival order: appending is the fastest way to fill a table and an FTS5
 *   index (a rowid lower than the last one written makes FTS5 write out what it holds), and the
 *   registry's file is not in NPI order. `details` is the rest of a provider as a positional JSON
 *   array (stored-details.ts): a million copies of key names would make the file a third larger.
 * - provider_search: the full-text index, detail=column: column filters work (an exact last name
 *   ranks first) while positions, which no query needs, stay out of the index. Taxonomies are
 *   indexed by code, not by their words: the 874 NUCC names are matched in memory and become a
 *   list of codes (taxonomy-words.ts), which keeps ten words per provider out of the index.
 * - terms: the words of names and places, with how many providers use each: what a typo is
 *   corrected to.
 */
export const npiDbSchemaVersion = 1;

export const deactivatedIdOffset = 10_000_000_000;

const searchIndexSql = `
CREATE VIRTUAL TABLE provider_search USING fts5(
  lead, given, place, codes, zips,
  content = '',
  contentless_delete = 1,
  detail = column,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);`;

/** A provider's row in provider_search: its id, then the columns of provider-row.ts's SearchText. */
export const insertSearchRowSql =
  'INSERT INTO provider_search (rowid, lead, given, place, codes, zips) VALUES (?, ?, ?, ?, ?, ?)';

export const npiDbSchemaSql = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_date TEXT NOT NULL,
  coverage TEXT NOT NULL CHECK (coverage IN ('full', 'weekly')),
  applied_at TEXT NOT NULL,
  rows INTEGER NOT NULL
) STRICT;
${nuccCodesTableSql}
CREATE TABLE providers (
  id INTEGER PRIMARY KEY,
  npi INTEGER NOT NULL,
  -- 1 individual, 2 organization, NULL for an NPI the file lists with nothing but its deactivation.
  kind INTEGER,
  file INTEGER NOT NULL,
  details TEXT NOT NULL
) STRICT;
CREATE TABLE other_locations (
  npi INTEGER NOT NULL,
  city TEXT NOT NULL,
  state TEXT NOT NULL,
  zip TEXT NOT NULL,
  address TEXT NOT NULL
) STRICT;
CREATE TABLE terms (term TEXT PRIMARY KEY, providers INTEGER NOT NULL) STRICT, WITHOUT ROWID;
${searchIndexSql}
`;

/** Created once the rows are in: building an index at the end is faster than keeping it up. */
export const npiDbIndexesSql = `
CREATE UNIQUE INDEX providers_by_npi ON providers (npi);
CREATE INDEX other_locations_by_npi ON other_locations (npi);
`;
