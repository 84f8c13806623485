import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import type { DirectoryEntry, DirectoryPack, PackEntry, PageSource } from '../../shared/directory-pack';
import { directorySchemaSql, directorySchemaVersion } from './directory-schema';
import { entrySearchColumns, searchColumns, searchWords } from './search-text';
import { minTypoWordLength, oneLetterDeletions } from './typo-distance';

/**
 * Compiles a checked data pack into a directory.db file. It writes to a temporary file and
 * renames it into place, so a reader never sees half a directory.
 */
export interface BuildOptions {
  /** better-sqlite3's addon for the running runtime (Electron's differs from Node's). */
  nativeBinding?: string;
  /** Told how many entries are written, now and then, for a progress bar. */
  onProgress?: (written: number, total: number) => void;
}

export function buildDirectoryDatabase(
  pack: DirectoryPack,
  outputPath: string,
  options: BuildOptions = {},
): void {
  const temporaryPath = `${outputPath}.building`;
  rmSync(temporaryPath, { force: true });
  const db = new Database(temporaryPath, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(directorySchemaSql);
    db.transaction(() => writePack(db, pack, options.onProgress))();
    db.exec(`INSERT INTO entry_search(entry_search) VALUES ('optimize')`);
    db.pragma(`user_version = ${directorySchemaVersion}`);
    db.exec('VACUUM');
  } finally {
    db.close();
  }
  renameSync(temporaryPath, outputPath);
}

function writePack(
  db: Database.Database,
  pack: DirectoryPack,
  onProgress: BuildOptions['onProgress'] = () => undefined,
): void {
  const rows = entryRows(db);
  pack.entries.forEach((packEntry, index) => {
    const id = index + 1;
    const entry = directoryEntryOf(packEntry, pack);
    rows.insert(id, entry, JSON.stringify(entry));
    if (id % 5000 === 0) onProgress(id, pack.entries.length);
  });
  writeDerivedTables(db, pack);
}

/** An entry as directory.db stores it: the pack's entry with the pages its values cite. */
export function directoryEntryOf(packEntry: PackEntry, pack: DirectoryPack): DirectoryEntry {
  return { ...packEntry, sources: sourcesCitedBy(packEntry, pack) };
}

/** Writing and removing one entry's rows: the entry, its full-text row and its ranking words. */
export function entryRows(db: Database.Database) {
  const insertEntry = db.prepare(
    'INSERT INTO entries (id, key, topic, title, oldest_seen, json) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertSearch = db.prepare(
    `INSERT INTO entry_search (rowid, ${searchColumns.join(', ')}) VALUES (?, ${searchColumns.map(() => '?').join(', ')})`,
  );
  const insertWords = db.prepare('INSERT INTO entry_words (id, title, labels, other) VALUES (?, ?, ?, ?)');
  const removals = ['entries', 'entry_words'].map((table) => db.prepare(`DELETE FROM ${table} WHERE id = ?`));
  const removeSearch = db.prepare('DELETE FROM entry_search WHERE rowid = ?');
  const wordsOf = (...texts: string[]) => searchWords(texts.join(' ')).join(' ');
  return {
    insert(id: number, entry: DirectoryEntry, json: string): void {
      const oldestSeen = entry.values.map((value) => value.seen.on).sort()[0]!;
      insertEntry.run(id, entry.key, entry.topic, entry.title, oldestSeen, json);
      const columns = entrySearchColumns(entry);
      insertSearch.run(id, ...searchColumns.map((column) => columns[column]));
      insertWords.run(
        id,
        wordsOf(columns.title),
        wordsOf(columns.keywords, columns.topic),
        wordsOf(columns.body, columns.contact, columns.digits),
      );
    },
    remove(id: number): void {
      for (const removal of removals) removal.run(id);
      removeSearch.run(id);
    },
  };
}

/** The tables worked out from the whole pack: its facts, topics, synonyms and typo vocabulary. */
export function writeDerivedTables(db: Database.Database, pack: DirectoryPack): void {
  for (const table of ['meta', 'topics', 'synonyms', 'terms', 'term_deletions'])
    db.exec(`DELETE FROM ${table}`);
  const insertMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  insertMeta.run('plan', pack.plan);
  insertMeta.run('pack_version', pack.packVersion);
  insertMeta.run('captured_on', newestCapture(pack));
  insertMeta.run('entry_count', String(pack.entries.length));
  const linkUrls = pack.entries.flatMap((entry) =>
    entry.values.flatMap((value) =>
      (value.kind === 'web' || value.kind === 'document') && value.url ? [value.url] : [],
    ),
  );
  insertMeta.run('link_urls', JSON.stringify([...new Set(linkUrls)]));

  const topicTexts = new Map<string, string[]>();
  for (const entry of pack.entries) {
    const texts = topicTexts.get(entry.topic) ?? [entry.topic];
    texts.push(entry.title);
    topicTexts.set(entry.topic, texts);
  }
  const insertTopic = db.prepare('INSERT INTO topics (name, position, search_text) VALUES (?, ?, ?)');
  [...topicTexts].forEach(([name, texts], position) => {
    insertTopic.run(name, position, texts.join(' ').slice(0, 4000));
  });

  const insertSynonym = db.prepare('INSERT OR REPLACE INTO synonyms (phrase, target) VALUES (?, ?)');
  for (const synonym of pack.synonyms) {
    const target = searchWords(synonym.to).join(' ');
    for (const phrase of synonym.from) insertSynonym.run(searchWords(phrase).join(' '), target);
  }

  writeVocabulary(db);
}

/** The pages an entry's values (current and retired) were seen on, so its card can name them. */
function sourcesCitedBy(entry: PackEntry, pack: DirectoryPack): PageSource[] {
  const cited = new Set([
    ...entry.values.map((value) => value.seen.source),
    ...(entry.retired ?? []).flatMap((old) => [old.value.seen.source, old.retiredBy]),
  ]);
  return pack.sources.filter((source) => cited.has(source.id));
}

/** The day of the newest page copy in the pack: what "captured" means for the whole directory. */
function newestCapture(pack: DirectoryPack): string {
  return (
    pack.sources
      .map((source) => source.capturedOn)
      .sort()
      .at(-1) ?? ''
  );
}

/** The words a typo can be corrected to: real words of the entries, not digits or address tails. */
function writeVocabulary(db: Database.Database): void {
  db.exec(`CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, entry_search, col)`);
  const words = db
    .prepare(`SELECT DISTINCT term FROM temp.search_vocabulary WHERE col NOT IN ('digits', 'fragments')`)
    .pluck()
    .all() as string[];
  db.exec('DROP TABLE temp.search_vocabulary');

  const insertTerm = db.prepare('INSERT INTO terms (term) VALUES (?)');
  const insertDeletion = db.prepare('INSERT OR IGNORE INTO term_deletions (deletion, term) VALUES (?, ?)');
  for (const word of words) {
    insertTerm.run(word);
    if (word.length < minTypoWordLength - 1 || /\d/.test(word)) continue;
    for (const deletion of oneLetterDeletions(word)) insertDeletion.run(deletion, word);
  }
}
