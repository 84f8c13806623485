import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  syntheticPlanNetShape,
  syntheticPlanNetVersion,
  writeSyntheticPlanNet,
  type SyntheticPlanNet,
} from './write-synthetic-plan-net';

/** Written last: a folder without it was cut short and is written again. */
const completeMarker = 'complete';

/**
 * A generated set in a cache folder keyed by its size and the generator's version: writing a
 * million resources (2.3 GB) takes a minute, and the benchmark is run again after each change to
 * the import, not to the generator.
 */
export async function cachedSyntheticPlanNet(
  resources: number,
  cacheFolder = join(tmpdir(), 'provider-desk-bench-network'),
): Promise<SyntheticPlanNet & { reused: boolean }> {
  const folder = join(cacheFolder, `plan-net-v${syntheticPlanNetVersion}-${resources}`);
  if (existsSync(join(folder, completeMarker))) {
    const files = await readdir(folder);
    const bytes = files
      .filter((name) => name.endsWith('.ndjson'))
      .reduce((total, name) => total + statSync(join(folder, name)).size, 0);
    return { folder, resources, bytes, ...syntheticPlanNetShape(resources), reused: true };
  }
  rmSync(folder, { recursive: true, force: true });
  const written = await writeSyntheticPlanNet(folder, resources);
  writeFileSync(join(folder, completeMarker), new Date().toISOString());
  return { ...written, reused: false };
}
