import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../scripts/synthetic-nppes/write-zip';
import { useTempFolder } from '../npi-registry/read/test-temp-folder';
import type { PlanNetProgress } from './resource-sink';
import {
  countByType,
  readAll,
  realCounts,
  realDataFolder,
  realResources,
  writeBundle,
  writeNdjsonByType,
  writeRealDataZip,
} from './plan-net-test-data';

const ids = (resources: readonly { resourceType: string; id?: string }[]) =>
  resources.map(({ resourceType, id }) => `${resourceType}/${id ?? ''}`).sort();

describe('readPlanNetSource on the real Plan-Net data', () => {
  const temp = useTempFolder();
  const real = realResources();

  it('reads the folder of resource files, all 5,215 of them by type', async () => {
    const { resources, summary } = await readAll(realDataFolder);
    expect(countByType(resources)).toEqual(realCounts);
    expect(summary).toEqual({ resources: 5215, skipped: {}, files: 5215 });
    expect(ids(resources)).toEqual(ids(real));
  });

  it('reads a Bundle, keeping Plan-Net resources and counting others as skipped', async () => {
    const patient = { resourceType: 'Patient', id: 'not-a-directory-entry' };
    const path = writeBundle(join(temp.path, 'directory.json'), [...real, patient]);
    const { resources, summary } = await readAll(path);
    expect(countByType(resources)).toEqual(realCounts);
    expect(summary.skipped).toEqual({ Patient: 1 });
    expect(resources).toEqual(real);
  });

  it('reads a folder of ndjson files, one per type, and one ndjson file alone', async () => {
    const names = writeNdjsonByType(temp.path, real);
    const { resources } = await readAll(temp.path);
    expect(ids(resources)).toEqual(ids(real));
    const one = await readAll(join(temp.path, names[0] ?? ''));
    expect(one.resources).toEqual(real.filter((resource) => `${resource.resourceType}.ndjson` === names[0]));
  });

  it('reads a zip of the folder', async () => {
    const folderZip = await readAll(await writeRealDataZip(join(temp.path, 'plan-net.zip')));
    expect(countByType(folderZip.resources)).toEqual(realCounts);
    expect(ids(folderZip.resources)).toEqual(ids(real));
  });

  it('reads a zip of ndjson files', async () => {
    const ndjsonFolder = join(temp.path, 'bulk');
    mkdirSync(ndjsonFolder);
    const names = writeNdjsonByType(ndjsonFolder, real);
    const zipPath = join(temp.path, 'bulk.zip');
    await writeZip(
      zipPath,
      names.map((name) => ({ name, data: [readFileSync(join(ndjsonFolder, name))] })),
    );
    const ndjsonZip = await readAll(zipPath);
    expect(ids(ndjsonZip.resources)).toEqual(ids(real));
  });

  it('reads a file that starts with a byte-order mark, as Windows tools write them', async () => {
    const path = join(temp.path, 'Practitioner.ndjson');
    const practitioners = real.filter((resource) => resource.resourceType === 'Practitioner').slice(0, 2);
    writeFileSync(
      path,
      `\uFEFF${practitioners.map((resource) => JSON.stringify(resource)).join('\r\n')}\r\n`,
    );
    const { resources } = await readAll(path);
    expect(resources).toEqual(practitioners);
  });

  it('reports progress up to every byte of the source', async () => {
    const path = writeBundle(join(temp.path, 'directory.json'), real);
    writeFileSync(join(temp.path, 'README.md'), 'not data');
    const progress: PlanNetProgress[] = [];
    await readAll(temp.path, { onProgress: (update) => progress.push(update) });
    const last = progress.at(-1);
    expect(last).toEqual({ resources: 5215, bytesRead: last?.totalBytes, totalBytes: statSync(path).size });
  });
});
