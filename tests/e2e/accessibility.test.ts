import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { seriousAccessibilityFindings } from './axe-check';
import { useBrowserPage } from '../support/browser-page';
import { fakeClinic } from '../support/fake-clinic';

const session = useBrowserPage({}, (web) =>
  web.call('profile.save', profileForEditing(fakeClinic)).then(() => undefined),
);
let page: Page;

beforeEach(async () => {
  ({ page } = session);
  await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
});

const findings = () => seriousAccessibilityFindings(page);
const show = (view: string) => page.getByRole('button', { name: view, exact: true }).click();

describe('every view meets WCAG 2.1 AA as axe-core checks it: no serious or critical finding', () => {
  it('catches a planted violation, so the check can fail', async () => {
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(image);
    });
    expect((await findings()).map((finding) => finding.id)).toContain('image-alt');
  });

  it('the directory: start, results with a card, no results, browse', async () => {
    expect(await findings()).toEqual([]);
    await page.getByRole('combobox', { name: 'Search directory' }).fill('claims');
    await page.locator('#entry-card-title').waitFor();
    expect(await findings()).toEqual([]);
    await page.getByRole('combobox', { name: 'Search directory' }).fill('zzzqqq');
    await page.locator('.no-results').waitFor();
    expect(await findings()).toEqual([]);
    await page.getByRole('button', { name: 'Browse by topic' }).click();
    await page.getByRole('button', { name: 'Oregon SafeNet' }).click();
    await page.getByRole('heading', { name: 'Oregon SafeNet', exact: true, level: 2 }).waitFor();
    expect(await findings()).toEqual([]);
  });

  it.each([
    'New contracting request',
    'Clinic information update',
    'Clinic alert e-mail registration',
    'Claims inquiry',
  ])('the %s form, with its errors shown, and its preview', async (title) => {
    await show('Forms');
    await page.getByRole('button', { name: `Start: ${title}` }).click();
    // Prefilled from the profile, a form may be almost right: break one field so errors show.
    if (title === 'New contracting request') await page.getByLabel('NPI', { exact: true }).fill('123');
    if (title === 'Clinic alert e-mail registration')
      await page.getByRole('group', { name: 'Address 1' }).getByLabel('E-mail').fill('not valid @');
    // The plan's newest page, the shipped directory, takes contract requests on its web form.
    const check = title === 'New contracting request' ? 'Show answers to copy' : 'Preview e-mail';
    await page.getByRole('button', { name: check }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await findings()).toEqual([]);
  });

  it('a preview, the outbox, the clinic profile and the mail settings', async () => {
    await show('Forms');
    await page.getByRole('button', { name: 'Start: Clinic alert e-mail registration' }).click();
    await page.getByRole('button', { name: 'Preview e-mail' }).click();
    await page.getByRole('heading', { name: 'Preview: Clinic alert e-mail registration' }).waitFor();
    expect(await findings()).toEqual([]);
    await page.getByRole('button', { name: 'Queue to send' }).click();
    await page.getByRole('button', { name: 'Open the outbox' }).click();
    await page.locator('.outbox-item').first().waitFor();
    expect(await findings()).toEqual([]);
    await show('Clinic profile');
    await page.getByRole('heading', { name: 'Clinic profile' }).waitFor();
    expect(await findings()).toEqual([]);
    await show('Settings');
    await page.getByRole('heading', { name: 'Mail settings' }).waitFor();
    await page.getByRole('button', { name: 'Save mail settings' }).click();
    // Empty settings cannot be saved: check the view with its messages shown.
    await page.locator('.field-error').first().waitFor();
    expect(await findings()).toEqual([]);
  });

  it('the directory updates settings, with a file refused and a feed address to fix', async () => {
    await show('Settings');
    await page.getByRole('heading', { name: 'Directory updates' }).waitFor();
    await page.locator('input[type="file"][accept=".json,.sig"]').setInputFiles({
      name: 'directory-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{}'),
    });
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Update feed address').fill('ftp://example.org/desk/');
    await page.getByRole('button', { name: 'Save feed' }).click();
    await page.locator('#feed-url-message').waitFor();
    expect(await findings()).toEqual([]);
  });

  it('the settings view with the diagnostics shown', async () => {
    await show('Settings');
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await page.getByLabel('What is shared').waitFor();
    expect(await page.getByLabel('What is shared').inputValue()).toContain('Provider Desk diagnostics');
    expect(await findings()).toEqual([]);
  });
});
