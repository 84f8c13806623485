import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { browserTokenHeader } from '../../src/shared/api-channels';
import type { ApiOutput } from '../../src/shared/api-contract';
import type { ApiResult } from '../../src/shared/desk-error';
import { valueOf, type ChannelCall } from './channel-call';

export interface WebMode {
  url: string;
  origin: string;
  token: string;
  dataDir: string | null;
  /** Everything printed to standard output. */
  output(): string;
  /** Calls a channel the way the page does, for setting up a test quickly; a refusal throws. */
  call: ChannelCall;
  process: ChildProcess;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const projectRoot = resolve(__dirname, '../..');
export const webEntry = join(projectRoot, 'out/main/web.js');
const readyLine = /^Provider Desk web mode: (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))$/;

export interface WebModeOptions {
  /** `null` leaves --data-dir out, so the server picks the desktop app's folder; a fresh one if absent. */
  dataDir?: string | null;
  /** A directory.db to open instead of the built one (--directory). */
  directory?: string;
  /** Where the NPI registry's online API is asked (--npi-api): a stand-in, never the real one. */
  npiApi?: string;
  env?: NodeJS.ProcessEnv;
}

/** Starts `node out/main/web.js` (what `npm run web` runs) on a free port with a fresh data folder. */
export async function startWebMode(options: WebModeOptions = {}): Promise<WebMode> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir =
    options.dataDir === undefined ? mkdtempSync(join(tmpdir(), 'provider-desk-e2e-')) : options.dataDir;
  const dataArgs = dataDir === null ? [] : ['--data-dir', dataDir];
  const directoryArgs = options.directory ? ['--directory', options.directory] : [];
  const npiApiArgs = options.npiApi ? ['--npi-api', options.npiApi] : [];
  const child = spawn(
    process.execPath,
    [webEntry, ...dataArgs, ...directoryArgs, ...npiApiArgs, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    },
  );
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));

  const url = await webModeAddress(child, () => stderr);
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  return {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    output: () => stdout,
    async call(channel, ...[input]) {
      const response = await fetch(`${parsed.origin}/api/${channel}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [browserTokenHeader]: token,
        },
        body: JSON.stringify({ input }),
      });
      // Main checks every answer against the contract before it leaves, as the page relies on too.
      return valueOf((await response.json()) as ApiResult<ApiOutput<typeof channel>>);
    },
    process: child,
    stop: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise((resolveExit) => {
        const finish = (code: number | null) => {
          if (ownDataDir && dataDir) rmSync(dataDir, { recursive: true, force: true });
          resolveExit(code);
        };
        if (child.exitCode !== null) return finish(child.exitCode);
        child.once('exit', (code) => finish(code));
        child.kill(signal);
      }),
  };
}

/** The address browser mode prints once it listens; rejects if the process ends first. */
export function webModeAddress(child: ChildProcess, errors: () => string): Promise<string> {
  return new Promise<string>((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`web mode did not start: ${errors()}`)), 20_000);
    lines.on('line', (line) => {
      const match = readyLine.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited with ${code}: ${errors()}`));
    });
  });
}
