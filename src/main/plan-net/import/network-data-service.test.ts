import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServices, type TestServices } from '../../../../tests/support/test-services';
import { networkDatabasePath } from '../../app-paths';
import { startPlanNetServer, type PlanNetTestServer } from '../../../../tests/support/plan-net-server';
import { writeRealDataZip } from '../plan-net-test-data';

let services: TestServices | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function start(): { services: TestServices; scratch: string } {
  services = startTestServices(() => new Date('2026-11-30T17:00:00Z'));
  scratch = mkdtempSync(join(tmpdir(), 'provider-desk-network-file-'));
  return { services, scratch };
}

const stage = (services: TestServices, path: string) =>
  services.staging.stageUpload(basename(path), createReadStream(path));

async function importRealZip(services: TestServices, scratch: string) {
  const stagedFile = await stage(services, await writeRealDataZip(join(scratch, 'plan-net.zip')));
  const started = await services.call('network.import', { kind: 'files', stagedFiles: [stagedFile] });
  await services.planNetwork.importDone();
  return started;
}

describe('the plan network in the app', () => {
  it('says no network is imported, and every network call answers without an error', async () => {
    const { services } = start();
    expect(await services.call('network.status')).toEqual({
      network: null,
      importing: null,
      lastOutcome: null,
    });
    expect(await services.call('network.search', { query: 'gutmann' })).toEqual({
      query: 'gutmann',
      hits: [],
      more: false,
      corrections: [],
      networkImported: false,
    });
    expect(await services.call('network.forNpi', { npi: '1237859804' })).toEqual({
      memberships: [],
      networkImported: false,
    });
    expect(await services.call('network.filterChoices')).toEqual({
      networks: [],
      languages: [],
      specialties: [],
    });
  });

  it('imports staged files in the background, then finds, opens and links a practitioner', async () => {
    const { services, scratch } = start();

    const started = await importRealZip(services, scratch);

    expect(started.importing).toMatchObject({ source: 'plan-net.zip', phase: 'reading' });
    const status = await services.call('network.status');
    expect(status).toMatchObject({
      network: { source: { kind: 'files', names: ['plan-net.zip'], fileCount: 1 }, resourceCount: 5_215 },
      importing: null,
      lastOutcome: { ok: true, message: expect.stringContaining('5,215 resources in 13 networks') },
    });
    const found = await services.call('network.search', { query: 'gutmann' });
    const gutmann = found.hits.find((hit) => hit.npi === '1237859804');
    expect(gutmann?.name).toMatch(/David Napoleon Gutmann/);
    expect(gutmann?.roles[0]?.networks).toEqual(['Green Circle of Connecticut HMO']);
    expect((await services.call('network.forNpi', { npi: '1237859804' })).memberships).toEqual([
      expect.objectContaining({ networks: ['Green Circle of Connecticut HMO'] }),
    ]);
    expect(readdirSync(join(services.folder, 'imports'))).toEqual([]);
  });

  it('refuses bad data with the file and line, keeps the network in use, and deletes the upload', async () => {
    const { services, scratch } = start();
    await importRealZip(services, scratch);
    const bad = join(scratch, 'Location.ndjson');
    writeFileSync(bad, '{"resourceType":"Location","id":"x"}\nnot json\n');

    await services.call('network.import', { kind: 'files', stagedFiles: [await stage(services, bad)] });
    await services.planNetwork.importDone();

    const status = await services.call('network.status');
    expect(status.lastOutcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Line 2 of Location\.ndjson .*Nothing was changed\.$/),
    });
    expect(status.network?.resourceCount).toBe(5_215);
    expect(existsSync(`${networkDatabasePath(services.folder)}.building`)).toBe(false);
    expect(readdirSync(join(services.folder, 'imports'))).toEqual([]);
  });

  it('cancels an import and leaves no network and no half-built file', async () => {
    const { services, scratch } = start();
    const stagedFile = await stage(services, await writeRealDataZip(join(scratch, 'plan-net.zip')));

    await services.call('network.import', { kind: 'files', stagedFiles: [stagedFile] });
    await services.call('network.cancelImport');
    await services.planNetwork.importDone();

    expect(await services.call('network.status')).toMatchObject({
      network: null,
      importing: null,
      lastOutcome: {
        ok: false,
        message: 'The import was cancelled. The plan network in use was not changed.',
      },
    });
    expect(existsSync(networkDatabasePath(services.folder))).toBe(false);
    expect(existsSync(`${networkDatabasePath(services.folder)}.building`)).toBe(false);
  });

  it('refuses a second import while one runs, and deletes the second upload', async () => {
    const { services, scratch } = start();
    const zip = await writeRealDataZip(join(scratch, 'plan-net.zip'));
    const first = await stage(services, zip);
    const second = await stage(services, zip);

    await services.call('network.import', { kind: 'files', stagedFiles: [first] });
    const refusal = await services.refuse('network.import', { kind: 'files', stagedFiles: [second] });
    await services.planNetwork.importDone();

    expect(refusal).toMatchObject({
      code: 'in-use',
      message: expect.stringContaining('being imported already'),
    });
    expect((await services.call('network.status')).network?.resourceCount).toBe(5_215);
    expect(readdirSync(join(services.folder, 'imports'))).toEqual([]);
  });

  it('refuses changes from a server when there is no network to add them to, before asking it', async () => {
    const { services } = start();

    // Port 9 (discard) on loopback: had the import asked, it would have failed differently.
    await services.call('network.import', {
      kind: 'server',
      url: 'http://127.0.0.1:9/fhir',
      onlyChanges: true,
    });
    await services.planNetwork.importDone();

    expect((await services.call('network.status')).lastOutcome).toMatchObject({
      ok: false,
      message: expect.stringContaining('There is no plan network on this computer to add changes to'),
    });
  });
});

describe('the plan network from a Plan-Net server', () => {
  let server: PlanNetTestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('pages the whole directory, waits when the server says it is busy, then adds only what changed', async () => {
    const { services } = start();
    server = await startPlanNetServer();
    server.fail(4, { kind: 'too-many-requests', retryAfter: '1' });
    server.touch('Practitioner/plannet-practitioner-1237859804', '2026-11-20T08:00:00Z');

    await services.call('network.import', { kind: 'server', url: server.baseUrl });
    await services.planNetwork.importDone();

    const whole = await services.call('network.status');
    expect(whole).toMatchObject({
      network: {
        source: { kind: 'server', url: server.baseUrl, since: null },
        resourceCount: 5_215,
        dataLastUpdated: '2026-11-20',
      },
      lastOutcome: { ok: true, message: expect.stringContaining('5,215 resources in 13 networks') },
    });
    const busy = server.requests[3];
    expect(busy?.status).toBe(429);
    expect(server.requests[4]?.url).toBe(busy?.url);

    server.touch('Location/plannet-location-1236348148', '2026-11-25T10:00:00Z');
    const asked = server.requests.length;
    await services.call('network.import', { kind: 'server', url: server.baseUrl, onlyChanges: true });
    await services.planNetwork.importDone();

    const increment = await services.call('network.status');
    expect(increment).toMatchObject({
      network: { source: { since: '2026-11-20' }, resourceCount: 5_215, dataLastUpdated: '2026-11-25' },
      lastOutcome: {
        ok: true,
        message: expect.stringMatching(/^Added 2 resources changed since 2026-11-20 from /),
      },
    });
    for (const request of server.requests.slice(asked)) {
      expect(new URL(request.url, server.baseUrl).searchParams.get('_lastUpdated')).toBe('ge2026-11-20');
    }
  });

  it('cancels an import waiting on a busy server and keeps the network in use as it was', async () => {
    const { services, scratch } = start();
    await importRealZip(services, scratch);
    server = await startPlanNetServer();
    server.fail(1, { kind: 'too-many-requests', retryAfter: '100' });

    await services.call('network.import', { kind: 'server', url: server.baseUrl });
    // Mid-import for certain: the worker has asked, and is waiting as the server said.
    await expect
      .poll(async () => (await services.call('network.status')).importing?.waitingUntil ?? null)
      .not.toBeNull();
    await services.call('network.cancelImport');
    await services.planNetwork.importDone();

    expect(await services.call('network.status')).toMatchObject({
      network: { source: { kind: 'files', names: ['plan-net.zip'], fileCount: 1 }, resourceCount: 5_215 },
      importing: null,
      lastOutcome: {
        ok: false,
        message: 'The import was cancelled. The plan network in use was not changed.',
      },
    });
    expect(existsSync(`${networkDatabasePath(services.folder)}.building`)).toBe(false);
  });
});
