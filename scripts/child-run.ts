import { fork } from 'node:child_process';

/**
 * Runs `script` again in a process of its own with `job` in the environment variable `variable`,
 * and resolves with the first message it sends: a benchmark's import measured there has its own
 * peak memory, not the generator's or the searches'.
 */
export function runInChildProcess<Answer>(script: string, variable: string, job: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [variable]: JSON.stringify(job) },
    });
    child.once('message', (answer) => resolve(answer as Answer));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The run in a child process exited with ${code}.`));
    });
  });
}
