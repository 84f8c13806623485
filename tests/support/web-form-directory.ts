import type { DirectoryPack } from '../../src/shared/directory-pack';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';
import { shippedPackPath } from './shipped-directory';

/**
 * The shipped pack as the plan's newer page has it: the new-contract-request box withdrawn and
 * replaced by a "Contract Requests form" on the plan's web site. The page names the form without
 * its address (`url: null`); a test may give it one to see the link.
 */
export function packWithContractWebForm(url: string | null): DirectoryPack {
  const pack = loadDirectoryPack(shippedPackPath);
  const newest = pack.sources.at(-1)!;
  const seen = { source: newest.id, on: newest.capturedOn };
  return {
    ...pack,
    entries: pack.entries.map((entry) =>
      entry.key === 'contracting.requests'
        ? { ...entry, values: [{ kind: 'web', label: 'Contract Requests form', url, seen }] }
        : entry,
    ),
  };
}
