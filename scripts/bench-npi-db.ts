import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openNpiRegistry } from '../src/main/npi-registry/npi-registry';
import { startFullBuild } from '../src/main/npi-registry/registry-builder';
import { syntheticRegistry } from './synthetic-registry';

/**
 * `npm run bench:npi-db`: builds npi.db from a million synthetic registry records (generated a
 * batch at a time, as a file reader hands them over), then times NPI look-ups and searches.
 * buildSeconds counts only the time spent inside the builder, not in making up the records;
 * buildCpuSeconds is the CPU time of the same, which other work on the machine does not inflate.
 * Prints one JSON line. NPI_BENCH_RECORDS sets another size.
 */
const recordCount = Number(process.env.NPI_BENCH_RECORDS ?? 1_000_000);
const rounds = 5;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Number((sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0).toFixed(3));
}

function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): number[] {
  for (const input of inputs) run(input);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const input of inputs) {
      const started = process.hrtime.bigint();
      run(input);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return samples;
}

/** A typo as people make them: a letter dropped, doubled or two swapped. */
function typoOf(word: string, seed: number): string {
  const at = 1 + (seed % (word.length - 2));
  switch (seed % 3) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    default:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
}

const folder = mkdtempSync(join(tmpdir(), 'provider-desk-npi-bench-'));
try {
  const path = join(folder, 'npi.db');
  const registry = syntheticRegistry(recordCount);
  let buildMs = 0;
  let buildCpuMicroseconds = 0;
  const inBuilder = <T>(step: () => T): T => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    try {
      return step();
    } finally {
      buildMs += performance.now() - started;
      const used = process.cpuUsage(cpu);
      buildCpuMicroseconds += used.user + used.system;
    }
  };
  const builder = inBuilder(() =>
    startFullBuild(path, {
      nuccCsvPath: resolve(__dirname, '../resources/nucc/nucc_provider_taxonomy.csv'),
      states: null,
    }),
  );
  for (const batch of registry.secondaryLocations()) inBuilder(() => builder.addSecondaryLocations(batch));
  for (const batch of registry.records()) inBuilder(() => builder.addRecords(batch));
  const built = inBuilder(() =>
    builder.finish(
      { fileName: 'npidata_pfile_synthetic.csv', fileDate: '2026-11-01', coverage: 'full' },
      new Date().toISOString(),
    ),
  );
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

  const npi = openNpiRegistry(path);
  const lastNames = registry.sampleLastNames.map((name) => name.toLowerCase());
  const firstNames = registry.sampleFirstNames.map((name) => name.toLowerCase());
  const typos = lastNames.filter((name) => name.length >= 6).map(typoOf);
  const nameQueries = [
    ...lastNames,
    ...lastNames.map((name, index) => `${firstNames[index % firstNames.length]} ${name}`),
    ...lastNames.map((name) => name.slice(0, 3)),
    ...lastNames.map((name, index) => `dr ${name.slice(0, 4 + (index % 3))}`),
    ...registry.sampleCities.slice(0, 40).map((city) => city.toLowerCase()),
    'smith',
    'john smith',
    'cardiology',
    'family medicine',
    'pediatrics smith',
    'nurse practitioner johnson',
    ...typos,
  ];
  const lookups = timeEach(registry.sampleNpis, (number) => npi.lookup(number));
  const nameSearches = timeEach(nameQueries, (query) => npi.search(query));
  const typoSearches = timeEach(typos, (query) => npi.search(query));
  const corrected = typos.filter((query) => npi.search(query).corrections.length > 0).length;
  npi.close();

  const buildSeconds = Number((buildMs / 1000).toFixed(2));
  console.log(
    JSON.stringify({
      benchmark: 'npi-db',
      records: recordCount,
      providers: built.providerCount,
      buildSeconds,
      buildCpuSeconds: Number((buildCpuMicroseconds / 1e6).toFixed(2)),
      rowsPerSecond: Math.round(recordCount / (buildMs / 1000)),
      dbMegabytes: Math.round(statSync(path).size / 1e6),
      npiLookupP95Ms: p95(lookups),
      nameSearchP95Ms: p95(nameSearches),
      typoSearchP95Ms: p95(typoSearches),
      typosCorrected: `${corrected}/${typos.length}`,
      peakRssMb,
      targets: {
        buildSecondsUnder: 10,
        npiLookupP95MsUnder: 1,
        nameSearchP95MsUnder: 10,
        peakRssMbUnder: 300,
      },
    }),
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
