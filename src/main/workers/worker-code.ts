import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A worker's code: the built file beside main's bundle in the app and browser mode (electron-vite
 * may put the caller in a chunk one folder down); the TypeScript source, through tsx, when tests
 * and scripts run the sources. `sourceFolder` is the caller's __dirname, where its source sits.
 */
export function workerCode(name: string, sourceFolder: string): { code: string; eval: boolean } {
  for (const built of [join(sourceFolder, `${name}.js`), join(sourceFolder, '..', `${name}.js`)]) {
    if (existsSync(built)) return { code: built, eval: false };
  }
  const source = join(sourceFolder, `${name}.ts`);
  return { code: `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`, eval: true };
}
