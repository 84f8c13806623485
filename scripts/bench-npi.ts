import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openNpiRegistry } from '../src/main/npi-registry/npi-registry';
import { importRegistryFile } from '../src/main/npi-registry/registry-import';
import { runInChildProcess } from './child-run';
import { sampleTemplates } from './synthetic-nppes/sample-templates';
import { syntheticNpi } from './synthetic-nppes/synthetic-npi';
import { writeSyntheticRegistry } from './synthetic-nppes/write-synthetic-registry';

/**
 * `npm run bench:npi [-- --rows N]`: writes a registry file in the NPPES layout with N rows
 * (1,000,000 by default, valid check digits, a U.S. spread of states), imports it as the app
 * does (reader and npi.db build in one thread, as in the import worker), once keeping every
 * state and once keeping Oregon only, each in its own process so its peak memory is its own;
 * then times NPI lookups and name searches on the full registry. Prints one JSON line.
 * Targets on the 2-core build machine: ≥100 MB/s of CSV filtered to one state (the whole 9 GB
 * file in under two minutes), peak memory under 300 MB, NPI lookup p95 under 1 ms, name search
 * p95 under 10 ms. Keeping every state is measured too, and reported as it is.
 */
interface ImportJob {
  path: string;
  registryPath: string;
  states: string[] | null;
}

interface ImportFigures {
  seconds: number;
  rows: number;
  rowsKept: number;
  peakRssMB: number;
}

const say = (line: string) => process.stderr.write(`${line}\n`);
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const nuccCsvPath = join(__dirname, '..', 'resources', 'nucc', 'nucc_provider_taxonomy.csv');

async function importInThisProcess(job: ImportJob): Promise<void> {
  const started = performance.now();
  const result = await importRegistryFile(
    {
      sourcePath: job.path,
      sourceName: 'npidata_pfile_20050523-20251109.csv',
      states: job.states,
      registryPath: job.registryPath,
      buildingPath: job.registryPath,
      nuccCsvPath,
      appliedAt: new Date().toISOString(),
    },
    () => undefined,
  );
  process.send?.({
    seconds: (performance.now() - started) / 1000,
    rows: result.rows,
    rowsKept: result.rowsKept,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  } satisfies ImportFigures);
}

function importInChild(job: ImportJob): Promise<ImportFigures> {
  return runInChildProcess<ImportFigures>(__filename, 'BENCH_NPI_IMPORT', job);
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length * 0.95)] ?? 0, 3);
}

function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const started = performance.now();
    run(input);
    return performance.now() - started;
  });
}

/** Names a front desk types: whole last names, first and last, prefixes, and one typo. */
function nameQueries(count: number): string[] {
  const { individuals, organizations, column } = sampleTemplates();
  const last = column('Provider Last Name (Legal Name)');
  const first = column('Provider First Name');
  const organization = column('Provider Organization Name (Legal Business Name)');
  const queries: string[] = [];
  for (let index = 0; queries.length < count; index += 1) {
    const row = individuals[(index * 37) % individuals.length] ?? [];
    const lastName = (row[last] ?? '').toLowerCase();
    if (lastName.length < 4) continue;
    switch (index % 5) {
      case 0:
        queries.push(lastName);
        break;
      case 1:
        queries.push(`${(row[first] ?? '').toLowerCase()} ${lastName}`);
        break;
      case 2:
        queries.push(lastName.slice(0, 4));
        break;
      case 3:
        // One letter dropped: a typo the search forgives.
        queries.push(`${lastName.slice(0, 2)}${lastName.slice(3)}`);
        break;
      default:
        queries.push(
          (organizations[index % organizations.length]?.[organization] ?? 'clinic')
            .split(' ')[0]!
            .toLowerCase(),
        );
    }
  }
  return queries;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string' } } });
  const rows = Number(values.rows ?? 1_000_000);
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-bench-npi-'));
  try {
    say(`Writing ${rows.toLocaleString('en-US')} registry rows…`);
    const file = await writeSyntheticRegistry({
      rows,
      seed: 7,
      path: join(folder, 'npidata_pfile_20050523-20251109.csv'),
    });
    const csvMB = file.csvBytes / 1e6;
    say('Importing every state…');
    const registryPath = join(folder, 'npi.db');
    const full = await importInChild({ path: file.path, registryPath, states: null });
    say('Importing Oregon only…');
    const oregon = await importInChild({
      path: file.path,
      registryPath: join(folder, 'npi-or.db'),
      states: ['OR'],
    });
    say('Timing lookups and searches…');
    const registry = openNpiRegistry(registryPath);
    const npis = Array.from({ length: 2_000 }, (_, index) => syntheticNpi((index * 4_099) % rows));
    const names = nameQueries(1_000);
    // One pass to warm SQLite's cache, as a desk that has been searching has.
    timeEach(names.slice(0, 100), (query) => registry.search(query));
    const lookupMs = timeEach(npis, (npi) => registry.lookup(npi));
    const nameMs = timeEach(names, (query) => registry.search(query));
    const npiSearchMs = timeEach(npis.slice(0, 500), (npi) => registry.search(npi));
    registry.close();
    const mbPerSecond = round(csvMB / full.seconds);
    const oregonMbPerSecond = round(csvMB / oregon.seconds);
    const peakRssMB = round(Math.max(full.peakRssMB, oregon.peakRssMB));
    const figures = {
      rows,
      csvMB: round(csvMB),
      allStates: {
        seconds: round(full.seconds),
        rowsPerSecond: Math.round(full.rows / full.seconds),
        mbPerSecond,
        peakRssMB: round(full.peakRssMB),
        providers: full.rowsKept,
        databaseMB: round(statSync(registryPath).size / 1e6),
      },
      oregonOnly: {
        seconds: round(oregon.seconds),
        rowsPerSecond: Math.round(oregon.rows / oregon.seconds),
        mbPerSecond: oregonMbPerSecond,
        peakRssMB: round(oregon.peakRssMB),
        providers: oregon.rowsKept,
        databaseMB: round(statSync(join(folder, 'npi-or.db')).size / 1e6),
      },
      npiLookupP95Ms: p95(lookupMs),
      npiSearchP95Ms: p95(npiSearchMs),
      nameSearchP95Ms: p95(names.length ? nameMs : []),
      parser: 'hand-written (see npm run bench:npi-parsers)',
    };
    // The speed target is the issue's: the full file filtered to one state at 100 MB/s or more.
    const pass =
      oregonMbPerSecond >= 100 &&
      peakRssMB < 300 &&
      figures.npiLookupP95Ms < 1 &&
      figures.nameSearchP95Ms < 10;
    console.log(JSON.stringify({ ...figures, pass }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const given = process.env.BENCH_NPI_IMPORT;
void (given ? importInThisProcess(JSON.parse(given) as ImportJob) : main());
