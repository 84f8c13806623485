import type Database from 'better-sqlite3';
import { constants, copyFileSync, rmSync } from 'node:fs';
import { DeskError } from '../../shared/desk-error';
import {
  checkAndClose,
  discard,
  keepsState,
  openForBuild,
  recordFile,
  type BuildFile,
} from './build-database';
import { insertSearchRowSql, npiDbSchemaVersion } from './npi-db-schema';
import { createProviderIds } from './provider-ids';
import { providerKinds, searchTextOf, type PlaceText } from './provider-row';
import type { RegistryBuilder } from './registry-builder';
import type { RegistryRecord } from './registry-record';
import { termAdder } from '../provider-search/search-terms';
import { createLocationStage } from './staged-locations';
import { isDeactivated, recordOfStored, storedDetailsOf } from './stored-details';

interface StoredProvider {
  id: number;
  npi: number;
  kind: number | null;
  details: string;
}

/**
 * A copy of the registry at `fromPath` written to `path`, with a weekly file applied on top
 * (same states as recorded in it). A record replaces the provider with its NPI; a record with
 * nothing but a deactivation keeps what is known and sets the date; a provider whose locations
 * all moved out of the states kept is removed; locations given for an NPI replace its old ones.
 */
export function startIncrement(
  fromPath: string,
  path: string,
  options: { nativeBinding?: string },
): RegistryBuilder {
  copyFileSync(fromPath, path, constants.COPYFILE_EXCL);
  let db: Database.Database;
  try {
    db = openForBuild(path, options.nativeBinding);
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  try {
    if (db.pragma('user_version', { simple: true }) !== npiDbSchemaVersion) {
      throw new DeskError(
        'invalid-input',
        'The NPI registry on this computer was made by another version of Provider Desk. Import a full (monthly) registry file first, then the weekly one.',
      );
    }
    const kept = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'states'`).pluck().get();
    const states = JSON.parse(kept ?? 'null') as string[] | null;
    const lastFile = db.prepare<[], number>('SELECT max(id) FROM files').pluck().get() ?? 0;
    db.exec('BEGIN');
    return incrementBuilder({ db, path, fileId: lastFile + 1 }, states ? new Set(states) : null);
  } catch (error) {
    discard({ db, path });
    throw error;
  }
}

function incrementBuilder(build: BuildFile, states: ReadonlySet<string> | null): RegistryBuilder {
  const { db, fileId } = build;
  const locations = createLocationStage(db, states);
  const ids = createProviderIds(db);
  const byNpi = db.prepare<[number], StoredProvider>(
    'SELECT id, npi, kind, details FROM providers WHERE npi = ?',
  );
  const byId = db.prepare<[number], StoredProvider>(
    'SELECT id, npi, kind, details FROM providers WHERE id = ?',
  );
  const insertProvider = db.prepare(
    'INSERT INTO providers (id, npi, kind, file, details) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteProvider = db.prepare('DELETE FROM providers WHERE id = ?');
  const index = db.prepare(insertSearchRowSql);
  const unindex = db.prepare('DELETE FROM provider_search WHERE rowid = ?');
  const placesOf = db.prepare<[number], PlaceText>(
    'SELECT city, state, zip FROM other_locations WHERE npi = ?',
  );
  const removeLocations = db.prepare('DELETE FROM other_locations WHERE npi = ?');
  const locatedInStates = db
    .prepare<[number, string], number>(
      'SELECT 1 FROM other_locations WHERE npi = ? AND state IN (SELECT value FROM json_each(?)) LIMIT 1',
    )
    .pluck();
  const statesJson = JSON.stringify(states ? [...states] : []);
  /** Ids written by this increment: indexed at finish, once every location is in place. */
  const written = new Set<number>();
  const changed = new Set<number>();

  /** Takes a provider out of the registry: its row, and its index row unless it was new here. */
  function takeOut(provider: StoredProvider): void {
    if (written.has(provider.id)) written.delete(provider.id);
    else if (provider.kind !== null) unindex.run(provider.id);
    deleteProvider.run(provider.id);
  }

  function write(record: RegistryRecord, old: StoredProvider | undefined): void {
    if (old) takeOut(old);
    const id = ids.next(isDeactivated(record));
    insertProvider.run(
      id,
      Number(record.npi),
      providerKinds[record.entityType],
      fileId,
      storedDetailsOf(record),
    );
    written.add(id);
  }

  function keeps(npi: number, state: string): boolean {
    if (keepsState(states, state) || locations.hasLocationInStates(npi)) return true;
    return !locations.has(npi) && locatedInStates.get(npi, statesJson) !== undefined;
  }

  return {
    addSecondaryLocations: (batch) => locations.add(batch),
    addRecords(records) {
      for (const record of records) {
        const npi = Number(record.npi);
        const old = byNpi.get(npi);
        if (record.entityType === '' && old && old.kind !== null) {
          const known = recordOfStored(old.npi, old.kind, old.details);
          write({ ...known, deactivatedOn: record.deactivatedOn }, old);
        } else if (record.entityType === '' || keeps(npi, record.practice.state)) {
          write(record, old);
        } else if (old) {
          takeOut(old);
          removeLocations.run(npi);
        } else continue;
        changed.add(npi);
      }
    },
    finish(info, appliedAt) {
      try {
        for (const npi of locations.npis()) {
          removeLocations.run(npi);
          const provider = byNpi.get(npi);
          if (!provider || provider.kind === null || written.has(provider.id)) continue;
          unindex.run(provider.id);
          written.add(provider.id);
        }
        locations.moveKept();
        const addTerms = termAdder(db);
        for (const id of [...written].sort((a, b) => a - b)) {
          const provider = byId.get(id);
          if (!provider || provider.kind === null) continue;
          const text = searchTextOf(
            recordOfStored(provider.npi, provider.kind, provider.details),
            placesOf.all(provider.npi),
          );
          index.run(id, ...text);
          addTerms(text[0], text[1], text[2]);
        }
        recordFile(build, info, appliedAt, changed.size);
        return { ...checkAndClose(build, info.fileName), rows: changed.size };
      } catch (error) {
        discard(build);
        throw error;
      }
    },
    abandon: () => discard(build),
  };
}
