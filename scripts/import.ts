import { homedir } from 'node:os';
import { resolve } from 'node:path';
import {
  defaultUserDataDir,
  shippedDirectoryPath,
  shippedNuccTaxonomyPath,
  shippedTrustedKeysPath,
} from '../src/main/app-paths';
import { runImportCommand } from '../src/main/directory-updates/import-command';

/**
 * `npm run import -- [--data-dir DIR] [--states OR,WA] FILE`: imports an NPI registry file (the
 * NPPES zip or its CSV), or applies a signed directory pack (FILE, with FILE.sig beside it), into a
 * data folder, the app's own by default. Steps go to stderr; one JSON line goes to stdout. Exit 0
 * imported, 2 refused, 1 failed (see import-command.ts).
 */
const buildDir = resolve(__dirname, '..', 'out');

void runImportCommand(process.argv.slice(2), {
  defaultDataDir: defaultUserDataDir(process.platform, process.env, homedir()),
  builtInPath: shippedDirectoryPath(buildDir),
  appKeysFolder: shippedTrustedKeysPath(buildDir),
  nuccCsvPath: shippedNuccTaxonomyPath(buildDir),
  report: (line) => console.error(line),
}).then(({ summary, exitCode }) => {
  console.log(JSON.stringify(summary));
  process.exitCode = exitCode;
});
