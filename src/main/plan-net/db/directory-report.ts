import type Database from 'better-sqlite3';
import type { NetworkImportReport, NetworkNamed } from '../../../shared/plan-net';
import { planNetResourceTypes } from '../fhir-resource';
import type { PlanNetImportReport } from '../import-report';
import { linkFields, linkKinds, reportedLinkKinds } from './network-db-schema';

/** Examples kept per kind of unresolved link, as import-report.ts keeps. */
const examplesPerKind = 3;
const roleNetworks = linkKinds('PractitionerRole.network');
const networkLinks = linkKinds(
  'PractitionerRole.network',
  'OrganizationAffiliation.network',
  'InsurancePlan.network',
);

/**
 * The import report of a resolved network.db (the figures import-report.ts gives in memory),
 * with the resources' count and newest change. Resources left out for want of an id are not in
 * the file: the build counts those.
 */
export function directoryReport(db: Database.Database): {
  report: Omit<NetworkImportReport, 'resourcesWithoutId'>;
  resourceCount: number;
  dataLastUpdated: string | null;
} {
  const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
  const countsByType: Record<string, number> = Object.fromEntries(
    planNetResourceTypes.map((type) => [type, 0]),
  );
  // One pass over the resources for every figure they give: each pass reads the whole table.
  const byType = db
    .prepare<
      [],
      { type: string; n: number; withoutAddress: number; withoutNpi: number; updated: string | null }
    >(
      `SELECT type, count(*) AS n,
         coalesce(sum(type = 'Location' AND has_address = 0), 0) AS withoutAddress,
         coalesce(sum(type = 'Practitioner' AND npi IS NULL), 0) AS withoutNpi,
         max(updated) AS updated
       FROM resources GROUP BY type`,
    )
    .all();
  for (const { type, n } of byType) countsByType[type] = n;
  const total = (figure: (row: (typeof byType)[number]) => number) =>
    byType.reduce((sum, row) => sum + figure(row), 0);
  const newest =
    byType
      .flatMap((row) => row.updated ?? [])
      .sort()
      .at(-1) ?? null;
  const unresolvedByKind: Record<string, number> = {};
  const unresolvedExamples: string[] = [];
  const examples = db.prepare<[number, number], { key: string; reference: string }>(`
    SELECT r.key, coalesce(l.reference, l.target_key) AS reference
    FROM resolved x JOIN links l ON l.from_rid = x.from_rid AND l.seq = x.seq JOIN resources r ON r.rid = x.from_rid
    WHERE x.kind = ? AND x.target_rid IS NULL ORDER BY x.from_rid, x.seq LIMIT ?`);
  const unresolved = db
    .prepare<[], { kind: number; n: number }>(
      `SELECT kind, count(*) AS n FROM resolved WHERE target_rid IS NULL AND kind < ${reportedLinkKinds} GROUP BY kind ORDER BY kind`,
    )
    .all();
  for (const { kind, n } of unresolved) {
    const name = linkFields[kind]?.kind ?? String(kind);
    unresolvedByKind[name] = n;
    for (const example of examples.all(kind, examplesPerKind))
      unresolvedExamples.push(`${example.key} → ${example.reference}`);
  }
  const report: Omit<NetworkImportReport, 'resourcesWithoutId'> = {
    countsByType,
    unresolvedByKind,
    unresolvedExamples,
    incompleteResources: count(
      `SELECT count(DISTINCT from_rid) FROM resolved WHERE target_rid IS NULL AND kind < ${reportedLinkKinds}`,
    ),
    rolesWithoutNetwork: count(`
      SELECT count(*) FROM resources r WHERE r.type = 'PractitionerRole' AND NOT EXISTS (
        SELECT 1 FROM resolved x WHERE x.from_rid = r.rid AND x.kind IN (${roleNetworks}) AND x.target_rid IS NOT NULL)`),
    locationsWithoutAddress: total((row) => row.withoutAddress),
    practitionersWithoutNpi: total((row) => row.withoutNpi),
  };
  return { report, resourceCount: total((row) => row.n), dataLastUpdated: newest };
}

/** The networks the data names and holds, by name. */
export function directoryNetworks(db: Database.Database): NetworkNamed[] {
  return db
    .prepare<[], NetworkNamed>(
      `SELECT n.key, coalesce(n.name, n.key) AS name FROM resources n
       WHERE n.rid IN (SELECT target_rid FROM resolved WHERE kind IN (${networkLinks}))
       ORDER BY name, n.key`,
    )
    .all();
}

/** The in-memory report (import-report.ts) in the contract's shape, as the directory gives it. */
export function networkImportReportOf(
  report: PlanNetImportReport,
  resourcesWithoutId = 0,
): NetworkImportReport {
  return {
    countsByType: { ...report.countsByType },
    unresolvedByKind: Object.fromEntries(report.unresolved.map(({ kind, count }) => [kind, count])),
    unresolvedExamples: report.unresolved.flatMap(({ examples }) =>
      examples.map(({ from, reference }) => `${from} → ${reference}`),
    ),
    incompleteResources: report.incomplete,
    rolesWithoutNetwork: report.rolesWithoutNetwork,
    locationsWithoutAddress: report.locationsWithoutAddress,
    practitionersWithoutNpi: report.practitionersWithoutNpi,
    resourcesWithoutId,
  };
}
