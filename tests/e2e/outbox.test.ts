import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { useBrowserPage } from '../support/browser-page';
import { fakeClinic } from '../support/fake-clinic';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp-test-server';
import type { WebMode } from '../support/web-mode';

const session = useBrowserPage({}, (web) =>
  web.call('profile.save', profileForEditing(fakeClinic)).then(() => undefined),
);
let page: Page;
let web: WebMode;
let server: TestSmtpServer | null = null;

beforeEach(() => {
  ({ page, web } = session);
});
afterEach(async () => {
  await server?.close();
  server = null;
});

const field = (label: string) => page.getByLabel(label, { exact: true });

describe('the outbox in the browser', () => {
  it('keeps a message while the mail server is down, shows it waiting, and sends it with Send now', async () => {
    const probe = await startTestSmtpServer();
    await probe.close();

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await field('Server name').fill('127.0.0.1');
    await field('Port').fill(String(probe.port));
    await page.getByLabel('Security').selectOption('none');
    await field('E-mail address').fill('frontdesk@example.org');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Connection test' }).textContent())
      .toContain(`Could not reach 127.0.0.1 on port ${probe.port}`);
    await page.getByRole('button', { name: 'Save mail settings' }).click();
    await page.locator('.form-status').getByText('Mail settings saved.').waitFor();

    await page.getByRole('button', { name: 'Forms', exact: true }).click();
    await page.getByRole('button', { name: 'Start: Clinic alert e-mail registration' }).click();
    await page.getByRole('button', { name: 'Preview e-mail' }).click();
    await page.getByRole('button', { name: 'Queue to send' }).click();
    await page.getByRole('button', { name: 'Open the outbox' }).click();

    const item = page.locator('.outbox-item').first();
    await expect.poll(() => item.locator('.outbox-state').textContent()).toBe('Will try again');
    expect(await item.locator('.outbox-error').textContent()).toMatch(/could not be reached/);
    await expect.poll(() => page.getByLabel('Outbox status').textContent()).toBe('1 waiting to send');
    expect(await page.getByRole('button', { name: /Outbox/ }).textContent()).toContain('1');

    server = await startTestSmtpServer({ port: probe.port });
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => item.locator('.outbox-state').textContent()).toBe('Sent');
    expect(server.received).toHaveLength(1);
    await expect.poll(() => page.getByLabel('Outbox status').textContent()).toBe('All sent');
    expect(await item.textContent()).toMatch(/Server’s reply: 250 /);
  });

  it('holds a claims inquiry when the settings would send it in plain text, and says why', async () => {
    server = await startTestSmtpServer();
    await web.call('mail.saveSettings', {
      settings: {
        host: '127.0.0.1',
        port: server.port,
        security: 'none',
        username: '',
        fromName: '',
        fromAddress: 'frontdesk@example.org',
      },
    });
    await page.getByRole('button', { name: 'Forms', exact: true }).click();
    await page.getByRole('button', { name: 'Start: Claims inquiry' }).click();
    const today = new Date();
    const usDate = `${String(today.getMonth() + 1).padStart(2, '0')}/${String(today.getDate()).padStart(2, '0')}/${today.getFullYear()}`;
    await field('Claim number').fill('TEST-CLAIM-0001');
    await field('Date of service').fill(usDate);
    await field('Billed amount').fill('120');
    await field('Member name').fill('Test Member');
    await field('Member ID').fill('TEST0001');
    await field('Date of birth').fill('01/02/1980');
    await field('Question').fill('Test question');
    await page.getByRole('button', { name: 'Preview e-mail' }).click();
    await page.getByRole('button', { name: 'Queue to send' }).click();
    await page.getByRole('button', { name: 'Open the outbox' }).click();
    const item = page.locator('.outbox-item').first();
    await expect.poll(() => item.locator('.outbox-state').textContent()).toBe('Needs attention');
    expect(await item.locator('.outbox-error').textContent()).toMatch(/may only travel encrypted/);
    expect(server.received).toHaveLength(0);
    await item.getByRole('button', { name: /^Open/ }).click();
    await item.getByLabel('The exact message').waitFor();
    expect(await item.getByRole('button', { name: 'Copy' }).count()).toBe(0);
  });
});
