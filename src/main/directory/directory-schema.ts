import { searchColumns } from './search-text';

/**
 * directory.db, built whole from a data pack and opened read-only by the app. Entries keep the
 * pack's order in their id, which is also the tie-breaking rank: the pack lists the contact
 * points a front desk needs most first. entry_words holds each entry's search words by where
 * they stand, so results can be ranked without re-reading every entry. oldest_seen is the
 * earliest day any of an entry's current values was seen, for the "Needs checking" list. The
 * full-text table allows deleting a row by its id (contentless_delete), so an update can patch a
 * copy of the directory in use entry by entry instead of rebuilding the whole index.
 */
export const directorySchemaVersion = 3;

export const directorySchemaSql = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE entries (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  topic TEXT NOT NULL,
  title TEXT NOT NULL,
  oldest_seen TEXT NOT NULL,
  json TEXT NOT NULL
) STRICT;
CREATE TABLE entry_words (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  labels TEXT NOT NULL,
  other TEXT NOT NULL
) STRICT;
CREATE TABLE topics (
  name TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  search_text TEXT NOT NULL
) STRICT;
CREATE TABLE synonyms (phrase TEXT PRIMARY KEY, target TEXT NOT NULL) STRICT, WITHOUT ROWID;
CREATE TABLE terms (term TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
CREATE TABLE term_deletions (
  deletion TEXT NOT NULL,
  term TEXT NOT NULL,
  PRIMARY KEY (deletion, term)
) STRICT, WITHOUT ROWID;
CREATE VIRTUAL TABLE entry_search USING fts5(
  ${searchColumns.join(', ')},
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4 5 6 7 8 9 10'
);
`;
