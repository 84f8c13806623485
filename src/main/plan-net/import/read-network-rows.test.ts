import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nuccTaxonomyPath } from '../../../../tests/support/registry-files';
import { startTestBuild, useNetworkFolder } from '../db/network-test-build';
import { openNetworkDirectory } from '../db/network-directory';
import { PlanNetRefusedError } from '../plan-net-refused-error';
import { realResources } from '../plan-net-test-data';
import { readNetworkRows } from './read-network-rows';

const mauro = 'plannet-practitioner-1230081110';

describe('reading files in two threads while writing', () => {
  const place = useNetworkFolder();
  const real = realResources();
  const named = (family: string) => ({
    ...real.find((resource) => resource.id === mauro),
    name: [{ family, given: ['Mauro'] }],
  });

  async function build(folder: string, path: string) {
    const build = startTestBuild(path, null);
    const read = await readNetworkRows([folder], {
      nuccCsvPath: nuccTaxonomyPath,
      onRows: (batch, file) => build.addCompact(batch, file),
    });
    return { read, summary: build.finish() };
  }

  it('keeps the copy in the file read last by name, though a small later file is read while a large one still is', async () => {
    const folder = join(place.folder, 'two-files');
    mkdirSync(folder);
    // The large file goes to one thread, the small one (read sooner) to the other.
    const lines = (resources: readonly unknown[]) =>
      resources.map((resource) => JSON.stringify(resource)).join('\n');
    writeFileSync(join(folder, 'a.ndjson'), `${lines([named('Earlier'), ...real])}\n`);
    writeFileSync(join(folder, 'b.ndjson'), `${lines([named('Later')])}\n`);
    const path = join(place.folder, 'two-files.db');
    const { read, summary } = await build(folder, path);
    expect(read).toEqual({ resources: real.length + 2, skipped: {}, files: 2 });
    expect(summary.resourceCount).toBe(real.length);
    const directory = openNetworkDirectory(path);
    expect(directory.get(`Practitioner/${mauro}`)?.name).toBe('Mauro Later');
    expect(
      directory.search('earlier', {
        network: null,
        acceptingNewPatients: false,
        language: null,
        specialty: null,
      }).hits,
    ).toEqual([]);
    directory.close();
  });

  it('refuses a damaged file as the reader does, naming it', async () => {
    const folder = join(place.folder, 'damaged');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.ndjson'), `${JSON.stringify(real[0])}\n`);
    writeFileSync(join(folder, 'b.ndjson'), '{"resourceType": "Practitioner", \n');
    const failing = build(folder, join(place.folder, 'damaged.db'));
    await expect(failing).rejects.toThrow(PlanNetRefusedError);
    await expect(failing).rejects.toThrow(/Line 1 of b\.ndjson/);
  });
});
