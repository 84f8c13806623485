import { simpleParser } from 'mailparser';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { spokenDay } from '../../src/shared/spoken-day';
import { localDate } from '../../src/shared/validation/calendar-date';
import { seriousAccessibilityFindings } from './axe-check';
import { useBrowserPage } from '../support/browser-page';
import { fakeClinic } from '../support/fake-clinic';
import { fakeClinicUpdate } from '../support/fake-forms';
import { serveBytes, serveJson, sha256Hex, startFeedServer } from '../support/feed-test-server';
import { realPackPaths, seedPackPath } from '../support/shipped-directory';
import { startTestSmtpServer, testMailSettings } from '../support/smtp-test-server';
import { makeUpdateBench, readPack, type UpdateBench } from '../support/update-fixtures';
import type { WebMode } from '../support/web-mode';

/** The plan's page of November 30, where the clinic-updates mailbox moved. */
const nextPackPath = realPackPaths().find((path) => path.endsWith('directory-pack-2026.11.30.1.json')) ?? '';
const nextVersion = '2026.11.30.1';
const seedVersion = '2026.11.23';
const oldBox = 'ProviderUpdates@CareOregon.org';
const newBox = 'ProviderDataUpdates@careoregon.org';
const updatedSentence = `The plan's directory was updated to version ${nextVersion}: 3 entries changed.`;
const mailboxMoved = `The mailbox moved: ${oldBox} → ${newBox}.`;

/** Set SHOTS_DIR to keep a picture of each view for a person to look at; off otherwise. */
async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env.SHOTS_DIR;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

// Each test gets a data folder that trusts a throwaway publisher, over a directory built from the seed page.
let bench: UpdateBench;
beforeEach(() => {
  bench = makeUpdateBench(seedPackPath);
});
afterEach(() => bench.dispose());

const session = useBrowserPage(
  {},
  (web) => web.call('profile.save', profileForEditing(fakeClinic)).then(() => undefined),
  () => ({ dataDir: bench.userDataDir, directory: bench.builtInPath }),
);

let page: Page;
let web: WebMode;
beforeEach(async () => {
  ({ page, web } = session);
  await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
});

const versionInUse = async () => (await web.call('directory.updateStatus')).version;
const banner = () => page.getByRole('region', { name: /^Directory update(d| undone)$/ });
const card = () => page.locator('.entry-card');
const alert = () => page.getByRole('alert');

async function openDirectoryUpdates(): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { name: 'Directory updates' }).waitFor();
}

/** Picks files in the chooser "Import a directory file…" opens, as a person would. */
async function importFiles(paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a directory file…' }).click(),
  ]);
  await chooser.setFiles(paths);
}

/** The next real pack signed by the trusted throwaway publisher: its path and its .sig's. */
function signedNextPack(): string[] {
  const path = bench.writeSigned(readPack(nextPackPath), 'directory-pack-2026.11.30.1.json');
  return [path, `${path}.sig`];
}

describe('importing a signed directory file in the page', () => {
  it('shows the update once, lists what changed, opens the moved entry and undoes the update', async () => {
    await page.getByRole('button', { name: 'Clinic information updates' }).click();
    await expect.poll(() => card().textContent()).toContain(oldBox);

    await openDirectoryUpdates();
    expect(await page.locator('.version-facts').textContent()).toContain(
      `${seedVersion}, built into Provider Desk`,
    );
    await importFiles(signedNextPack());
    await expect.poll(() => banner().textContent()).toContain(updatedSentence);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(updatedSentence);
    const facts = await page.locator('.version-facts').textContent();
    expect(facts).toContain(`Version in use${nextVersion}, from an update`);
    expect(facts).toContain(`Built into Provider Desk${seedVersion}`);
    expect(facts).toContain(`version ${seedVersion} to ${nextVersion}`);
    expect(await versionInUse()).toBe(nextVersion);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await shot(page, 'settings-after-import');

    // The card that was shown is read again from the new directory.
    await page.getByRole('button', { name: 'Directory', exact: true }).click();
    await expect.poll(() => card().textContent()).toContain(newBox);
    expect(await card().textContent()).toContain("Seen on the plan's page on 2026-11-30");
    expect(await banner().textContent()).toContain(updatedSentence);

    await banner().getByRole('button', { name: 'What changed' }).click();
    const list = page.locator('#what-changed');
    expect(await list.textContent()).toContain(mailboxMoved);
    expect(await list.getByRole('button').allTextContents()).toEqual([
      'Clinic information updates',
      'Contract requests',
      'Credentialing requirements',
      'Undo this update',
    ]);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await shot(page, 'directory-what-changed');

    await list.getByRole('button', { name: 'Contract requests' }).click();
    await expect.poll(() => page.locator('#entry-card-title').textContent()).toBe('Contract requests');
    await list.getByRole('button', { name: 'Clinic information updates' }).click();
    await expect
      .poll(() => page.locator('#entry-card-title').textContent())
      .toBe('Clinic information updates');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('entry-card-title');
    expect(await card().textContent()).toContain(newBox);

    await list.getByRole('button', { name: 'Undo this update' }).click();
    const confirm = page.getByRole('dialog', { name: `Go back to the directory version ${seedVersion}?` });
    await confirm.waitFor();
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await shot(page, 'undo-confirmation');
    await confirm.getByRole('button', { name: `Keep version ${nextVersion}` }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await versionInUse()).toBe(nextVersion);

    await list.getByRole('button', { name: 'Undo this update' }).click();
    await confirm.getByRole('button', { name: `Go back to version ${seedVersion}` }).click();
    const undone = `The directory update was undone: back to version ${seedVersion}.`;
    await expect.poll(() => banner().textContent()).toContain(undone);
    await expect.poll(() => card().textContent()).toContain(oldBox);
    expect(await card().textContent()).not.toContain(newBox);
    expect(await versionInUse()).toBe(seedVersion);
    expect(await page.getByRole('button', { name: 'Undo this update' }).count()).toBe(0);

    await banner().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => banner().count()).toBe(0);
    // The banner could only come back once the page has the directory's status again.
    const statusLoaded = page.waitForResponse((response) =>
      response.url().includes('/api/directory.updateStatus'),
    );
    await page.reload();
    await statusLoaded;
    await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
    expect(await banner().count()).toBe(0);
  });

  it('refuses a changed, foreign, unsigned or older file, says why in the page, and changes nothing', async () => {
    await openDirectoryUpdates();

    const [tampered, tamperedSignature] = signedNextPack();
    const bytes = readFileSync(tampered!);
    bytes[bytes.indexOf(newBox) + 1] = 'R'.charCodeAt(0);
    writeFileSync(tampered!, bytes);
    await importFiles([tampered!, tamperedSignature!]);
    await expect.poll(() => alert().textContent()).toContain('it was changed after it was signed');
    expect(await versionInUse()).toBe(seedVersion);
    expect(await banner().count()).toBe(0);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await shot(page, 'settings-refusal');

    const otherPlan = bench.writeSigned({ ...readPack(nextPackPath), plan: 'Other Plan' }, 'other-plan.json');
    await importFiles([otherPlan, `${otherPlan}.sig`]);
    await expect
      .poll(() => alert().textContent())
      .toBe(
        'This directory file is for Other Plan, but this desk works with CareOregon. Nothing was changed.',
      );
    expect(await versionInUse()).toBe(seedVersion);

    const [unsigned] = signedNextPack();
    await importFiles([unsigned!]);
    await expect
      .poll(() => alert().textContent())
      .toBe(
        'Choose the directory file and its signature file (directory-pack-2026.11.30.1.json.sig) together.',
      );
    expect(await versionInUse()).toBe(seedVersion);

    await importFiles(signedNextPack());
    await expect.poll(() => banner().textContent()).toContain(updatedSentence);
    expect(await alert().count()).toBe(0);
    const seed = bench.writeSigned(readPack(seedPackPath), 'directory-pack-2026.11.23.json');
    await importFiles([seed, `${seed}.sig`]);
    await expect
      .poll(() => alert().textContent())
      .toContain(
        `This directory file is version ${seedVersion}, and the directory in use is already ${nextVersion}.`,
      );
    expect(await versionInUse()).toBe(nextVersion);
  });
});

describe('the update feed in the page', () => {
  it('says what is wrong with an address, updates from a feed, checks again, and turns off', async () => {
    const { packBytes, signatureText } = bench.sign(readPack(nextPackPath));
    const feed = await startFeedServer();
    feed.routes.set(
      '/latest.json',
      serveJson({ version: nextVersion, url: 'pack.json', sha256: sha256Hex(packBytes) }),
    );
    feed.routes.set('/pack.json', serveBytes(packBytes));
    feed.routes.set('/pack.json.sig', serveBytes(signatureText));
    try {
      await openDirectoryUpdates();
      const field = page.getByRole('textbox', { name: 'Update feed address' });
      expect(await page.locator('.feed-settings').getByText('The update feed is off').count()).toBe(1);

      await field.fill('http://example.org/desk/');
      await page.getByRole('button', { name: 'Save feed' }).click();
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      const message = page.locator(`[id="${describedBy.split(' ').at(-1)}"]`);
      expect(await message.textContent()).toContain('http:// is allowed only for a mirror on this computer');
      expect((await web.call('directory.updateStatus')).feedUrl).toBeNull();
      expect(await seriousAccessibilityFindings(page)).toEqual([]);

      await field.fill(feed.url);
      await page.getByRole('button', { name: 'Save feed' }).click();
      await expect.poll(() => banner().textContent()).toContain(updatedSentence);
      const lastCheck = page.locator('.feed-settings p').last();
      await expect
        .poll(() => lastCheck.textContent())
        .toMatch(/^Last checked .+: Updated to 2026\.11\.30\.1\.$/);
      expect(await field.getAttribute('aria-invalid')).toBeNull();
      expect(await versionInUse()).toBe(nextVersion);
      await shot(page, 'settings-feed');

      await page.getByRole('button', { name: 'Check for updates now' }).click();
      await expect
        .poll(() => lastCheck.textContent())
        .toContain(`Up to date: the feed's newest directory is ${nextVersion}.`);

      feed.routes.delete('/latest.json');
      await page.getByRole('button', { name: 'Check for updates now' }).click();
      await expect.poll(() => alert().textContent()).toContain('(its server answered 404)');
      expect(await versionInUse()).toBe(nextVersion);

      await field.fill('');
      await page.getByRole('button', { name: 'Save feed' }).click();
      await expect
        .poll(() => page.locator('.feed-settings').getByText('The update feed is off').count())
        .toBe(1);
      // The announcer clears the region, then speaks on the next frame: wait for the words.
      await expect.poll(() => page.getByRole('status').textContent()).toBe('The update feed is off.');
      expect((await web.call('directory.updateStatus')).feedUrl).toBeNull();
      expect(await page.getByRole('button', { name: 'Check for updates now' }).count()).toBe(0);
    } finally {
      await feed.close();
    }
  });
});

describe('a clinic update waiting to be sent when its mailbox moves', () => {
  it('is held, and goes to the new mailbox with one click', async () => {
    const smtp = await startTestSmtpServer();
    // The server says "try later" until the test lets it accept.
    smtp.replies.push(...Array.from({ length: 5 }, () => ({ code: 451, message: '4.3.0 Try again later' })));
    try {
      await web.call('mail.saveSettings', { settings: testMailSettings(smtp.port) });
      await web.call('forms.queue', { formId: 'clinic-update', values: fakeClinicUpdate(), draftId: null });
      await expect.poll(async () => (await web.call('outbox.list'))[0]?.state).toBe('retrying');
      expect((await web.call('outbox.list'))[0]?.to).toBe(oldBox);

      const dayBefore = localDate(new Date());
      await openDirectoryUpdates();
      await importFiles(signedNextPack());
      await expect.poll(() => banner().textContent()).toContain(updatedSentence);
      const updateDays = [dayBefore, localDate(new Date())].map(spokenDay);

      await page.getByRole('button', { name: /^Outbox/ }).click();
      const item = page.locator('.outbox-item').first();
      await expect
        .poll(() => item.textContent())
        .toContain('This mailbox was retired by the directory update of');
      const notice = (await item.textContent()) ?? '';
      expect(updateDays.some((day) => notice.includes(`directory update of ${day}.`))).toBe(true);
      expect(await seriousAccessibilityFindings(page)).toEqual([]);
      await shot(page, 'outbox-held');

      smtp.replies.length = 0;
      await item.getByRole('button', { name: `Send to ${newBox}` }).click();
      await expect.poll(() => item.locator('.outbox-state').textContent()).toBe('Sent');
      expect(smtp.received).toHaveLength(1);
      const mail = await simpleParser(smtp.received[0] ?? '');
      expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(newBox);
    } finally {
      await smtp.close();
    }
  });
});
