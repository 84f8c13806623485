import Database from 'better-sqlite3';
import { z } from 'zod';
import { existsSync } from 'node:fs';
import { DeskError } from '../../../shared/desk-error';
import {
  networkImportReportSchema,
  networkNamedSchema,
  networkSourceSchema,
  type NetworkFilterChoices,
  type NetworkFilters,
  type NetworkMembership,
  type NetworkProvider,
  type NetworkSearchResult,
  type NetworkSource,
} from '../../../shared/plan-net';
import { specialtyOf } from '../../provider-search/nucc-code-set';
import { storedNuccCodes } from '../../provider-search/nucc-code-table';
import { indexTaxonomyWords } from '../../provider-search/taxonomy-words';
import type { NetworkBuildSummary } from './network-build';
import { networkDbSchemaVersion } from './network-db-schema';
import { createFilterChoices } from './filter-choices';
import { createNetworkSearch } from './network-search';
import { createProviderCards } from './provider-card';

export interface NetworkDirectory {
  search(query: string, filters: NetworkFilters): NetworkSearchResult;
  get(key: string): NetworkProvider | null;
  forNpi(npi: string): NetworkMembership['memberships'];
  filterChoices(): NetworkFilterChoices;
  info(): NetworkBuildSummary & { source: NetworkSource; importedAt: string };
  close(): void;
}

const buildSummarySchema = z.object({
  resourceCount: z.number().int(),
  dataLastUpdated: z.string().nullable(),
  networks: z.array(networkNamedSchema),
  report: networkImportReportSchema,
});

/** The plan's directory on this computer, read-only: one handle per network.db file. */
export function openNetworkDirectory(
  path: string,
  options: { nativeBinding?: string } = {},
): NetworkDirectory {
  if (!existsSync(path)) {
    throw new DeskError(
      'not-found',
      'The plan’s provider directory has not been imported on this computer yet. Import the plan’s Plan-Net data in Settings → Plan network.',
    );
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    if (db.pragma('user_version', { simple: true }) !== networkDbSchemaVersion)
      throw new Error('unknown format');
    return directoryOver(db);
  } catch (cause) {
    db?.close();
    throw new DeskError(
      'internal',
      'The plan’s provider directory on this computer cannot be read: it is damaged or was made by another version of Provider Desk. Import the plan’s Plan-Net data again in Settings → Plan network.',
      { cause },
    );
  }
}

function directoryOver(db: Database.Database): NetworkDirectory {
  const meta = new Map(
    db
      .prepare<[], { key: string; value: string }>('SELECT key, value FROM meta')
      .all()
      .map((row) => [row.key, row.value]),
  );
  const summaryText = meta.get('summary');
  if (summaryText === undefined) throw new Error('the build did not finish');
  const summary: NetworkBuildSummary = buildSummarySchema.parse(JSON.parse(summaryText));
  const source = networkSourceSchema.parse(JSON.parse(meta.get('source') ?? 'null'));
  const importedAt = meta.get('importedAt') ?? '';
  const nucc = storedNuccCodes(db);
  const search = createNetworkSearch(db, indexTaxonomyWords(nucc));
  const card = createProviderCards(db);
  const choices = createFilterChoices(db, new Map(nucc.map((code) => [code.code, specialtyOf(code)])));
  const withNpi = db.prepare<[string], { rid: number; key: string; name: string | null }>(
    'SELECT r.rid, r.key, r.name FROM resources r JOIN providers p ON p.rid = r.rid WHERE r.npi = ? ORDER BY r.rid',
  );
  const networkNames = db
    .prepare<[number], string>(
      `
      SELECT DISTINCT coalesce(n.name, n.key) AS name FROM roles x JOIN role_networks rn ON rn.role_rid = x.rid
      JOIN resources n ON n.rid = rn.network_rid WHERE x.provider_rid = ? ORDER BY name`,
    )
    .pluck();
  return {
    search,
    get: card,
    forNpi: (npi) =>
      withNpi
        .all(npi)
        .map((row) => ({ key: row.key, name: row.name ?? row.key, networks: networkNames.all(row.rid) })),
    filterChoices: choices,
    info: () => ({ ...summary, source, importedAt }),
    close: () => db.close(),
  };
}
