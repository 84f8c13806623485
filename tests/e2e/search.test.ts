import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { startWebMode, type WebMode } from '../support/web-mode';

let web: WebMode;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [web, browser] = await Promise.all([startWebMode(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  expect(await web?.stop()).toBe(0);
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.origin });
  page = await context.newPage();
  await page.goto(web.url);
  await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
});

const searchBox = () => page.getByRole('combobox', { name: 'Search directory' });
const options = () => page.getByRole('listbox', { name: 'Directory results' }).getByRole('option');
const cardTitle = () => page.locator('#entry-card-title');
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
const firstOption = () => options().first().locator('.result-title').textContent();

async function search(query: string, expectedFirst: string): Promise<void> {
  await searchBox().fill(query);
  await expect.poll(firstOption).toBe(expectedFirst);
}

describe('searching the directory in the browser', () => {
  it('starts in the search box and shows the right card first as you type', async () => {
    expect(await focusedId()).toBe('search-input');
    await search('cliams', 'Paper claims mailing address');
    expect(await cardTitle().textContent()).toBe('Paper claims mailing address');
    expect(await page.locator('.contact-kind-postal address').innerText()).toBe(
      'Claims, CareOregon\nPO Box 40328\nPortland OR 97240',
    );
    expect(await page.locator('.result-summary').textContent()).toContain('read “cliams” as “claims”');
  });

  it('finds a phone number typed any way and copies it as digits, menu option beside it', async () => {
    await search('503.416.4100', 'Provider Customer Service');
    const line = page.locator('.contact-kind-phone').first();
    expect(await line.locator('.phone-menu').textContent()).toBe('Press option 3 for provider');
    expect(await line.getByRole('link', { name: '503-416-4100' }).getAttribute('href')).toBe(
      'tel:5034164100',
    );
    await page.getByRole('button', { name: 'Copy 503-416-4100' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('5034164100');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Copied 503-416-4100');
  });

  it('moves with the keyboard: arrows, Enter, Esc, Ctrl+K and /', async () => {
    await search('claims', 'Paper claims mailing address');
    const second = await options().nth(1).locator('.result-title').textContent();
    await searchBox().press('ArrowDown');
    await expect.poll(() => options().nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await searchBox().getAttribute('aria-activedescendant')).toBe('search-result-1');
    await searchBox().press('Enter');
    await expect.poll(focusedId).toBe('entry-card-title');
    expect(await cardTitle().textContent()).toBe(second);

    await page.keyboard.press('Control+K');
    await expect.poll(focusedId).toBe('search-input');
    await searchBox().press('Escape');
    await expect.poll(() => searchBox().inputValue()).toBe('');
    await expect.poll(() => options().count()).toBe(0);

    await page.getByRole('button', { name: 'Oregon SafeNet' }).focus();
    await page.keyboard.press('/');
    await expect.poll(focusedId).toBe('search-input');
    // The key that brought focus back is not typed into the box.
    expect(await searchBox().inputValue()).toBe('');
  });

  it('never pulls focus out of the box while typing, even after opening a card', async () => {
    await search('claims', 'Paper claims mailing address');
    await searchBox().press('Enter');
    await expect.poll(focusedId).toBe('entry-card-title');
    await page.keyboard.press('Control+K');
    await searchBox().press('Escape');
    await page.keyboard.type('fax', { delay: 30 });
    await expect.poll(firstOption).toBe('Care Management Department fax');
    expect(await searchBox().inputValue()).toBe('fax');
    expect(await focusedId()).toBe('search-input');

    await searchBox().fill('');
    await page.keyboard.type('zzzq', { delay: 30 });
    await expect.poll(() => page.locator('.no-results').count()).toBe(1);
    await searchBox().fill('');
    await page.keyboard.type('payer', { delay: 30 });
    await expect.poll(firstOption).toBe('Electronic claims — payer ID 93975');
    expect(await searchBox().inputValue()).toBe('payer');
    expect(await focusedId()).toBe('search-input');
  });

  it('announces how many results there are, and when there are none', async () => {
    await searchBox().fill('claims');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ results$/);
    await searchBox().fill('xylophone');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^No matches\. Nearest topics: /);
  });

  it('drafts an e-mail to a box in one click, with the box, a suited subject and a message', async () => {
    await search('providerupdates', 'Clinic information updates');
    await page.getByRole('button', { name: 'Draft e-mail' }).click();
    await page.getByRole('heading', { name: 'E-mail' }).waitFor();
    await expect
      .poll(() => page.locator('.recipient-line').textContent())
      .toContain('ProviderDataUpdates@careoregon.org');
    expect(await page.getByLabel('Subject').inputValue()).toBe('Clinic information updates');
    await page.getByLabel('Message').fill('Our suite number changes next month.');
    await page.getByRole('button', { name: 'Preview e-mail' }).click();
    await page.getByRole('heading', { name: 'Preview: E-mail' }).waitFor();
    expect(await page.getByLabel('Message body').innerText()).toContain(
      'Our suite number changes next month.',
    );
  });

  it('opens the secure claims inquiry form from the claims help box', async () => {
    await search('claimshelp', 'Claim inquiries');
    await page.getByRole('button', { name: 'Draft e-mail' }).click();
    await page.getByRole('heading', { name: 'Claims inquiry' }).waitFor();
    expect(await page.getByRole('complementary', { name: 'Patient details' }).count()).toBe(1);
  });

  it('browses every entry by topic without typing', async () => {
    const topics = await page.locator('.browse-topic h3').allTextContents();
    expect(topics).toContain('Claims');
    expect(topics).toContain('Community resources');
    expect(await page.locator('.browse-entry').count()).toBe(23);
    await page.getByRole('button', { name: 'Report fraud, waste or abuse — Ethics Point' }).click();
    expect(await cardTitle().textContent()).toBe('Report fraud, waste or abuse — Ethics Point');
    expect(await page.getByRole('link', { name: '1-888-331-6524' }).getAttribute('href')).toBe(
      'tel:18883316524',
    );
    await expect.poll(focusedId).toBe('entry-card-title');
  });

  it('offers the nearest topics when nothing matches, and they lead somewhere', async () => {
    await searchBox().fill('pricingzz');
    const nearest = page.locator('.topic-suggestions button');
    await expect.poll(() => nearest.first().textContent()).toBe('Claims');
    await nearest.first().click();
    await expect.poll(() => searchBox().inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Claims');
  });

  it('says so plainly when a link’s address is not on the plan’s page', async () => {
    await search('appeal form', 'Claim inquiries');
    expect(await page.locator('.contact-missing').first().textContent()).toMatch(
      /names this document without giving its address/,
    );
  });
});
