import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDirectoryDatabase } from '../src/main/directory/build-directory-db';
import { openUpdatableDirectory } from '../src/main/directory-updates/directory-updater';
import { signPackBytes } from '../src/main/directory-updates/pack-signing';
import { describeUpdateProgress } from '../src/main/directory-updates/update-progress-text';
import { allQueries } from './search-queries';
import { searchContinuously } from './search-load';
import { buildSyntheticPack } from './synthetic-directory';
import { buildSyntheticUpdate } from './synthetic-update';

/**
 * `npm run bench:update`: applies a signed update to a 100,000-entry directory while searches
 * keep running on the same event loop, as the page keeps searching during an import. Prints one
 * JSON line: how long the update took, and the slowest search while it ran, counting the time a
 * search waited for the loop. Progress goes to stderr; the exit code is 0 whether or not the
 * targets are met, because the figures are the report.
 */
const entryCount = 100_000;
const targets = { applySeconds: 10, slowestSearchMs: 50 };
const searchEveryMs = 5;

const say = (line: string) => process.stderr.write(`${line}\n`);

/** A data folder that trusts a publisher key made for this run, as an administrator would set it up. */
function makeDataFolder(root: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const userDataDir = join(root, 'data');
  const appKeysFolder = join(root, 'app-keys');
  mkdirSync(join(userDataDir, 'trusted-keys'), { recursive: true });
  mkdirSync(appKeysFolder, { recursive: true });
  writeFileSync(
    join(userDataDir, 'trusted-keys', 'bench-publisher.pem'),
    publicKey.export({ type: 'spki', format: 'pem' }),
  );
  return {
    userDataDir,
    appKeysFolder,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/**
 * The built-in directory and the signed update. The packs themselves are dropped on return, so
 * collecting them does not pause the searches measured later: the app never holds them either.
 */
function prepareDirectories(builtInPath: string, privatePem: string) {
  say(`Building the ${entryCount.toLocaleString('en-US')}-entry built-in directory…`);
  const builtIn = buildSyntheticPack(entryCount);
  buildDirectoryDatabase(builtIn, builtInPath);
  say('Signing the update…');
  const packBytes = Buffer.from(JSON.stringify(buildSyntheticUpdate(builtIn)));
  return { packBytes, signatureText: signPackBytes(packBytes, privatePem) };
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'provider-desk-bench-update-'));
  try {
    const folder = makeDataFolder(root);
    const builtInPath = join(root, 'built-in', 'directory.db');
    mkdirSync(join(root, 'built-in'));

    const { packBytes, signatureText } = prepareDirectories(builtInPath, folder.privatePem);

    const { directory, updater } = openUpdatableDirectory({ ...folder, builtInPath });
    for (const query of allQueries) directory.search(query);

    let phase = 'starting';
    say(
      `Applying ${(packBytes.length / 1024 / 1024).toFixed(1)} MB while searching every ${searchEveryMs} ms…`,
    );
    const load = searchContinuously(directory, { everyMs: searchEveryMs, phase: () => phase });
    const started = performance.now();
    const status = await updater.apply(packBytes, signatureText, {
      onProgress(progress) {
        const next = describeUpdateProgress(progress);
        if (next !== phase) say(`  ${((performance.now() - started) / 1000).toFixed(1)} s: ${next}`);
        phase = next;
      },
    });
    const applySeconds = (performance.now() - started) / 1000;
    const searches = load.stop();
    directory.close();
    const queued =
      searches.slowestQueuedMs === null
        ? ''
        : `, ${searches.slowestQueuedMs.toFixed(1)} ms of it waiting for a CPU that other threads or processes held`;
    say(
      `Now ${status.version}. Slowest search ${searches.slowestMs.toFixed(1)} ms, during "${searches.slowestDuring}"${queued}.`,
    );

    const slowestSearchMsDuringApply = Number(searches.slowestMs.toFixed(1));
    const report = {
      entries: entryCount,
      applySeconds: Number(applySeconds.toFixed(2)),
      slowestSearchMsDuringApply,
      searchesDuringApply: searches.searches,
      targetApplySeconds: targets.applySeconds,
      targetSlowestSearchMs: targets.slowestSearchMs,
      pass: applySeconds <= targets.applySeconds && slowestSearchMsDuringApply <= targets.slowestSearchMs,
    };
    console.log(JSON.stringify(report));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
