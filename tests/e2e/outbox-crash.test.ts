import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { launchChromium } from '../support/chromium';
import { fakeClinic } from '../support/fake-clinic';
import { fakeClinicUpdate } from '../support/fake-forms';
import { startTestSmtpServer, testMailSettings, type TestSmtpServer } from '../support/smtp-test-server';
import { startWebMode, webEntry, type WebMode } from '../support/web-mode';

const dataDir = mkdtempSync(join(tmpdir(), 'provider-desk-crash-'));
let server: TestSmtpServer | null = null;
let web: WebMode | null = null;
let browser: Browser | null = null;

afterEach(async () => {
  await browser?.close();
  await web?.stop('SIGKILL');
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const outbox = (mode: WebMode) => mode.call('outbox.list');

/** `npm run web` on a folder, run until it exits by itself: its status and what it printed. */
function runUntilExit(folder: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [webEntry, '--data-dir', folder, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** The Message-ID of each message the server took in whole, in order. */
const receivedIds = async (smtp: TestSmtpServer) =>
  Promise.all(smtp.received.map(async (raw) => (await simpleParser(raw)).messageId));

describe('two processes on one data folder, and a crash while sending', () => {
  it('refuses the second process, and after SIGKILL mid-send and a restart the message arrives, never twice', async () => {
    server = await startTestSmtpServer();
    // The server takes the message and never answers, as one does while its sender is killed.
    server.replies.push('stall');
    web = await startWebMode({ dataDir });
    await web.call('profile.save', profileForEditing(fakeClinic));
    await web.call('mail.saveSettings', { settings: testMailSettings(server.port) });
    const { messageId } = await web.call('forms.queue', {
      formId: 'clinic-update',
      values: fakeClinicUpdate(),
      draftId: null,
    });
    const first = web;
    const stalled = server;
    await expect.poll(() => stalled.dataStarted(), { timeout: 10_000 }).toBe(1);
    expect((await outbox(first))[0]?.state).toBe('sending');

    // A second browser mode on the same folder, mid-delivery: refused before it opens desk.db.
    const second = await runUntilExit(dataDir);
    expect(second.code).toBe(2);
    expect(second.stdout).not.toContain('Provider Desk web mode:');
    expect(second.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Provider Desk's data folder .+ is already in use by another Provider Desk \\(browser mode, process ${first.process.pid}, started .+\\)\\. Close that one first .+ or give this one another folder: npm run web -- --data-dir OTHER-FOLDER$`,
        ),
      ),
    ]);
    expect(stalled.dataStarted()).toBe(1);

    // The first is killed with the message still in DATA, before the server has answered.
    expect(await first.stop('SIGKILL')).toBeNull();
    expect(server.received).toHaveLength(0);

    // Started again: once the killed process's delivery lease runs out (it renewed it every ten
    // seconds, for thirty), the message is sent again.
    web = await startWebMode({ dataDir });
    const restarted = web;
    // Until then the desk sees it waiting, and why, not "Nothing to send".
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(restarted.url);
    await page.getByRole('button', { name: /^Outbox/ }).click();
    const item = page.locator('.outbox-item').first();
    await item.getByText('Provider Desk stopped while this was being sent.', { exact: false }).waitFor();
    await expect.poll(() => page.getByLabel('Outbox status').textContent()).toBe('1 waiting to send');
    // The page hears of the delivery from main and shows it, as the desk would see it.
    await item.locator('.outbox-state', { hasText: 'Sent' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByLabel('Outbox status').textContent()).toBe('All sent');
    expect(await outbox(restarted)).toEqual([expect.objectContaining({ messageId, state: 'sent' })]);
    // The server never accepted the stalled copy, so exactly one copy arrived, with its Message-ID.
    expect(await receivedIds(server)).toEqual([messageId]);
  }, 90_000);
});
