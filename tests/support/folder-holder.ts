import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** Another process that takes the data folder (as browser mode would) and keeps it until killed. */
export async function holdInAnotherProcess(folder: string): Promise<ChildProcess> {
  const script = resolve(__dirname, 'hold-data-folder.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, failed) => {
    createInterface({ input: child.stdout }).on('line', (line) => line === 'holding' && ready());
    child.once('exit', (code) => failed(new Error(`the holder exited with ${code}`)));
  });
  return child;
}
