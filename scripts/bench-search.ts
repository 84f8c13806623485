import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDirectoryDatabase } from '../src/main/directory/build-directory-db';
import { openDirectory } from '../src/main/directory/directory-service';
import { loadDirectoryPack } from '../src/main/directory/load-directory-pack';
import { allQueries } from './search-queries';
import { buildSyntheticPack } from './synthetic-directory';

/**
 * `npm run bench`: search latency over a synthetic 100,000-entry directory and over the shipped
 * one, for the app's search and for a naive LIKE scan as the baseline. Prints one JSON line.
 */
const rounds = 40;

interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) =>
    Number((sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0).toFixed(4));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function measure(run: (query: string) => unknown): Percentiles {
  for (const query of allQueries) run(query);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of allQueries) {
      const started = process.hrtime.bigint();
      run(query);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return percentiles(samples);
}

function benchDirectory(path: string) {
  const directory = openDirectory(path);
  const app = measure((query) => directory.search(query));
  directory.close();

  const db = new Database(path, { readonly: true });
  const like = db.prepare(`SELECT json FROM entries WHERE json LIKE '%' || ? || '%' ORDER BY id LIMIT 20`);
  const baseline = measure((query) =>
    like.all(query).map((row): unknown => JSON.parse((row as { json: string }).json)),
  );
  db.close();
  return { app, like: baseline };
}

const folder = mkdtempSync(join(tmpdir(), 'provider-desk-bench-'));
try {
  const shippedPath = join(folder, 'shipped.db');
  const shipped = loadDirectoryPack(resolve(__dirname, '../resources/directory-pack.json'));
  buildDirectoryDatabase(shipped, shippedPath);

  const syntheticPath = join(folder, 'synthetic.db');
  const buildStarted = Date.now();
  const synthetic = buildSyntheticPack(100_000);
  buildDirectoryDatabase(synthetic, syntheticPath);
  const buildSeconds = (Date.now() - buildStarted) / 1000;

  const report = {
    benchmark: 'directory-search',
    unit: 'ms',
    queriesPerRound: allQueries.length,
    rounds,
    shipped: { entries: shipped.entries.length, ...benchDirectory(shippedPath) },
    synthetic: { entries: synthetic.entries.length, buildSeconds, ...benchDirectory(syntheticPath) },
    targets: { syntheticP95Under: 5, shippedP95Under: 1 },
  };
  console.log(JSON.stringify(report));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
