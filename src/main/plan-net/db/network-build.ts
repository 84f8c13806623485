import type Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import type { NetworkImportReport, NetworkNamed, NetworkSource } from '../../../shared/plan-net';
import { discard, openForBuild } from '../../npi-registry/build-database';
import { readNuccCodeSet, specialtyOf } from '../../provider-search/nucc-code-set';
import { storeNuccCodes } from '../../provider-search/nucc-code-table';
import type { FhirResource } from '../fhir-resource';
import { checkDirectory } from './check-directory';
import { dropDerived, indexDirectory, keepLatest, resolveLinks } from './derive-directory';
import { directoryNetworks, directoryReport } from './directory-report';
import { baseSchemaSql, networkDbSchemaVersion } from './network-db-schema';
import { compactBatch, resourceBatchWriter, type CompactBatch } from './resource-batch-writer';

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
  /**
   * A batch made compact (compactBatch) in a thread reading files, from the file at `file` among
   * those read: batches of different files may come in any order, each file's in its order.
   */
  addCompact(batch: CompactBatch, file: number): void;
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
  const writer = resourceBatchWriter(db);
  const addBatch = db.transaction(writer.write);
  const addCompact = (batch: CompactBatch, file: number) => {
    try {
      addBatch(batch, file);
    } catch (error) {
      discard(build);
      throw error;
    }
  };

  return {
    add: (batch) =>
      addCompact(
        compactBatch(batch, (code) => specialtyNames.get(code)),
        0,
      ),
    addCompact,
    finish(onPhase) {
      try {
        onPhase?.('resolving');
        db.exec('BEGIN');
        writer.flush();
        keepLatest(db);
        resolveLinks(db);
        onPhase?.('indexing');
        indexDirectory(db);
        onPhase?.('checking');
        const { report, resourceCount, dataLastUpdated } = directoryReport(db);
        const summary: NetworkBuildSummary = {
          resourceCount,
          dataLastUpdated,
          networks: directoryNetworks(db),
          report: { ...report, resourcesWithoutId: writer.withoutId() },
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
  db.exec(`DROP INDEX resources_by_key; DELETE FROM meta WHERE key = 'summary'`);
}
