import type Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import {
  networkResourceKeySchema,
  type NetworkImportReport,
  type NetworkNamed,
  type NetworkSource,
} from '../../../shared/plan-net';
import { batchedInsert } from '../../npi-registry/batched-insert';
import { discard, openForBuild } from '../../npi-registry/build-database';
import { readNuccCodeSet, specialtyOf } from '../../provider-search/nucc-code-set';
import { storeNuccCodes } from '../../provider-search/nucc-code-table';
import { isPlanNetResourceType, type FhirResource } from '../fhir-resource';
import { referenceKey, referencesIn, resourceKey } from '../resolve-references';
import { checkDirectory } from './check-directory';
import { dropDerived, indexDirectory, resolveLinks } from './derive-directory';
import { directoryNetworks, directoryReport } from './directory-report';
import { baseSchemaSql, linkFields, networkDbSchemaVersion } from './network-db-schema';
import { resourceRow } from './resource-row';

export interface NetworkBuildSummary {
  resourceCount: number;
  /** The newest meta.lastUpdated in the data, as an ISO date. */
  dataLastUpdated: string | null;
  networks: NetworkNamed[];
  report: NetworkImportReport;
}

export interface NetworkBuild {
  /** Later resources with the same "Type/id" replace earlier ones (a server's update, an increment). */
  add(batch: readonly FhirResource[]): void;
  /** Resolves references in SQL, derives the search rows, indexes, checks (quick_check, counts), closes. */
  finish(onPhase?: (phase: 'resolving' | 'indexing' | 'checking') => void): NetworkBuildSummary;
  /** Closes and deletes the file (cancel, refusal). */
  abandon(): void;
}

export interface NetworkBuildOptions {
  /** e.g. <data>/network.db.building; must not exist. */
  path: string;
  /** An existing network.db to start from: an increment adds and replaces on top of it. */
  basedOn: string | null;
  source: NetworkSource;
  importedAt: string;
  /** The NUCC code set's CSV (resources/nucc), for specialty names and words. */
  nuccPath: string;
  nativeBinding?: string;
}

/**
 * Builds a network.db aside. Each batch is one transaction of compact rows (resource-row.ts) and
 * links; nothing of a resource stays in memory after its batch. References are resolved, roles
 * derived and the search index built in SQL at the end, over every resource.
 */
export function startNetworkBuild(options: NetworkBuildOptions): NetworkBuild {
  const { path } = options;
  if (existsSync(path)) throw new Error(`${path} already exists; a build starts from no file.`);
  const nucc = readNuccCodeSet(options.nuccPath);
  if (options.basedOn !== null) copyFileSync(options.basedOn, path);
  const db = openForBuild(path, options.nativeBinding);
  const build = { db, path };
  try {
    prepareFile(db, options.basedOn !== null);
    db.exec('DELETE FROM nucc_codes');
    storeNuccCodes(db, nucc);
    const setMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    setMeta.run('source', JSON.stringify(options.source));
    setMeta.run('importedAt', options.importedAt);
  } catch (error) {
    discard(build);
    throw error;
  }
  const specialtyNames = new Map(nucc.map((code) => [code.code, specialtyOf(code)]));
  const addBatch = db.transaction(batchWriter(db, (code) => specialtyNames.get(code)));

  return {
    add(batch) {
      try {
        addBatch(batch);
      } catch (error) {
        discard(build);
        throw error;
      }
    },
    finish(onPhase) {
      try {
        onPhase?.('resolving');
        db.exec('BEGIN');
        resolveLinks(db);
        onPhase?.('indexing');
        indexDirectory(db);
        onPhase?.('checking');
        const summary: NetworkBuildSummary = {
          resourceCount: db.prepare<[], number>('SELECT count(*) FROM resources').pluck().get() ?? 0,
          dataLastUpdated:
            db.prepare<[], string | null>('SELECT max(updated) FROM resources').pluck().get() ?? null,
          networks: directoryNetworks(db),
          report: directoryReport(db),
        };
        db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('summary', ?)`).run(
          JSON.stringify(summary),
        );
        db.exec('COMMIT');
        checkDirectory(db);
        db.pragma('locking_mode = NORMAL');
        db.pragma('journal_mode = DELETE');
        db.close();
        return summary;
      } catch (error) {
        discard(build);
        throw error;
      }
    },
    abandon: () => discard(build),
  };
}

/** A new file gets the schema; an increment's copy loses what is derived, to derive it again. */
function prepareFile(db: Database.Database, basedOn: boolean): void {
  if (!basedOn) {
    db.exec(baseSchemaSql);
    db.pragma(`user_version = ${networkDbSchemaVersion}`);
    return;
  }
  if (db.pragma('user_version', { simple: true }) !== networkDbSchemaVersion) {
    throw new Error('The directory to add to was made by another version of Provider Desk.');
  }
  dropDerived(db);
  db.exec(`DELETE FROM meta WHERE key = 'summary'`);
}

/** Writes one batch: its last copy of each resource replaces any earlier one, in or before it. */
function batchWriter(db: Database.Database, specialtyName: (code: string) => string | undefined) {
  const existing = db.prepare<[string], number>('SELECT rid FROM resources WHERE key = ?').pluck();
  const removeResource = db.prepare('DELETE FROM resources WHERE rid = ?');
  const removeLinks = db.prepare('DELETE FROM links WHERE from_rid = ?');
  const resources = batchedInsert(
    db,
    'INSERT INTO resources (rid, key, type, updated, npi, accepting, has_address, name, lead, words, zip, place, details)',
    13,
  );
  const links = batchedInsert(db, 'INSERT INTO links (from_rid, seq, kind, target_key, reference)', 5);
  let nextRid =
    (db.prepare<[], number>('SELECT coalesce(max(rid), 0) FROM resources').pluck().get() ?? 0) + 1;

  return (batch: readonly FhirResource[]) => {
    const latest = new Map<string, FhirResource>();
    for (const resource of batch) {
      if (!isPlanNetResourceType(resource.resourceType)) continue;
      const key = resourceKey(resource);
      // A FHIR id is at most 64 letters, digits, '-' and '.': anything else is not a resource a
      // card could name, and the contract refuses such keys.
      if (!networkResourceKeySchema.safeParse(key).success) continue;
      latest.delete(key);
      latest.set(key, resource);
    }
    for (const [key, resource] of latest) {
      const earlier = existing.get(key);
      if (earlier !== undefined) {
        removeResource.run(earlier);
        removeLinks.run(earlier);
      }
      const rid = nextRid;
      nextRid += 1;
      const row = resourceRow(resource, key, specialtyName);
      resources.add([
        rid,
        key,
        row.type,
        row.updated,
        row.npi,
        row.accepting,
        row.hasAddress,
        row.name,
        row.lead,
        row.words,
        row.zip,
        row.place,
        row.details,
      ]);
      let seq = 0;
      linkFields.forEach((field, kind) => {
        if (field.from !== resource.resourceType) return;
        for (const reference of referencesIn(resource, field)) {
          const named = referenceKey(reference);
          const target = named !== null && named.startsWith(`${field.to}/`) ? named : null;
          links.add([rid, seq, kind, target, reference === target ? null : reference.slice(0, 1000)]);
          seq += 1;
        }
      });
    }
    resources.write();
    links.write();
  };
}
