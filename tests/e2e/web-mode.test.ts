import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';
import { buildTestDirectory, shippedPackPath } from '../support/shipped-directory';
import { startWebMode, webEntry } from '../support/web-mode';

const home = mkdtempSync(join(tmpdir(), 'provider-desk-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('npm run web', () => {
  it('prints exactly one line with its address and stops cleanly on SIGINT', async () => {
    const web = await startWebMode();
    expect(web.output()).toBe(`Provider Desk web mode: ${web.url}\n`);
    expect(existsSync(join(web.dataDir ?? '', 'desk.db'))).toBe(true);
    expect(await web.stop('SIGINT')).toBe(0);
  });

  it('stops cleanly on SIGTERM', async () => {
    const web = await startWebMode();
    expect(await web.stop('SIGTERM')).toBe(0);
  });

  it('keeps desk.db in the desktop app’s user data folder when no --data-dir is given', async () => {
    const web = await startWebMode({
      dataDir: null,
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: '' },
    });
    expect(existsSync(join(home, '.config', 'Provider Desk', 'desk.db'))).toBe(true);
    expect(await web.stop()).toBe(0);
  });

  it('answers a wrong option with what to type instead, and does not start', () => {
    const run = spawnSync(process.execPath, [webEntry, '--port', 'eighty'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--port needs a number from 0 to 65535');
    expect(run.stdout).toBe('');
  });

  it('opens the directory.db given with --directory, and refuses a path with no file', async () => {
    const newer = buildTestDirectory({ ...loadDirectoryPack(shippedPackPath), packVersion: '2099.01.01' });
    try {
      const web = await startWebMode({ directory: newer.path });
      expect((await web.call('app.info')).directoryVersion).toBe('2099.01.01');
      expect(await web.stop()).toBe(0);
    } finally {
      newer.dispose();
    }
    const missing = join(home, 'no-such-directory.db');
    const run = spawnSync(process.execPath, [webEntry, '--directory', missing], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`--directory: there is no file at ${missing}`);
    expect(run.stdout).toBe('');
  });

  it('says which port is taken, lets its data folder go, and does not start', async () => {
    const taken = createServer();
    await new Promise<void>((listening) => taken.listen(0, '127.0.0.1', listening));
    const port = (taken.address() as AddressInfo).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'provider-desk-port-taken-'));
    try {
      const run = spawnSync(process.execPath, [webEntry, '--data-dir', dataDir, '--port', String(port)], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toBe(
        `Port ${port} is in use by another program. Pass another --port, or --port 0 to pick a free one.`,
      );
      // The folder is free again: the next start on it opens.
      const web = await startWebMode({ dataDir });
      expect(await web.stop()).toBe(0);
    } finally {
      taken.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
