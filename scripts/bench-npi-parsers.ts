import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readRegistryFile } from '../src/main/npi-registry/read/read-registry-file';
import { parserNames, runParser, type ParserName } from './npi-parser-runs';
import { writeSyntheticRegistry } from './synthetic-nppes/write-synthetic-registry';

/**
 * `npm run bench:npi-parsers [-- --rows N]`: compares the reader's hand-written CSV parser with
 * npm parsers on the same generated registry file (N rows, 200,000 by default), each row going
 * through the same checks and record building, filtered to Oregon (about 1 row in 30 kept with
 * the deactivated ones) and unfiltered (every row becomes a record). Then reads the same rows
 * as the monthly zip (zip64, with a pl_pfile) as an import would. Each run is its own process,
 * so its peak memory (maxRSS) is its own. Prints one JSON line; progress goes to stderr.
 */
type Job =
  | { kind: 'parser'; parser: ParserName; path: string; filtered: boolean }
  | { kind: 'reader'; path: string; filtered: boolean }
  | { kind: 'baseline' };

interface Figures {
  mbPerSecond: number;
  mbPerCpuSecond: number;
  peakRssMB: number;
  rows: number;
  rowsKept: number;
}

const say = (line: string) => process.stderr.write(`${line}\n`);
const oregon = new Set(['OR']);
const round = (value: number) => Math.round(value * 10) / 10;

async function runJob(job: Job): Promise<{ rows: number; rowsKept: number }> {
  if (job.kind === 'baseline') return { rows: 0, rowsKept: 0 };
  const states = job.filtered ? oregon : null;
  if (job.kind === 'parser') return runParser(job.parser, job.path, states);
  const read = await readRegistryFile(job.path, { states, onRecords() {} });
  return { rows: read.rows, rowsKept: read.rowsKept };
}

/** In a child: runs one job and answers with its time and peak memory. */
async function child(job: Job): Promise<void> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const counts = await runJob(job);
  const cpu = process.cpuUsage(cpuBefore);
  process.send?.({
    ...counts,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  });
}

interface ChildAnswer {
  rows: number;
  rowsKept: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
}

function isChildAnswer(value: unknown): value is ChildAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer: Record<string, unknown> = { ...value };
  return ['rows', 'rowsKept', 'seconds', 'cpuSeconds', 'peakRssMB'].every(
    (key) => typeof answer[key] === 'number',
  );
}

function inChild(job: Job): Promise<ChildAnswer> {
  return new Promise((resolve, reject) => {
    const worker = fork(__filename, [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, BENCH_NPI_JOB: JSON.stringify(job) },
    });
    worker.once('message', (answer) => {
      if (isChildAnswer(answer)) resolve(answer);
      else reject(new Error('A run answered something unexpected.'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The ${JSON.stringify(job)} run exited with ${code}.`));
    });
  });
}

/** The job a parent gave this process, or null in the parent itself. */
function givenJob(): Job | null {
  const text = process.env.BENCH_NPI_JOB;
  if (text === undefined) return null;
  const job: unknown = JSON.parse(text);
  if (typeof job !== 'object' || job === null || !('kind' in job)) throw new Error('Not a bench job.');
  if (job.kind === 'baseline') return { kind: 'baseline' };
  if (!('path' in job) || typeof job.path !== 'string' || !('filtered' in job))
    throw new Error('Not a bench job.');
  const filtered = job.filtered === true;
  if (job.kind === 'reader') return { kind: 'reader', path: job.path, filtered };
  const parser = parserNames.find((name) => 'parser' in job && job.parser === name);
  if (parser === undefined) throw new Error('Not a bench job.');
  return { kind: 'parser', parser, path: job.path, filtered };
}

async function measure(job: Job, csvBytes: number): Promise<Figures> {
  const answer = await inChild(job);
  const mb = csvBytes / 1e6;
  return {
    mbPerSecond: round(mb / answer.seconds),
    mbPerCpuSecond: round(mb / answer.cpuSeconds),
    peakRssMB: round(answer.peakRssMB),
    rows: answer.rows,
    rowsKept: answer.rowsKept,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string' } } });
  const rows = Number(values.rows ?? 200_000);
  const folder = mkdtempSync(join(tmpdir(), 'provider-desk-bench-npi-'));
  try {
    say(`Writing ${rows.toLocaleString('en-US')} synthetic registry rows (CSV, then the zip)…`);
    const csv = await writeSyntheticRegistry({
      rows,
      seed: 11,
      path: join(folder, 'npidata_pfile_20050523-20251109.csv'),
    });
    const zip = await writeSyntheticRegistry({
      rows,
      seed: 11,
      path: join(folder, 'NPPES_Data_Dissemination_November_2025.zip'),
      zip: true,
      zip64: true,
      secondaryLocations: Math.round(rows / 12),
    });
    const parsers: Partial<Record<ParserName, { filtered: Figures; unfiltered: Figures }>> = {};
    for (const parser of parserNames) {
      say(`${parser}…`);
      parsers[parser] = {
        filtered: await measure({ kind: 'parser', parser, path: csv.path, filtered: true }, csv.csvBytes),
        unfiltered: await measure({ kind: 'parser', parser, path: csv.path, filtered: false }, csv.csvBytes),
      };
    }
    say('The reader on the zip…');
    const reader = {
      zipFiltered: await measure({ kind: 'reader', path: zip.path, filtered: true }, zip.csvBytes),
      zipUnfiltered: await measure({ kind: 'reader', path: zip.path, filtered: false }, zip.csvBytes),
    };
    const baseline = await inChild({ kind: 'baseline' });
    const fastest = (mode: 'filtered' | 'unfiltered') =>
      parserNames.reduce((best, name) =>
        parsers[name]![mode].mbPerSecond > parsers[best]![mode].mbPerSecond ? name : best,
      );
    console.log(
      JSON.stringify({
        rows,
        csvMB: round(csv.csvBytes / 1e6),
        zipMB: round(statSync(zip.path).size / 1e6),
        parsers,
        fastest: { filtered: fastest('filtered'), unfiltered: fastest('unfiltered') },
        reader,
        emptyProcessRssMB: round(baseline.peakRssMB),
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const job = givenJob();
void (job === null ? main() : child(job));
