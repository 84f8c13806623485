import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface WebMode {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<number | null>;
}

const projectRoot = resolve(__dirname, '../..');
const readyLine = /^Provider Desk web mode: (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))$/;

/** Starts `node out/main/web.js` (what `npm run web` runs) on a free port with a fresh data folder. */
export async function startWebMode(
  options: { dataDir?: string; extraArgs?: string[] } = {},
): Promise<WebMode> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'provider-desk-e2e-'));
  const child = spawn(
    process.execPath,
    [
      join(projectRoot, 'out/main/web.js'),
      '--data-dir',
      dataDir,
      '--port',
      '0',
      ...(options.extraArgs ?? []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`web mode did not start: ${stderr}`)), 20_000);
    lines.on('line', (line) => {
      const match = readyLine.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited with ${code}: ${stderr}`));
    });
  });

  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    process: child,
    stop: () =>
      new Promise((resolveExit) => {
        const finish = (code: number | null) => {
          if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
          resolveExit(code);
        };
        if (child.exitCode !== null) return finish(child.exitCode);
        child.once('exit', (code) => finish(code));
        child.kill('SIGTERM');
      }),
  };
}
