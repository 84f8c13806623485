import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleRegistryRows, writeSampleRegistry } from '../../../tests/support/registry-files';
import { startTestServices, type TestServices } from '../../../tests/support/test-services';
import { writeSyntheticRegistry } from '../../../scripts/synthetic-nppes/write-synthetic-registry';
import { npiDatabasePath } from '../app-paths';

let services: TestServices | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function start() {
  services = startTestServices(() => new Date('2026-11-30T17:00:00Z'));
  scratch = mkdtempSync(join(tmpdir(), 'provider-desk-registry-file-'));
  return services;
}

async function stage(services: TestServices, path: string): Promise<string> {
  return services.staging.stageUpload(path.split('/').at(-1) ?? 'file', createReadStream(path));
}

describe('provider data in the app', () => {
  it('says no registry is imported, and searches answer with no providers rather than an error', async () => {
    const { call } = start();
    expect(await call('providers.status')).toEqual({ registry: null, importing: null, lastOutcome: null });
    expect(await call('providers.search', { query: 'soucier' })).toEqual({
      query: 'soucier',
      hits: [],
      more: false,
      corrections: [],
      registryImported: false,
    });
    expect(await call('providers.get', { npi: '1255334207' })).toEqual({ provider: null });
  });

  it('imports a staged registry file in the background, then searches and looks up from it', async () => {
    const services = start();
    const stagedFile = await stage(services, writeSampleRegistry(scratch ?? ''));

    const started = await services.call('providers.importFile', { stagedFile, states: null });
    expect(started.importing).toMatchObject({
      fileName: 'npidata_pfile_20050523-20181209.csv',
      phase: 'reading',
    });
    await services.providers.importDone();

    const status = await services.call('providers.status');
    expect(status).toMatchObject({
      registry: {
        full: {
          fileName: 'npidata_pfile_20050523-20181209.csv',
          fileDate: '2018-12-09',
          rows: sampleRegistryRows,
        },
        weekly: [],
        providerCount: sampleRegistryRows,
        states: null,
      },
      importing: null,
      lastOutcome: { ok: true, message: expect.stringContaining('2,040 providers') },
    });
    const found = await services.call('providers.search', { query: '1255334207' });
    expect(found.hits.map((hit) => [hit.npi, hit.name, hit.credential, hit.specialty])).toEqual([
      ['1255334207', 'RICHARD SOUCIER', 'MD', 'Cardiovascular Disease'],
    ]);
    expect((await services.call('providers.get', { npi: '1255334207' })).provider).toMatchObject({
      practiceAddress: { lines: ['114 WOODLAND ST'], city: 'HARTFORD', state: 'CT', phone: '8607144820' },
      source: { kind: 'file', fileName: 'npidata_pfile_20050523-20181209.csv', fileDate: '2018-12-09' },
    });
    // The uploaded copy is gone once imported.
    expect(readdirSync(join(services.folder, 'imports'))).toEqual([]);
  });

  it('refuses a second import while one runs, and a file that is not a registry file, keeping what is in use', async () => {
    const services = start();
    await services.call('providers.importFile', {
      stagedFile: await stage(services, writeSampleRegistry(scratch ?? '')),
      states: ['CT'],
    });
    const second = await services.refuse('providers.importFile', {
      stagedFile: await stage(services, writeSampleRegistry(scratch ?? '')),
      states: null,
    });
    expect(second).toEqual({ code: 'in-use', message: expect.stringContaining('being imported already') });
    // The refused upload is not left on disk.
    await services.providers.importDone();
    expect(readdirSync(join(services.folder, 'imports'))).toEqual([]);
    await services.providers.importDone();
    const before = await services.call('providers.status');

    const notRegistry = join(scratch ?? '', 'clinic-list.csv');
    writeFileSync(notRegistry, '"Name","Phone"\r\n"Test Clinic","5035550100"\r\n');
    await services.call('providers.importFile', {
      stagedFile: await stage(services, notRegistry),
      states: null,
    });
    await services.providers.importDone();

    const after = await services.call('providers.status');
    expect(after.registry).toEqual(before.registry);
    expect(after.lastOutcome).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not an NPI registry file'),
    });
    expect(existsSync(`${npiDatabasePath(services.folder)}.building`)).toBe(false);
  });
});

describe('cancelling an import', () => {
  async function importSample(services: TestServices) {
    await services.call('providers.importFile', {
      stagedFile: await stage(services, writeSampleRegistry(scratch ?? '')),
      states: null,
    });
    await services.providers.importDone();
    return readFileSync(npiDatabasePath(services.folder));
  }

  it('stops a large file mid-way and keeps the registry in use byte for byte', async () => {
    const services = start();
    const registryBefore = await importSample(services);
    const large = await writeSyntheticRegistry({
      rows: 200_000,
      seed: 3,
      path: join(scratch ?? '', 'npidata_pfile_20050523-20190113.csv'),
    });
    const progress: number[] = [];
    services.events.subscribe((message) => {
      if (message.event === 'providers.changed' && message.payload.importing)
        progress.push(message.payload.importing.rows);
    });

    await services.call('providers.importFile', {
      stagedFile: await stage(services, large.path),
      states: null,
    });
    // Cancel once rows are being read, as a person who sees the progress bar moving would.
    await expect.poll(() => progress.some((rows) => rows > 0), { timeout: 60_000 }).toBe(true);
    await services.call('providers.cancelImport');
    await services.providers.importDone();

    const status = await services.call('providers.status');
    expect(status.importing).toBeNull();
    expect(status.lastOutcome).toMatchObject({
      ok: false,
      message: 'The import was cancelled. The provider data in use was not changed.',
    });
    expect(status.registry?.full.fileDate).toBe('2018-12-09');
    expect(readFileSync(npiDatabasePath(services.folder)).equals(registryBefore)).toBe(true);
    expect(existsSync(`${npiDatabasePath(services.folder)}.building`)).toBe(false);
    expect((await services.call('providers.search', { query: '1255334207' })).hits).toHaveLength(1);
  });
});
