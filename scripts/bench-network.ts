import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openNetworkDirectory } from '../src/main/plan-net/db/network-directory';
import { runNetworkImport } from '../src/main/plan-net/import/run-network-import';
import { readPlanNetSource } from '../src/main/plan-net/read-plan-net-source';
import { runInChildProcess } from './child-run';
import { cachedSyntheticPlanNet } from './synthetic-plan-net/cached-synthetic-plan-net';
import { networkSearchMix, searchKinds, type NetworkSearch } from './synthetic-plan-net/network-search-mix';
import { watchPeakMemory } from './synthetic-plan-net/peak-memory';

/**
 * `npm run bench:network [-- --resources N]`: generates a Plan-Net set of N resources (1,000,000
 * by default; cached, see cachedSyntheticPlanNet) from the reference implementation's data,
 * times the reader alone, then imports it as the app does (the import job in its worker thread),
 * each in a process of its own so its peak memory is its own; then opens network.db and times a
 * fixed, seeded mix of searches after a warm-up. Prints one JSON line.
 * Targets on the 2-core build machine: ≥20,000 resources/s, peak memory under 400 MB, search p95
 * under 10 ms.
 */
type Job = { kind: 'read'; folder: string } | { kind: 'import'; folder: string; databasePath: string };

interface JobFigures {
  seconds: number;
  resources: number;
  peakRssMB: number;
  /** Of the import: seconds spent reading, resolving, indexing and checking. */
  phases: Record<string, number>;
}

const targets = { resourcesPerSecond: 20_000, peakRssMB: 400, searchP95Ms: 10 };
const searchesPerKind = 200;
const warmUpPerKind = 20;

const say = (line: string) => process.stderr.write(`${line}\n`);
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const nuccCsvPath = join(__dirname, '..', 'resources', 'nucc', 'nucc_provider_taxonomy.csv');

async function runJob(job: Job): Promise<JobFigures> {
  const memory = watchPeakMemory();
  const started = performance.now();
  const phases: Record<string, number> = {};
  const resources =
    job.kind === 'read'
      ? (await readPlanNetSource(job.folder, { onResources: () => undefined })).resources
      : (await importAsTheAppDoes(job, phases)).resourcesRead;
  const seconds = (performance.now() - started) / 1000;
  return { seconds, resources, peakRssMB: memory.stop(), phases: phaseSeconds(phases, seconds) };
}

/** Through the import job in its worker thread, noting when each phase began. */
function importAsTheAppDoes(job: Extract<Job, { kind: 'import' }>, phases: Record<string, number>) {
  const started = performance.now();
  phases['starting'] = 0;
  return runNetworkImport(
    {
      origin: { kind: 'files', paths: [job.folder], names: [basename(job.folder)] },
      networkPath: `${job.databasePath}.in-use`,
      buildingPath: job.databasePath,
      nuccCsvPath,
      importedAt: new Date().toISOString(),
    },
    { onStep: (step) => (phases[step.phase] ??= (performance.now() - started) / 1000) },
  );
}

/** Seconds spent in each phase, from the times they began. */
function phaseSeconds(began: Record<string, number>, total: number): Record<string, number> {
  const order = Object.entries(began).sort(([, a], [, b]) => a - b);
  return Object.fromEntries(
    order.map(([phase, at], index) => [phase, round((order[index + 1]?.[1] ?? total) - at)]),
  );
}

function inChild(job: Job): Promise<JobFigures> {
  return runInChildProcess<JobFigures>(__filename, 'BENCH_NETWORK_JOB', job);
}

function percentiles(samples: readonly number[]): { p50Ms: number; p95Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => round(sorted[Math.floor(sorted.length * share)] ?? 0, 2);
  return { p50Ms: at(0.5), p95Ms: at(0.95) };
}

function timeSearches(
  databasePath: string,
  searches: readonly NetworkSearch[],
  warmUp: readonly NetworkSearch[],
) {
  const directory = openNetworkDirectory(databasePath);
  try {
    for (const search of warmUp) directory.search(search.query, search.filters);
    const timed = searches.map((search) => {
      const started = performance.now();
      const result = directory.search(search.query, search.filters);
      return { kind: search.kind, ms: performance.now() - started, found: result.hits.length > 0 };
    });
    const byKind = Object.fromEntries(
      searchKinds.map((kind) => {
        const ofKind = timed.filter((sample) => sample.kind === kind);
        const found = ofKind.filter((sample) => sample.found).length / Math.max(1, ofKind.length);
        return [kind, { ...percentiles(ofKind.map((sample) => sample.ms)), foundShare: round(found, 2) }];
      }),
    );
    return { ...percentiles(timed.map((sample) => sample.ms)), byKind };
  } finally {
    directory.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { resources: { type: 'string' } } });
  const resources = Number(values.resources ?? 1_000_000);
  say(`Generating ${resources.toLocaleString('en-US')} Plan-Net resources (or reusing them)…`);
  const set = await cachedSyntheticPlanNet(resources);
  const loadAtStart = loadavg()[0] ?? 0;
  say(`${set.reused ? 'Reused' : 'Wrote'} ${round(set.bytes / 1e6)} MB in ${set.folder}`);
  const work = mkdtempSync(join(tmpdir(), 'provider-desk-bench-network-'));
  try {
    say('Reading alone…');
    const read = await inChild({ kind: 'read', folder: set.folder });
    say('Importing…');
    const databasePath = join(work, 'network.db.building');
    const imported = await inChild({ kind: 'import', folder: set.folder, databasePath });
    say('Timing searches…');
    const mix = networkSearchMix(set.real, set.plan, searchesPerKind + warmUpPerKind, 12);
    const warmUp = mix.filter((_, index) => index % (searchesPerKind + warmUpPerKind) < warmUpPerKind);
    const search = timeSearches(
      databasePath,
      mix.filter((search) => !warmUp.includes(search)),
      warmUp,
    );
    const resourcesPerSecond = Math.round(imported.resources / imported.seconds);
    const figures = {
      resources: imported.resources,
      seconds: round(imported.seconds),
      resourcesPerSecond,
      peakRssMB: round(imported.peakRssMB),
      databaseMB: round(statSync(databasePath).size / 1e6),
      phaseSeconds: imported.phases,
      search,
      reader: {
        seconds: round(read.seconds),
        resourcesPerSecond: Math.round(read.resources / read.seconds),
        mbPerSecond: round(set.bytes / 1e6 / read.seconds),
        peakRssMB: round(read.peakRssMB),
      },
      sourceMB: round(set.bytes / 1e6),
      // Other work on the machine slows every figure: the one-minute load average, 2 cores.
      loadAverage: { atStart: round(loadAtStart, 2), atEnd: round(loadavg()[0] ?? 0, 2) },
      targets,
    };
    const pass =
      resourcesPerSecond >= targets.resourcesPerSecond &&
      imported.peakRssMB < targets.peakRssMB &&
      search.p95Ms < targets.searchP95Ms;
    console.log(JSON.stringify({ ...figures, pass }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const given = process.env.BENCH_NETWORK_JOB;
if (given) void runJob(JSON.parse(given) as Job).then((figures) => process.send?.(figures));
else void main();
