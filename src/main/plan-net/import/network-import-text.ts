import type { NetworkSource } from '../../../shared/plan-net';
import type { NetworkImportResult, NetworkImportStep } from './network-import';

const count = (value: number) => value.toLocaleString('en-US');
const resources = (value: number) => `${count(value)} ${value === 1 ? 'resource' : 'resources'}`;

/** "plan-net.zip", "5,215 files" (a folder, or files chosen together) or the server's address. */
export function describeNetworkSource(source: NetworkSource): string {
  if (source.kind === 'server') return source.url;
  const [first] = source.names;
  if (first === undefined) return 'the chosen files';
  return source.fileCount === 1 ? first : `${count(source.fileCount)} files`;
}

/** What an import did, in the sentence the page and the import command show. */
export function describeNetworkImportOutcome(result: NetworkImportResult): string {
  const networks = result.networks.map((network) => network.name);
  // A plan may have dozens of networks: the sentence names a few; Settings lists them all.
  const named =
    networks.length > 3
      ? `${networks.slice(0, 3).join(', ')} and ${count(networks.length - 3)} more`
      : networks.join(', ');
  const inNetworks =
    networks.length === 0
      ? 'no networks named'
      : `${count(networks.length)} ${networks.length === 1 ? 'network' : 'networks'} (${named})`;
  if (result.increment) {
    return `Added ${resources(result.resourcesRead)} changed since ${result.source.kind === 'server' ? (result.source.since ?? 'the last import') : 'the last import'} from ${describeNetworkSource(result.source)}; the plan network now holds ${resources(result.resourceCount)} in ${inNetworks}.`;
  }
  return `Imported the plan network from ${describeNetworkSource(result.source)}: ${resources(result.resourceCount)} in ${inNetworks}.`;
}

const phaseLines = {
  resolving: 'Linking roles to their practitioners, locations and networks…',
  indexing: 'Indexing the plan network for search…',
  checking: 'Checking the new plan network…',
  switching: 'Switching to the new plan network…',
} as const;

/** A line for standard error now and then: a whole network takes minutes, and silence looks stuck. */
export function describeNetworkImportStep(step: NetworkImportStep): string {
  if (step.phase !== 'reading') return phaseLines[step.phase];
  const share =
    step.totalBytes && step.bytesRead !== null
      ? ` (${Math.floor((100 * step.bytesRead) / step.totalBytes)}%)`
      : '';
  const pages = step.pages === null ? '' : `, ${count(step.pages)} pages`;
  const waiting = step.waitingUntil === null ? '' : `; the server asked to wait until ${step.waitingUntil}`;
  return `Reading: ${resources(step.resources)}${pages}${share}${waiting}`;
}
