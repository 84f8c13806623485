import { simpleParser } from 'mailparser';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { useBrowserPage } from '../support/browser-page';
import { fakeClinic } from '../support/fake-clinic';
import { buildSeedDirectory } from '../support/shipped-directory';
import type { WebMode } from '../support/web-mode';

/** The forms are sent by e-mail here: the seed page's directory, where every one still had its box. */
const seed = buildSeedDirectory();
afterAll(() => seed.dispose());
const session = useBrowserPage(
  { acceptDownloads: true },
  (web) => web.call('profile.save', profileForEditing(fakeClinic)).then(() => undefined),
  { directory: seed.path },
);
let page: Page;
let web: WebMode;

beforeEach(async () => {
  ({ page, web } = session);
  await page.getByRole('button', { name: 'Forms', exact: true }).click();
  await page.getByRole('heading', { name: 'The plan’s forms' }).waitFor();
});

const field = (label: string) => page.getByLabel(label, { exact: true });

/** A date this many days from today, as a person types it; tests must pass on any day. */
function usDate(daysFromToday: number): string {
  const date = new Date();
  date.setDate(date.getDate() + daysFromToday);
  return `${String(date.getMonth() + 1).padStart(2, '0')}/${String(date.getDate()).padStart(2, '0')}/${date.getFullYear()}`;
}
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
const start = (title: string) => page.getByRole('button', { name: `Start: ${title}` }).click();
const preview = () => page.getByRole('button', { name: 'Preview e-mail' }).click();
const previewHeading = (title: string) => page.getByRole('heading', { name: `Preview: ${title}` });

describe('the new contracting request', () => {
  it('starts from the profile, takes a provider, previews the exact e-mail, saves a .eml and queues', async () => {
    await start('New contracting request');
    expect(await field('Provider Name or Clinic Name').inputValue()).toBe('Rose City Test Clinic');
    expect(await field('Phone Number').inputValue()).toBe('503-555-0100 ext. 12');
    expect(await field('TIN').inputValue()).toBe('93-1234567');

    await page
      .getByLabel('Fill in for a provider from your profile')
      .selectOption({ label: 'Dr. Sam Sample (Family medicine)' });
    await expect.poll(() => field('Provider Name or Clinic Name').inputValue()).toBe('Dr. Sam Sample');
    await expect.poll(() => field('NPI').inputValue()).toBe('1245319599');
    // A provider's name and NPI are not the clinic's: nothing offers to write them into the profile.
    expect(await page.locator('.save-back').count()).toBe(0);

    await field('Fax Number').fill('503-555-0177');
    await page.getByRole('button', { name: 'Save fax number to the clinic profile' }).waitFor();

    await preview();
    await previewHeading('New contracting request').waitFor();
    const headers = await page.locator('.preview-headers').innerText();
    expect(headers).toContain('newcontractrequest@careoregon.org');
    expect(headers).toContain('New contract request – Dr. Sam Sample – NPI 1245319599');
    const body = await page.getByLabel('Message body').innerText();
    expect(body).toContain('Specialty: Family medicine');
    expect(body).toContain('Fax Number: 503-555-0177');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as .eml' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('New contract request – Dr. Sam Sample – NPI 1245319599.eml');
    const mail = await simpleParser(await readFile((await download.path()) ?? ''));
    expect(mail.subject).toBe('New contract request – Dr. Sam Sample – NPI 1245319599');
    expect(mail.text).toContain('DMAP ID #: 500123');

    await page.getByRole('button', { name: 'Queue to send' }).click();
    await page.getByText('Queued to send: New contract request – Dr. Sam Sample – NPI 1245319599').waitFor();
    await page.getByText('No unfinished forms.').waitFor();
    await page.getByRole('button', { name: 'Open the outbox' }).click();
    const item = page.locator('.outbox-item').first();
    await expect
      .poll(() => item.textContent())
      .toContain('New contract request – Dr. Sam Sample – NPI 1245319599');
    // No mail settings yet: the outbox says so instead of failing quietly.
    await expect.poll(() => item.locator('.outbox-error').textContent()).toMatch(/Add your mail settings/);
    expect((await web.call('profile.get')).profile?.fax).toBe('5035550101');
  });
});

describe('a clinic information update', () => {
  it('shows what to fix beside each field, moves focus there, and previews once fixed', async () => {
    await start('Clinic information update');
    await page.getByLabel('Fax', { exact: true }).check();
    await preview();
    await expect.poll(() => page.locator('.field-error').count()).toBeGreaterThan(1);
    expect(await page.locator('#form-newFax-message').textContent()).toContain('Enter the new fax.');
    expect(await page.locator('#form-effectiveDate-message').textContent()).toContain(
      'Enter the effective date.',
    );
    // Focus moves on the frame after the messages appear.
    await expect.poll(focusedId).toBe('form-newFax');

    await field('New fax').fill('503 555 0199');
    await field('Effective date').fill(usDate(-3 * 366));
    await preview();
    await expect
      .poll(() => page.locator('#form-effectiveDate-message').textContent())
      .toContain('more than a year in the past');
    await field('Effective date').fill(usDate(7));
    await field('Contact phone').fill('503-555-0144');
    await page.getByRole('button', { name: 'Save contact phone to the clinic profile' }).click();
    await expect.poll(async () => (await web.call('profile.get')).profile?.contactPhone).toBe('5035550144');
    await preview();
    await previewHeading('Clinic information update').waitFor();
    expect(await page.getByLabel('Message body').innerText()).toContain('New fax: 503-555-0199');
  });
});

describe('the clinic alert registration', () => {
  it('starts with the profile’s contact and offers to save a changed job title back', async () => {
    await start('Clinic alert e-mail registration');
    const first = page.getByRole('group', { name: 'Address 1' });
    expect(await first.getByLabel('E-mail').inputValue()).toBe('pat@example.org');
    await first.getByLabel('Job title').fill('Practice manager');
    await first.getByRole('button', { name: 'Save job title to the clinic profile' }).click();
    await expect
      .poll(async () => (await web.call('profile.get')).profile?.contactTitle)
      .toBe('Practice manager');
    await first
      .getByRole('button', { name: 'Save job title to the clinic profile' })
      .waitFor({ state: 'detached' });
  });

  it('says so when a job title cannot be saved back, and keeps offering it', async () => {
    await start('Clinic alert e-mail registration');
    const first = page.getByRole('group', { name: 'Address 1' });
    await first.getByLabel('Job title').fill('Practice manager');
    // The call fails on its way, as it does once Provider Desk has stopped.
    await page.route('**/api/profile.update', (route) => route.abort());
    await first.getByRole('button', { name: 'Save job title to the clinic profile' }).click();

    await page.getByRole('alert').filter({ hasText: 'Provider Desk is not running' }).waitFor();
    const saved = (await web.call('profile.get')) as { profile: { contactTitle: string } };
    expect(saved.profile.contactTitle).not.toBe('Practice manager');
    await first.getByRole('button', { name: 'Save job title to the clinic profile' }).waitFor();
  });
});

describe('drafts', () => {
  it('come back exactly after a reload, and can be deleted', async () => {
    await start('Clinic alert e-mail registration');
    await page.getByRole('button', { name: 'Add another address' }).click();
    const second = page.getByRole('group', { name: 'Address 2' });
    await second.getByLabel('E-mail').fill('billing@example');
    await second.getByLabel('Name').fill('Jo Example');
    await expect.poll(() => page.locator('.form-status').textContent()).toBe('Draft saved.');
    // "Draft saved." follows each write, even one whose newer values are still waiting their
    // turn: reload only once desk.db holds what was typed last.
    await expect
      .poll(async () => {
        const [draft] = await web.call('drafts.list');
        return draft ? (await web.call('drafts.get', { id: draft.id })).values.addresses : null;
      })
      .toEqual([
        { email: 'pat@example.org', name: 'Pat Example', jobTitle: 'Office manager' },
        { email: 'billing@example', name: 'Jo Example', jobTitle: '' },
      ]);

    await page.reload();
    await page.getByRole('button', { name: 'Forms', exact: true }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    const restored = page.getByRole('group', { name: 'Address 2' });
    expect(await restored.getByLabel('E-mail').inputValue()).toBe('billing@example');
    expect(await restored.getByLabel('Name').inputValue()).toBe('Jo Example');
    expect(await page.getByRole('group', { name: 'Address 1' }).getByLabel('E-mail').inputValue()).toBe(
      'pat@example.org',
    );

    await page.getByRole('button', { name: 'Close (keep the draft)' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No unfinished forms.').waitFor();
  });
});

describe('a claims inquiry', () => {
  it('says it holds PHI, offers the phone route, and can only be queued', async () => {
    await start('Claims inquiry');
    const notice = page.getByRole('complementary', { name: 'Patient details' });
    await expect
      .poll(() => notice.textContent())
      .toContain('503-416-4100 or 1-800-224-4840 (press option 3 for provider)');
    await field('Claim number').fill('TEST-CLAIM-0001');
    await field('Date of service').fill(usDate(-30));
    await field('Billed amount').fill('120');
    await field('Member name').fill('Test Member');
    await field('Member ID').fill('TEST0001');
    await field('Date of birth').fill('01/02/1980');
    await field('Question').fill('Test question');
    await preview();
    await previewHeading('Claims inquiry').waitFor();
    expect(await page.locator('.preview-headers').innerText()).toContain(
      'Claims inquiry – Rose City Test Clinic – NPI 1234567893',
    );
    expect(await page.getByRole('button', { name: 'Open in my mail app' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save as .eml' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Queue to send' }).click();
    await page.getByText('Queued to send: Claims inquiry').waitFor();
  });
});
