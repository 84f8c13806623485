import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';
import { useBrowserPage } from '../support/browser-page';
import { fakeClinic } from '../support/fake-clinic';
import { fakeClinicUpdate } from '../support/fake-forms';
import { shippedPackPath } from '../support/shipped-directory';
import { startTestSmtpServer, testMailSettings, type TestSmtpServer } from '../support/smtp-test-server';

const session = useBrowserPage({ permissions: ['clipboard-read', 'clipboard-write'] }, (web) =>
  web.call('profile.save', profileForEditing(fakeClinic)).then(() => undefined),
);
let server: TestSmtpServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('Copy diagnostics in the browser', () => {
  it('copies versions, counts and the latest error, announces it, and shows exactly what was copied', async () => {
    const { page, web } = session;
    const password = 'Fake-Pa55word-Zebra-Quasar';
    server = await startTestSmtpServer();
    server.replies.push({ code: 550, message: '5.7.1 Relaying denied' });
    await web.call('mail.saveSettings', { settings: testMailSettings(server.port), password });
    await web.call('forms.queue', {
      formId: 'clinic-update',
      values: fakeClinicUpdate(),
      draftId: null,
    });
    await expect.poll(async () => (await web.call('outbox.list'))[0]?.state).toBe('failed');

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Support' }).waitFor();
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Diagnostics copied');

    const shown = await page.getByLabel('What is shared').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(shown).toMatch(/^Provider Desk diagnostics, /);
    expect(shown).toContain('App: 0.1.0 (browser mode)');
    expect(shown).toContain(`Runtime: Node ${process.versions.node}`);
    expect(shown).toContain(`Directory: CareOregon ${loadDirectoryPack(shippedPackPath).packVersion}`);
    expect(shown).toContain('Mail settings: no encryption on port');
    expect(shown).toContain('Outbox: queued 0, sending 0, sent 0, retrying 0, failed 1, held 0, cancelled 0');
    expect(shown).toContain(
      'error outbox.failed form clinic-update code EMESSAGE reply 550: The mail server refused this message: 550 5.7.1 Relaying denied',
    );
    const logFolder = join(web.dataDir ?? '', 'logs');
    expect(shown).toContain(`Log files: ${logFolder}`);
    for (const secret of [
      fakeClinic.clinicName,
      fakeClinic.email,
      fakeClinic.contactEmail,
      fakeClinic.groupNpi,
    ])
      expect(shown).not.toContain(secret);
    expect(shown).not.toContain(password);

    // The log is where diagnostics says, and it saw the same failure.
    const events = readFileSync(join(logFolder, 'provider-desk.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { event: string }).event);
    expect(events).toEqual(expect.arrayContaining(['app.started', 'mail.settingsSaved', 'outbox.failed']));
  });
});
