import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { DeskError } from '../../shared/desk-error';
import type { ProviderSearchResult, ProviderSource, RegistryProvider } from '../../shared/npi-registry';
import { npiDbSchemaVersion } from './npi-db-schema';
import { storedNuccCodes } from '../provider-search/nucc-code-table';
import { createProviderShapes } from './registry-provider';
import { createRegistrySearch, defaultSearchLimit } from './registry-search';
import { parseStoredAddress, recordOfStored } from './stored-details';
import { indexTaxonomyWords } from '../provider-search/taxonomy-words';

interface RegistryFileRow {
  fileName: string;
  fileDate: string;
  appliedAt: string;
  rows: number;
}

export interface RegistrySummary {
  full: RegistryFileRow;
  weekly: RegistryFileRow[];
  providerCount: number;
  states: string[] | null;
}

/** The NPI registry on this computer, read-only: one handle per npi.db file. */
export interface NpiRegistry {
  lookup(npi: string): RegistryProvider | null;
  search(query: string, options?: { limit?: number }): Omit<ProviderSearchResult, 'registryImported'>;
  summary(): RegistrySummary;
  close(): void;
}

interface StoredRow {
  npi: number;
  kind: number | null;
  file: number;
  details: string;
}

export function openNpiRegistry(path: string, options: { nativeBinding?: string } = {}): NpiRegistry {
  if (!existsSync(path)) {
    throw new DeskError(
      'not-found',
      'No NPI registry file has been imported on this computer yet. Import the monthly file from CMS in Settings → Provider data.',
    );
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    if (db.pragma('user_version', { simple: true }) !== npiDbSchemaVersion) throw new Error('unknown format');
    return registryOver(db);
  } catch (cause) {
    db?.close();
    throw new DeskError(
      'internal',
      'The NPI registry on this computer cannot be read: it is damaged or was made by another version of Provider Desk. Import the monthly file from CMS again in Settings → Provider data.',
      { cause },
    );
  }
}

function registryOver(db: Database.Database): NpiRegistry {
  const nucc = new Map(storedNuccCodes(db).map((code) => [code.code, code]));
  const files = db
    .prepare<[], RegistryFileRow & { id: number; coverage: 'full' | 'weekly' }>(
      'SELECT id, file_name AS fileName, file_date AS fileDate, coverage, applied_at AS appliedAt, rows FROM files ORDER BY id',
    )
    .all();
  const full = files.find((file) => file.coverage === 'full');
  if (!full) throw new Error('no full file recorded');
  const sourceOf = (file: {
    fileName: string;
    fileDate: string;
    coverage: 'full' | 'weekly';
  }): ProviderSource => ({
    kind: 'file',
    fileName: file.fileName,
    fileDate: file.fileDate,
    coverage: file.coverage,
  });
  const sources = new Map(files.map((file) => [file.id, sourceOf(file)]));
  const statesJson = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'states'`).pluck().get();
  const providerCount = db.prepare<[], number>('SELECT count(*) FROM providers').pluck().get() ?? 0;

  const byNpi = db.prepare<[number], StoredRow>(
    'SELECT npi, kind, file, details FROM providers WHERE npi = ?',
  );
  const byId = db.prepare<[number], StoredRow>('SELECT npi, kind, file, details FROM providers WHERE id = ?');
  const locations = db
    .prepare<[number], string>('SELECT address FROM other_locations WHERE npi = ? ORDER BY rowid')
    .pluck();
  const shapes = createProviderShapes(nucc);
  const search = createRegistrySearch(db, indexTaxonomyWords([...nucc.values()]));
  const fileRow = ({ fileName, fileDate, appliedAt, rows }: RegistryFileRow) => ({
    fileName,
    fileDate,
    appliedAt,
    rows,
  });

  return {
    lookup(npi) {
      if (!/^\d{10}$/.test(npi)) return null;
      const row = byNpi.get(Number(npi));
      if (!row) return null;
      const otherLocations = locations.all(row.npi).map(parseStoredAddress);
      const source = sources.get(row.file) ?? sourceOf(full);
      return shapes.provider(recordOfStored(row.npi, row.kind, row.details), otherLocations, source);
    },
    search(query, options = {}) {
      const matched = search.match(query, options.limit ?? defaultSearchLimit);
      const hits = matched.ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [shapes.summary(recordOfStored(row.npi, row.kind, row.details))] : [];
      });
      return { query, hits, more: matched.more, corrections: matched.corrections };
    },
    summary: () => ({
      full: fileRow(full),
      weekly: files.filter((file) => file.coverage === 'weekly').map(fileRow),
      providerCount,
      states: JSON.parse(statesJson ?? 'null') as string[] | null,
    }),
    close: () => db.close(),
  };
}
