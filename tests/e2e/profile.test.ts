import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBrowserPage } from '../support/browser-page';

const session = useBrowserPage();
let page: Page;

beforeEach(() => {
  ({ page } = session);
});

const welcome = () => page.getByRole('region', { name: 'Welcome to Provider Desk' });
const field = (label: string) => page.getByLabel(label, { exact: true });
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
const messageOf = (id: string) => page.locator(`#${id}-message`).textContent();

describe('the clinic profile', () => {
  it('is offered on first run without taking the search box’s focus, and can be skipped for good', async () => {
    await welcome().waitFor();
    expect(await focusedId()).toBe('search-input');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await welcome().waitFor({ state: 'detached' });
    await page.reload();
    // The welcome waits for the profile to load, the forms too: once they show, it would be here.
    await page.getByRole('button', { name: 'Forms', exact: true }).click();
    await page.getByRole('heading', { name: 'The plan’s forms' }).waitFor();
    await page.getByRole('button', { name: 'Directory', exact: true }).click();
    await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
    expect(await welcome().count()).toBe(0);
  });

  it('shows what to fix beside each field, saves once fixed, and keeps it across a reload', async () => {
    await page.getByRole('button', { name: 'Fill in the clinic profile' }).click();
    await page.getByRole('heading', { name: 'Clinic profile' }).waitFor();

    await field('Clinic name').fill('Rose City Test Clinic');
    await field('State').fill('OR');
    await field('ZIP code').fill('97201');
    await field('Phone').first().fill('(503) 555-0100 x12');
    await field('Group NPI').fill('1234567898');
    await field('TIN').fill('07-1234567');
    await field('TIN').blur();
    expect(await messageOf('profile-groupNpi')).toMatch(/check digit does not match/);
    expect(await field('Group NPI').getAttribute('aria-invalid')).toBe('true');
    expect(await messageOf('profile-tin')).toMatch(/does not assign TINs starting 07/);

    await page.getByRole('button', { name: 'Add a provider' }).click();
    await page.getByRole('group', { name: 'Provider 1' }).getByLabel('Name').fill('Dr. Sam Sample');
    await page.getByRole('group', { name: 'Provider 1' }).getByLabel('Individual NPI').fill('1245319599');
    await page.getByRole('group', { name: 'Provider 1' }).getByLabel('Specialty').fill('Family medicine');

    await page.getByRole('button', { name: 'Save clinic profile' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('One field needs fixing.');
    await expect.poll(focusedId).toBe('profile-groupNpi');
    expect(await field('Clinic name').inputValue()).toBe('Rose City Test Clinic');

    await field('Group NPI').fill('1234567893');
    await page.getByRole('button', { name: 'Save clinic profile' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Clinic profile saved.');
    expect(await field('Phone').first().inputValue()).toBe('503-555-0100 ext. 12');

    await page.reload();
    await page.getByRole('button', { name: 'Clinic profile' }).click();
    await page.getByRole('heading', { name: 'Clinic profile' }).waitFor();
    expect(await field('Clinic name').inputValue()).toBe('Rose City Test Clinic');
    expect(await field('TIN').inputValue()).toBe('07-1234567');
    expect(await field('Group NPI').inputValue()).toBe('1234567893');
    expect(await page.getByRole('group', { name: 'Provider 1' }).getByLabel('Name').inputValue()).toBe(
      'Dr. Sam Sample',
    );

    await page.getByRole('button', { name: 'Directory' }).click();
    await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
    expect(await welcome().count()).toBe(0);
  });

  it('takes the first click on Save even when leaving a field shows a message', async () => {
    await page.getByRole('button', { name: 'Clinic profile', exact: true }).click();
    await field('Clinic name').fill('Rose City Test Clinic');
    await field('TIN').fill('07-1234567');
    await page.getByRole('button', { name: 'Save clinic profile' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Clinic profile saved.');
    expect(await page.locator('.form-status').textContent()).toBe('Clinic profile saved.');
  });

  it('keeps what was typed when the desk steps away to the directory and back', async () => {
    await page.getByRole('button', { name: 'Clinic profile', exact: true }).click();
    await field('Clinic name').fill('Typed, not yet saved');
    await page.getByRole('button', { name: 'Directory' }).click();
    await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
    await page.getByRole('button', { name: 'Clinic profile', exact: true }).click();
    expect(await field('Clinic name').inputValue()).toBe('Typed, not yet saved');
    expect(await page.locator('.form-status').textContent()).toBe('You have changes that are not saved.');
  });
});
