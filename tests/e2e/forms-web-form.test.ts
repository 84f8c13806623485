import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { useBrowserPage } from '../support/browser-page';
import { fakeClinic } from '../support/fake-clinic';
import { fakeContractRequestAnswers, fakeContractRequestLines } from '../support/fake-forms';
import { buildTestDirectory } from '../support/shipped-directory';
import { packWithContractWebForm } from '../support/web-form-directory';
import type { WebMode } from '../support/web-mode';
import { seriousAccessibilityFindings } from './axe-check';

/**
 * The shipped pack names the Contract Requests form without its address; browser mode is started
 * on directory.db files built from it with and without an address for the form (--directory).
 */
const formUrl = 'https://forms.example.org/contract-requests';
const linked = buildTestDirectory(packWithContractWebForm(formUrl));
const unlinked = buildTestDirectory(packWithContractWebForm(null));
afterAll(() => {
  linked.dispose();
  unlinked.dispose();
});

const saveProfile = (web: WebMode) =>
  web.call('profile.save', profileForEditing(fakeClinic)).then(() => undefined);
const clipboard = ['clipboard-read', 'clipboard-write'];

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function startContractRequest(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Forms', exact: true }).click();
  await page.getByRole('button', { name: 'Start: New contracting request' }).click();
  await page.getByText('CareOregon now takes this on its web form: Contract Requests form.').waitFor();
}

/** The request started from the profile, its one missing item typed, and its answers shown. */
async function showAnswers(page: Page): Promise<void> {
  await startContractRequest(page);
  await field(page, 'Specialty').fill('Family medicine');
  await page.getByRole('button', { name: 'Show answers to copy' }).click();
  await page.getByRole('heading', { name: 'Answers to copy: New contracting request' }).waitFor();
}

describe('a form the plan now takes on a web form whose address its page gives', () => {
  const session = useBrowserPage({ permissions: clipboard }, saveProfile, { directory: linked.path });

  it('says so, links to it, and offers the answers instead of an e-mail, after the same checks', async () => {
    const { page } = session;
    await startContractRequest(page);
    const link = page.getByRole('link', { name: 'Open the Contract Requests form' });
    expect(await link.getAttribute('href')).toBe(formUrl);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await page.getByRole('button', { name: 'Preview e-mail' }).count()).toBe(0);

    // Specialty does not come from the profile: it is what to fix, shown and focused as before.
    await page.getByRole('button', { name: 'Show answers to copy' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('form-specialty');
    expect(await page.locator('#form-specialty-message').textContent()).toContain('Enter the specialty.');

    await field(page, 'Specialty').fill('Family medicine');
    await page.getByRole('button', { name: 'Show answers to copy' }).click();
    await page.getByRole('heading', { name: 'Answers to copy: New contracting request' }).waitFor();
    for (const name of ['Queue to send', 'Open in my mail app', 'Save as .eml', 'Preview e-mail']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.locator('.answer dt').allTextContents()).toEqual(
      fakeContractRequestAnswers.map((answer) => answer.label),
    );
    expect(await page.locator('.answer-value').nth(5).textContent()).toBe(
      '100 Example Ave, Portland, OR 97201',
    );
    expect(await page.getByRole('link', { name: 'Open the Contract Requests form' }).count()).toBe(1);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('copies each answer, by mouse or keyboard, or all of them at once', async () => {
    const { page } = session;
    await showAnswers(page);

    await page.getByRole('button', { name: 'Copy Specialty' }).click();
    await expect.poll(() => clipboardText(page)).toBe('Family medicine');
    await page.getByRole('button', { name: 'Copy Phone Number' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboardText(page)).toBe('503-555-0100 ext. 12');
    await page.getByRole('button', { name: 'Copy TIN' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => clipboardText(page)).toBe('93-1234567');

    await page.getByRole('button', { name: 'Copy all answers' }).click();
    await expect.poll(() => clipboardText(page)).toBe(`${fakeContractRequestLines.join('\n')}\n`);
  });

  it('prints the answers alone, and fits a 1280×720 window at 200% zoom', async () => {
    const { page } = session;
    await showAnswers(page);

    // The browser's print dialog cannot be driven: note that it was asked for instead.
    await page.evaluate(() => {
      const counted = window as Window & { printRequests?: number };
      counted.printRequests = 0;
      window.print = () => void (counted.printRequests = (counted.printRequests ?? 0) + 1);
    });
    await page.getByRole('button', { name: 'Print answers' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as Window & { printRequests?: number }).printRequests))
      .toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.getByRole('heading', { name: 'Answers to copy: New contracting request' }).isVisible(),
    ).toBe(true);
    expect(await page.getByText('Family medicine').isVisible()).toBe(true);
    for (const hidden of [
      page.locator('.app-header'),
      page.getByRole('button', { name: 'Copy Specialty' }),
      page.getByRole('button', { name: 'Copy all answers' }),
      page.getByRole('link', { name: 'Open the Contract Requests form' }),
    ]) {
      expect(await hidden.isVisible()).toBe(false);
    }
    await page.emulateMedia({ media: 'screen' });

    const scrollsSideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    await page.setViewportSize({ width: 640, height: 360 });
    expect(await scrollsSideways()).toBe(false);
    await page.getByRole('button', { name: 'Back to editing' }).click();
    expect(await scrollsSideways()).toBe(false);
  });

  it('keeps its draft until the desk deletes it: nothing is queued', async () => {
    const { page, web } = session;
    await startContractRequest(page);
    await field(page, 'Specialty').fill('Family medicine');
    await expect.poll(() => page.locator('.form-status').textContent()).toBe('Draft saved.');
    await page.getByRole('button', { name: 'Show answers to copy' }).click();
    await page.getByRole('button', { name: 'Close (keep the draft)' }).click();

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('CareOregon now takes this on its web form: Contract Requests form.').waitFor();
    expect(await field(page, 'Specialty').inputValue()).toBe('Family medicine');
    expect(await web.call('outbox.list')).toEqual([]);
  });
});

describe('a form the plan now takes on a web form its page names without an address', () => {
  const session = useBrowserPage({ permissions: clipboard }, saveProfile, { directory: unlinked.path });

  it('says to find the form on the plan’s web site, and still gives the answers', async () => {
    const { page } = session;
    await startContractRequest(page);
    await page
      .getByText(
        'The plan’s page names this form without giving its address: look for the Contract Requests form on CareOregon’s web site.',
      )
      .waitFor();
    expect(await page.getByRole('link', { name: /Contract Requests form/ }).count()).toBe(0);
    await field(page, 'Specialty').fill('Family medicine');
    await page.getByRole('button', { name: 'Show answers to copy' }).click();
    await page.getByRole('button', { name: 'Copy Specialty' }).click();
    await expect.poll(() => clipboardText(page)).toBe('Family medicine');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });
});
