import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlanNetServer } from '../../../../tests/support/plan-net-server';
import { nuccTaxonomyPath } from '../../../../tests/support/registry-files';
import { networkDatabasePath } from '../../app-paths';
import { runImportCommand, type ImportSetup } from '../../directory-updates/import-command';
import { openNetworkDirectory } from '../db/network-directory';
import {
  countByType,
  realDataFolder,
  realResources,
  writeNdjsonByType,
  writeRealDataZip,
} from '../plan-net-test-data';

let folder: string;
let lines: string[];
let setup: ImportSetup;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'provider-desk-network-import-'));
  lines = [];
  const builtInPath = join(folder, 'directory.db');
  // Plan-Net data never needs the directory; it only has to exist, as after npm run build.
  writeFileSync(builtInPath, '');
  setup = {
    defaultDataDir: join(folder, 'data'),
    builtInPath,
    appKeysFolder: join(folder, 'keys'),
    nuccCsvPath: nuccTaxonomyPath,
    report: (line) => lines.push(line),
  };
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function networkInUse() {
  const directory = openNetworkDirectory(networkDatabasePath(setup.defaultDataDir));
  try {
    return directory.info();
  } finally {
    directory.close();
  }
}

const realCounts = countByType(realResources());

describe('npm run import with Plan-Net data', () => {
  it('imports the reference implementation folder into network.db and prints one summary', async () => {
    const outcome = await runImportCommand([realDataFolder], setup);

    expect(outcome.exitCode).toBe(0);
    expect(outcome.summary).toMatchObject({
      applied: true,
      kind: 'plan-net',
      source: 'nppes-data',
      increment: false,
      resourcesRead: 5_215,
      resources: 5_215,
      report: { countsByType: realCounts, incompleteResources: 0 },
    });
    const summary = outcome.summary;
    if (summary.applied && summary.kind === 'plan-net') {
      expect(summary.networks).toContain('Green Circle of Connecticut HMO');
      expect(summary.networks).toHaveLength(13);
      expect(summary.message).toMatch(
        /^Imported the plan network from nppes-data: 5,215 resources in 13 networks/,
      );
    }
    expect(networkInUse()).toMatchObject({
      resourceCount: 5_215,
      source: { kind: 'files', names: ['nppes-data'], fileCount: 1 },
    });
    expect(lines.at(-1)).toMatch(/^Imported the plan network/);
  });

  it('imports a zip of the folder, and ndjson files one type a file, to the same network', async () => {
    const zip = await writeRealDataZip(join(folder, 'plan-net.zip'));
    expect((await runImportCommand([zip], setup)).summary).toMatchObject({
      kind: 'plan-net',
      resources: 5_215,
    });

    const ndjsonFolder = join(folder, 'bulk');
    mkdirSync(ndjsonFolder);
    writeNdjsonByType(ndjsonFolder, realResources());
    const outcome = await runImportCommand([ndjsonFolder], setup);
    expect(outcome.summary).toMatchObject({
      kind: 'plan-net',
      resources: 5_215,
      report: { countsByType: realCounts },
    });
  });

  it('refuses malformed data naming the file and line, and keeps the network in use', async () => {
    await runImportCommand([realDataFolder], setup);
    const bad = join(folder, 'Practitioner.ndjson');
    writeFileSync(bad, '{"resourceType":"Practitioner","id":"a"}\n{"resourceType": "Practitioner", "id": \n');

    const outcome = await runImportCommand([bad], setup);

    expect(outcome.exitCode).toBe(2);
    expect(outcome.summary).toMatchObject({
      applied: false,
      reason: 'plan-net-data',
      message: expect.stringMatching(/^Line 2 of Practitioner\.ndjson .*Nothing was changed\.$/),
    });
    expect(networkInUse().resourceCount).toBe(5_215);
  });

  it('refuses data that names nobody in network, rather than emptying the network in use', async () => {
    await runImportCommand([realDataFolder], setup);
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    const onlyPatients = join(folder, 'patients');
    mkdirSync(onlyPatients);
    writeFileSync(join(onlyPatients, 'Patient.ndjson'), '{"resourceType":"Patient","id":"fake-1"}\n');

    for (const path of [empty, onlyPatients]) {
      const outcome = await runImportCommand([path], setup);
      expect(outcome).toMatchObject({
        exitCode: 2,
        summary: {
          reason: 'plan-net-data',
          message: expect.stringContaining('holds no in-network providers'),
        },
      });
    }
    expect(networkInUse().resourceCount).toBe(5_215);
    expect(existsSync(`${networkDatabasePath(setup.defaultDataDir)}.building`)).toBe(false);
  });

  it('refuses --states for Plan-Net data, and server options for files, as usage errors', async () => {
    const withStates = await runImportCommand(['--states', 'CT', realDataFolder], setup);
    expect(withStates).toMatchObject({ exitCode: 2, summary: { reason: 'usage' } });
    const changesOfFolder = await runImportCommand(['--only-changes', realDataFolder], setup);
    expect(changesOfFolder).toMatchObject({
      exitCode: 2,
      summary: { reason: 'usage', message: expect.stringContaining('--only-changes and --max-pages apply') },
    });
    const badPages = await runImportCommand(['--max-pages', 'lots', 'https://plan.example/fhir'], setup);
    expect(badPages).toMatchObject({ exitCode: 2, summary: { reason: 'usage' } });
  });

  it('imports from a Plan-Net server by its address, and stops at --max-pages without changing anything', async () => {
    const server = await startPlanNetServer();
    try {
      const limited = await runImportCommand(['--max-pages', '3', server.baseUrl], setup);
      expect(limited).toMatchObject({ exitCode: 2, summary: { applied: false, reason: 'plan-net-data' } });
      expect(existsSync(networkDatabasePath(setup.defaultDataDir))).toBe(false);

      const whole = await runImportCommand([server.baseUrl], setup);
      expect(whole).toMatchObject({
        exitCode: 0,
        summary: { kind: 'plan-net', source: server.baseUrl, resources: 5_215, increment: false },
      });
      expect(lines.some((line) => /^Reading: [\d,]+ resources, [\d,]+ pages/.test(line))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
