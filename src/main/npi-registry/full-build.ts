import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { DeskError } from '../../shared/desk-error';
import {
  checkAndClose,
  discard,
  keepsState,
  openForBuild,
  recordFile,
  type BuildFile,
} from './build-database';
import { insertSearchRowSql, npiDbIndexesSql, npiDbSchemaSql, npiDbSchemaVersion } from './npi-db-schema';
import { readNuccCodeSet } from '../provider-search/nucc-code-set';
import { storeNuccCodes } from '../provider-search/nucc-code-table';
import { createProviderIds } from './provider-ids';
import { batchedInsert } from './batched-insert';
import { providerKinds, searchTextOf, type SearchText } from './provider-row';
import type { RegistryBuilder } from './registry-builder';
import { fillTerms } from '../provider-search/search-terms';
import { createLocationStage } from './staged-locations';
import { isDeactivated, storedDetailsOf } from './stored-details';

/** A new npi.db at `path` (must not exist) for a full (monthly) file; `states` null = all, recorded in the file. */
export function startFullBuild(
  path: string,
  options: { nuccCsvPath: string; states: readonly string[] | null; nativeBinding?: string },
): RegistryBuilder {
  if (existsSync(path)) throw new Error(`${path} already exists; a build starts from no file.`);
  const nucc = readNuccCodeSet(options.nuccCsvPath);
  const states = options.states?.length ? new Set(options.states.map((state) => state.toUpperCase())) : null;
  const build: BuildFile = { db: openForBuild(path, options.nativeBinding), path, fileId: 1 };
  const { db } = build;
  try {
    db.exec(npiDbSchemaSql);
    db.pragma(`user_version = ${npiDbSchemaVersion}`);
    db.exec('BEGIN');
    storeNuccCodes(db, nucc);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('states', ?)`).run(
      JSON.stringify(states ? [...states].sort() : null),
    );
    // Measured on a million providers: FTS5's defaults, merging its pieces as they are written
    // (automerge) and writing out every 1 MB of words, made indexing take 60% longer than
    // writing 32 MB pieces and merging them once, at the end ('optimize').
    db.exec(`INSERT INTO provider_search (provider_search, rank) VALUES ('hashsize', ${32 * 1024 * 1024})`);
    db.exec(`INSERT INTO provider_search (provider_search, rank) VALUES ('automerge', 0)`);
    db.exec(`CREATE TEMP TABLE deferred_search (rowid INTEGER PRIMARY KEY, lead, given, place, codes, zips)`);
  } catch (error) {
    discard(build);
    throw error;
  }

  const locations = createLocationStage(db, states);
  const ids = createProviderIds(db);
  const providers = batchedInsert(db, 'INSERT INTO providers (id, npi, kind, file, details)', 5);
  const index = db.prepare(insertSearchRowSql);
  // Index rows are written some thousands at a time rather than each after its provider:
  // switching between the table and FTS5's pending words for every row made both slower
  // (measured: a third more time for the two together).
  const waiting: [number, ...SearchText][] = [];
  const indexWaiting = () => {
    for (const row of waiting) index.run(row);
    waiting.length = 0;
  };
  // Deactivated providers' ids come after every active one; indexing them as they come would
  // break the rising order FTS5 writes fastest in, so they are indexed at the end.
  const deferIndex = db.prepare('INSERT INTO temp.deferred_search VALUES (?, ?, ?, ?, ?, ?)');

  return {
    addSecondaryLocations: (batch) => locations.add(batch),
    addRecords(records) {
      for (const record of records) {
        const npi = Number(record.npi);
        // A deactivated NPI listed with nothing else has no place to filter by; it is kept so
        // that looking it up says "deactivated" rather than "not found".
        const kept =
          record.entityType === '' ||
          keepsState(states, record.practice.state) ||
          locations.hasLocationInStates(npi);
        if (!kept) continue;
        const deactivated = isDeactivated(record);
        const id = ids.next(deactivated);
        const kind = providerKinds[record.entityType];
        providers.add([id, npi, kind, build.fileId, storedDetailsOf(record)]);
        if (kind === null) continue;
        const text = searchTextOf(record, locations.placesOf(npi));
        if (deactivated) deferIndex.run(id, ...text);
        else waiting.push([id, ...text]);
      }
      if (waiting.length >= 8192) indexWaiting();
    },
    finish(info, appliedAt) {
      try {
        providers.write();
        indexWaiting();
        refuseRepeatedNpis(db, info.fileName, () => db.exec(npiDbIndexesSql));
        locations.moveKept();
        db.exec(
          `INSERT INTO provider_search (rowid, lead, given, place, codes, zips) SELECT * FROM temp.deferred_search ORDER BY rowid`,
        );
        db.exec(`INSERT INTO provider_search (provider_search) VALUES ('optimize')`);
        // Weekly increments add small pieces; FTS5's own merging (its default, 4) keeps them few.
        db.exec(`INSERT INTO provider_search (provider_search, rank) VALUES ('automerge', 4)`);
        fillTerms(db, 'provider_search', ['lead', 'given', 'place']);
        const rows = db.prepare<[], number>('SELECT count(*) FROM providers').pluck().get() ?? 0;
        recordFile(build, info, appliedAt, rows);
        return { ...checkAndClose(build, info.fileName), rows };
      } catch (error) {
        discard(build);
        throw error;
      }
    },
    abandon: () => discard(build),
  };
}

/** Runs `createIndexes`, telling a registry file that lists an NPI twice from other failures. */
function refuseRepeatedNpis(db: Database.Database, fileName: string, createIndexes: () => void): void {
  try {
    createIndexes();
  } catch (cause) {
    const repeated = db
      .prepare<[], number>('SELECT npi FROM providers GROUP BY npi HAVING count(*) > 1 LIMIT 1')
      .pluck()
      .get();
    if (repeated === undefined) throw cause;
    throw new DeskError(
      'invalid-input',
      `The registry file ${fileName} lists NPI ${repeated} more than once, so it is not a registry file as CMS publishes it. Download the file again; the registry in use is unchanged.`,
      { cause },
    );
  }
}
