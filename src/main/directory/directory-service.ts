import Database from 'better-sqlite3';
import type { BrowseTopic, SearchResult } from '../../shared/api-contract';
import { DeskError } from '../../shared/desk-error';
import type { DirectoryEntry } from '../../shared/directory-pack';
import { directorySchemaVersion } from './directory-schema';
import { createDirectorySearch } from './directory-search';

export interface DirectoryInfo {
  plan: string;
  packVersion: string;
  capturedOn: string;
  entryCount: number;
  /** Every https link the directory lists: the only sites the app hands to the browser. */
  linkUrls: string[];
}

export interface DirectoryService {
  search(query: string): SearchResult;
  browse(): BrowseTopic[];
  entry(key: string): DirectoryEntry;
  /** Every entry in the pack's order: what an update is compared with. */
  entries(): DirectoryEntry[];
  info(): DirectoryInfo;
  close(): void;
}

export interface OpenDirectoryOptions {
  /** better-sqlite3's compiled addon for the running runtime (Electron's differs from Node's). */
  nativeBinding?: string;
}

/** Opens the shipped directory.db read-only; the app never writes to it. */
export function openDirectory(path: string, options: OpenDirectoryOptions = {}): DirectoryService {
  const unreadable = (cause: unknown) =>
    new DeskError(
      'internal',
      `The plan's directory could not be opened (${path}). Reinstall Provider Desk or run "npm run build".`,
      { cause },
    );
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch (cause) {
    throw unreadable(cause);
  }
  let version: unknown;
  try {
    version = db.pragma('user_version', { simple: true });
  } catch (cause) {
    db.close();
    throw unreadable(cause);
  }
  if (version !== directorySchemaVersion) {
    db.close();
    throw new DeskError(
      'internal',
      `The plan's directory at ${path} is in an older format. Reinstall Provider Desk or run "npm run build".`,
    );
  }

  const search = createDirectorySearch(db);
  const byKey = db.prepare<[string], string>('SELECT json FROM entries WHERE key = ?').pluck();
  const listing = db.prepare<[], { key: string; title: string; topic: string; oldest_seen: string }>(
    'SELECT e.key, e.title, e.topic, e.oldest_seen FROM entries e JOIN topics t ON t.name = e.topic ORDER BY t.position, e.id',
  );
  const meta = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta');
  const allEntries = db.prepare<[], string>('SELECT json FROM entries ORDER BY id').pluck();

  const metaValues = new Map(meta.all().map((row) => [row.key, row.value]));
  const info: DirectoryInfo = {
    plan: metaValues.get('plan') ?? '',
    packVersion: metaValues.get('pack_version') ?? '',
    capturedOn: metaValues.get('captured_on') ?? '',
    entryCount: Number(metaValues.get('entry_count') ?? 0),
    linkUrls: JSON.parse(metaValues.get('link_urls') ?? '[]') as string[],
  };

  return {
    search: (query) => search.search(query),
    browse() {
      const topics: BrowseTopic[] = [];
      for (const row of listing.all()) {
        const last = topics.at(-1);
        const entry = { key: row.key, title: row.title, oldestSeenOn: row.oldest_seen };
        if (last?.topic === row.topic) last.entries.push(entry);
        else topics.push({ topic: row.topic, entries: [entry] });
      }
      return topics;
    },
    entry(key) {
      const json = byKey.get(key);
      if (json === undefined) {
        throw new DeskError(
          'not-found',
          'That directory entry is no longer in the directory. Search for it again.',
        );
      }
      return JSON.parse(json) as DirectoryEntry;
    },
    entries: () => allEntries.all().map((json) => JSON.parse(json) as DirectoryEntry),
    info: () => info,
    close: () => db.close(),
  };
}
