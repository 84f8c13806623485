import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { nuccTaxonomyPath } from '../../../../tests/support/registry-files';
import type { FhirResource } from '../fhir-resource';
import { readPlanNetSource } from '../read-plan-net-source';
import { startNetworkBuild, type NetworkBuildSummary } from './network-build';

/** For tests: a temporary folder for the test file's network.db files, removed after it. */
export function useNetworkFolder(): { readonly folder: string } {
  const state = { folder: '' };
  beforeAll(() => {
    state.folder = mkdtempSync(join(tmpdir(), 'provider-desk-network-'));
  });
  afterAll(() => rmSync(state.folder, { recursive: true, force: true }));
  return state;
}

/** Builds a network.db at `path` from resources in memory, in batches as the reader hands them. */
export function buildFromResources(
  path: string,
  resources: readonly FhirResource[],
  basedOn: string | null = null,
): NetworkBuildSummary {
  const build = startTestBuild(path, basedOn);
  for (let start = 0; start < resources.length; start += 500) build.add(resources.slice(start, start + 500));
  return build.finish();
}

/** Builds a network.db at `path` from Plan-Net files read by the real reader. */
export async function buildFromSource(path: string, source: string): Promise<NetworkBuildSummary> {
  const build = startTestBuild(path, null);
  await readPlanNetSource(source, { onResources: (batch) => build.add(batch) });
  return build.finish();
}

export function startTestBuild(path: string, basedOn: string | null) {
  return startNetworkBuild({
    path,
    basedOn,
    source: { kind: 'files', names: ['nppes-data'], fileCount: 1 },
    importedAt: '2026-11-30T06:00:00.000Z',
    nuccPath: nuccTaxonomyPath,
  });
}
