// Installers and compilers print pages of progress that would bury the one line `npm start`
// owes the user; their output is kept only to name the problem when they fail.
import { spawnSync } from 'node:child_process';

/** The first line that states a problem: "TypeError: fetch failed", "warn install getaddrinfo …". */
const problemLine = /(?:\b\w*Error:|\bwarn install) +(.+)$/m;

/**
 * Runs a Node script with this Node, its output captured.
 * @param {string} script
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeout?: number }} options
 * @returns {{ ok: boolean, timedOut: boolean, problem: string | undefined }}
 */
export function runQuietly(script, args, options) {
  const run = spawnSync(process.execPath, [script, ...args], {
    ...options,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const failure = /** @type {NodeJS.ErrnoException | undefined} */ (run.error);
  return {
    ok: run.status === 0,
    timedOut: failure?.code === 'ETIMEDOUT',
    problem: problemLine.exec(`${run.stdout ?? ''}\n${run.stderr ?? ''}`)?.[1]?.trim(),
  };
}
