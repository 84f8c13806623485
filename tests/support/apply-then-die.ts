import { readdirSync, readFileSync } from 'node:fs';
import { openUpdatableDirectory } from '../../src/main/directory-updates/directory-updater';
import { readSignatureBeside } from '../../src/main/directory-updates/signature-file';
import { updatesFolder } from '../../src/main/directory-updates/update-state';

/**
 * A desk killed part-way through an update, for the tests of what a kill leaves: it applies the
 * signed pack named on its command line and SIGKILLs itself, with no chance to clean up, when
 * the update reports the step named (or once the switch is done, for `switched`).
 */
const [userDataDir, builtInPath, appKeysFolder, packPath, killAt] = process.argv.slice(2);
if (!userDataDir || !builtInPath || !appKeysFolder || !packPath || !killAt) {
  throw new Error('usage: apply-then-die DATA_DIR BUILT_IN APP_KEYS PACK STEP|switched');
}

const folder = updatesFolder(userDataDir);
const die = (): void => void process.kill(process.pid, 'SIGKILL');

/** The folder does not exist until the worker starts building. */
function halfBuiltFileExists(): boolean {
  try {
    return readdirSync(folder).some((name) => name.endsWith('.building'));
  } catch {
    return false;
  }
}

let lastStep = '';

/**
 * Building is reported before the file is begun, and a small pack builds in milliseconds; so a
 * kill at that step waits, without holding up the worker, until the half-built file is on disk
 * (or, on a machine too busy to look in time, until the next step is reported).
 */
function dieOnceHalfBuilt(): void {
  if (halfBuiltFileExists() || lastStep !== 'building') die();
  else setImmediate(dieOnceHalfBuilt);
}

const { updater } = openUpdatableDirectory({ userDataDir, builtInPath, appKeysFolder });
void updater
  .apply(readFileSync(packPath), readSignatureBeside(packPath), {
    onProgress({ step }) {
      lastStep = step;
      if (step !== killAt) return;
      if (step === 'building') dieOnceHalfBuilt();
      else die();
    },
  })
  .then(() => killAt === 'switched' && die());
