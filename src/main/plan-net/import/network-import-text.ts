import type { NetworkSource } from '../../../shared/plan-net';
import type { NetworkImportResult, NetworkImportStep } from './network-import';

const count = (value: number) => value.toLocaleString('en-US');

/** "plan-net.zip", "3 files (Practitioner.ndjson, …)" or the server's address. */
export function describeNetworkSource(source: NetworkSource): string {
  if (source.kind === 'server') return source.url;
  const [first, ...others] = source.names;
  if (first === undefined) return 'the chosen files';
  return others.length === 0 ? first : `${count(source.names.length)} files (${first}, …)`;
}

/** What an import did, in the sentence the page and the import command show. */
export function describeNetworkImportOutcome(result: NetworkImportResult): string {
  const networks = result.networks.map((network) => network.name);
  const inNetworks =
    networks.length === 0
      ? 'no networks named'
      : `${count(networks.length)} ${networks.length === 1 ? 'network' : 'networks'}: ${networks.join(', ')}`;
  if (result.increment) {
    return `Added ${count(result.resourcesRead)} changed resources from ${describeNetworkSource(result.source)}; the plan network now holds ${count(result.resourceCount)} resources in ${inNetworks}.`;
  }
  return `Imported the plan network from ${describeNetworkSource(result.source)}: ${count(result.resourceCount)} resources in ${inNetworks}.`;
}

/** A line for standard error now and then: a whole network takes minutes, and silence looks stuck. */
export function describeNetworkImportStep(step: NetworkImportStep): string {
  if (step.phase !== 'reading') return 'Linking, indexing and checking the new plan network…';
  const share =
    step.totalBytes && step.bytesRead !== null
      ? ` (${Math.floor((100 * step.bytesRead) / step.totalBytes)}%)`
      : '';
  const pages = step.pages === null ? '' : `, ${count(step.pages)} pages`;
  const waiting = step.waitingUntil === null ? '' : `; the server asked to wait until ${step.waitingUntil}`;
  return `Reading: ${count(step.resources)} resources${pages}${share}${waiting}`;
}
