import { simpleParser } from 'mailparser';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeskDatabase } from '../../src/main/desk/open-desk-db';
import { createOutboxRepository } from '../../src/main/outbox/outbox-repository';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { seriousAccessibilityFindings } from './axe-check';
import { launchChromium } from '../support/chromium';
import { fakeClinic } from '../support/fake-clinic';
import { fakeOutgoingMessage } from '../support/fresh-desk';
import { startTestSmtpServer, testMailSettings } from '../support/smtp-test-server';
import { startWebMode } from '../support/web-mode';

let browser: Browser;
const dataDir = mkdtempSync(join(tmpdir(), 'provider-desk-e2e-retired-'));
const newBox = 'ProviderDataUpdates@careoregon.org';

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** desk.db as a directory update leaves it: a message to the mailbox it retired, held for a person. */
function deskWithMessageHeldForRetiredMailbox(): void {
  const desk = openDeskDatabase(join(dataDir, 'desk.db'), { appVersion: '0.0.0-test' });
  const rows = createOutboxRepository(desk, { leaseOwner: 'directory-update' });
  const message = { ...fakeOutgoingMessage('moved'), to: 'ProviderUpdates@CareOregon.org' };
  rows.enqueue(message, null, new Date());
  const retirement = { address: message.to, replacement: newBox, updateDate: '2026-11-30' };
  rows.holdForRetiredMailboxes([retirement], new Date());
  desk.close();
}

describe('a message whose mailbox a directory update retired, in the browser', () => {
  it('says so, offers the new mailbox instead of Retry, and goes there with one click', async () => {
    deskWithMessageHeldForRetiredMailbox();
    const server = await startTestSmtpServer();
    const web = await startWebMode({ dataDir });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await web.call('profile.save', profileForEditing(fakeClinic));
      await web.call('mail.saveSettings', { settings: testMailSettings(server.port) });
      await page.goto(web.url);
      await page.getByRole('button', { name: /^Outbox/ }).click();

      const item = page.locator('.outbox-item').first();
      await expect
        .poll(() => item.textContent())
        .toContain('This mailbox was retired by the directory update of November 30, 2026.');
      expect(await item.locator('.outbox-state').textContent()).toBe('Needs attention');
      expect(await page.getByLabel('Outbox status').textContent()).toBe('1 message needs attention');
      expect(await item.getByRole('button', { name: 'Retry' }).count()).toBe(0);
      expect(await item.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
      expect(await seriousAccessibilityFindings(page)).toEqual([]);

      await page.getByRole('button', { name: 'Send now' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Sending what waits.');
      // The run Send now started must be over before "nothing went out" means anything.
      await expect.poll(async () => (await web.call('outbox.status')).sending).toBe(false);
      expect(await item.locator('.outbox-state').textContent()).toBe('Needs attention');
      expect(server.dataStarted()).toBe(0);

      await item.getByRole('button', { name: `Send to ${newBox}` }).click();
      await expect.poll(() => item.locator('.outbox-state').textContent()).toBe('Sent');
      await expect.poll(() => page.getByRole('status').textContent()).toBe(`Queued to send to ${newBox}.`);
      expect(await item.textContent()).not.toContain('This mailbox was retired');
      expect(server.received).toHaveLength(1);
      const mail = await simpleParser(server.received[0] ?? '');
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(newBox);
    } finally {
      await page.close();
      expect(await web.stop()).toBe(0);
      await server.close();
    }
  });
});
