import type {
  NetworkDataStatus,
  NetworkImportProgress,
  NetworkImportReport,
  NetworkSource,
} from '../../../shared/plan-net';
import { roughly } from '../provider-data/import-progress-line';

type ImportedNetwork = NonNullable<NetworkDataStatus['network']>;

const count = (value: number) => Math.round(value).toLocaleString('en-US');
const plural = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`;

/** "the files plan-net.zip" or "the server https://plan.example/fhir (changes since …)". */
export function sourceLine(source: NetworkSource): string {
  if (source.kind === 'files') {
    const more = source.fileCount - source.names.length;
    return more > 0
      ? `${count(source.fileCount)} files: ${source.names.slice(0, 3).join(', ')} and ${count(source.fileCount - Math.min(3, source.names.length))} more`
      : `Files: ${source.names.join(', ')}`;
  }
  return source.since ? `Server ${source.url}, changes since ${source.since}` : `Server ${source.url}`;
}

/** "5,215 resources in 3 networks: Green Circle of Connecticut HMO, …". */
export function holdingsLine(network: ImportedNetwork): string {
  const resources = plural(network.resourceCount, 'resource', 'resources');
  if (network.networks.length === 0) return `${resources}, no network named in them`;
  const names = network.networks.map((item) => item.name).join(', ');
  return `${resources} in ${plural(network.networks.length, 'network', 'networks')}: ${names}`;
}

/** The import report as short lines: what came in by type, then the gaps a desk will meet. */
export function reportLines(report: NetworkImportReport): string[] {
  const types = Object.entries(report.countsByType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, number]) => `${count(number)} ${type}`);
  const unresolved = Object.entries(report.unresolvedByKind).sort(([a], [b]) => a.localeCompare(b));
  const unresolvedTotal = unresolved.reduce((total, [, number]) => total + number, 0);
  return [
    `Read: ${types.length > 0 ? types.join(', ') : 'nothing'}`,
    unresolvedTotal === 0
      ? 'Every link between resources was found.'
      : `${plural(unresolvedTotal, 'link', 'links')} not found (${unresolved
          .map(([kind, number]) => `${kind} ${count(number)}`)
          .join(
            ', ',
          )}); ${plural(report.incompleteResources, 'resource is', 'resources are')} shown as incomplete.`,
    `Roles without a network: ${count(report.rolesWithoutNetwork)}`,
    `Locations without an address: ${count(report.locationsWithoutAddress)}`,
    `Practitioners without an NPI: ${count(report.practitionersWithoutNpi)}`,
    ...(report.resourcesWithoutId > 0
      ? [`Resources left out (no id a link could name): ${count(report.resourcesWithoutId)}`]
      : []),
  ];
}

const laterPhases = {
  resolving: 'Following the links between resources',
  indexing: 'Building the search index',
  checking: 'Checking the new network directory',
  switching: 'Switching to the new network directory',
} as const;

/** A moment later today, as a clock shows it: "6:05:30 AM". */
const clockTime = (iso: string) => new Date(iso).toLocaleTimeString('en-US', { timeStyle: 'medium' });

/**
 * The line under the progress bar: "4,000 resources read · 21,000 resources a second · 12 pages ·
 * waiting for the server until 6:05:30 AM". Once everything is read, the step under way instead.
 */
export function networkProgressLine(progress: NetworkImportProgress): string {
  if (progress.phase !== 'reading') {
    return `${laterPhases[progress.phase]}: ${plural(progress.resources, 'resource', 'resources')} read.`;
  }
  return [
    `${plural(progress.resources, 'resource', 'resources')} read`,
    ...(progress.resourcesPerSecond > 0
      ? [`${count(roughly(progress.resourcesPerSecond))} resources a second`]
      : []),
    ...(progress.pages !== null ? [plural(progress.pages, 'page', 'pages')] : []),
    ...(progress.waitingUntil ? [`waiting for the server until ${clockTime(progress.waitingUntil)}`] : []),
  ].join(' · ');
}

/** How far through the files, 0 to 100; null for a server, whose size nobody knows ahead. */
export function networkPercentRead(progress: NetworkImportProgress): number | null {
  if (progress.totalBytes === null || progress.bytesRead === null || progress.totalBytes <= 0) return null;
  if (progress.phase !== 'reading') return 100;
  return Math.min(100, Math.floor((progress.bytesRead / progress.totalBytes) * 100));
}
