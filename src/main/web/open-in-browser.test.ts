import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { standInOpener } from '../../../tests/support/stand-in-opener';
import { browserOpener, openInBrowser } from './open-in-browser';

const url = 'http://127.0.0.1:4173/?token=abc';
const work = mkdtempSync(join(tmpdir(), 'provider-desk-opener-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('opening browser mode in the default browser', () => {
  it('uses each system’s own opener', () => {
    expect(browserOpener('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserOpener('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(browserOpener('win32', 'http://127.0.0.1:1/?a=1&token=x')).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', 'http://127.0.0.1:1/?a=1^&token=x'],
    });
  });

  it('hands the address to the opener', async () => {
    const opener = standInOpener(join(work, 'desktop'));
    expect(await openInBrowser(url, 'linux', { PATH: opener.path })).toBe(true);
    await vi.waitFor(() => expect(opener.opened()).toBe(url), { timeout: 10_000 });
  });

  it('says, without throwing, that a system with no opener could not open it', async () => {
    const noOpener = join(work, 'server-bin');
    mkdirSync(noOpener);
    expect(await openInBrowser(url, 'linux', { PATH: noOpener })).toBe(false);
  });
});
