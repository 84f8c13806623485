import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { launchChromium } from '../support/chromium';
import { fakeClinic } from '../support/fake-clinic';
import { importSampleRegistry } from '../support/imported-registry';
import { startNpiApiStandIn, type NpiApiStandIn } from '../support/npi-api-stand-in';
import { sampleRegistryRows, writeSampleRegistry } from '../support/registry-files';
import { startWebMode, type WebMode } from '../support/web-mode';
import { seriousAccessibilityFindings } from './axe-check';

let browser: Browser;
let scratch: string;

beforeAll(async () => {
  browser = await launchChromium();
  scratch = mkdtempSync(join(tmpdir(), 'npi-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function openPage(web: WebMode): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.origin });
  const page = await context.newPage();
  await page.goto(web.url);
  await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
  return page;
}

describe('Settings → Provider data', () => {
  let web: WebMode;
  let page: Page;

  beforeEach(async () => {
    web = await startWebMode();
    page = await openPage(web);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('button', { name: 'Provider data' })
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('provider-data-title');
  });

  afterEach(async () => {
    await page.context().close();
    expect(await web.stop()).toBe(0);
  });

  const section = () => page.getByRole('region', { name: 'Provider data' });

  it('says there is no registry yet and where CMS publishes it', async () => {
    expect(await section().innerText()).toContain('No NPI registry file yet.');
    expect(await section().innerText()).toContain('download.cms.gov/nppes/NPI_Files.html');
    expect(await section().innerText()).toContain('NPPES Data Dissemination');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('checks the states before anything starts, then imports the sample registry’s rows in them and says what it holds', async () => {
    await page.getByLabel('Choose NPI registry file').setInputFiles(writeSampleRegistry(scratch));
    await page.getByLabel('States to keep').fill('CT, Massachusetts');
    await page.getByRole('button', { name: 'Import provider data' }).click();
    await section()
      .getByText(
        '“Massachusetts” is not a state code. Use two-letter codes separated by commas, like OR, WA.',
      )
      .waitFor();
    expect(await page.getByLabel('States to keep').getAttribute('aria-invalid')).toBe('true');
    expect((await web.call('providers.status')).lastOutcome).toBeNull();

    await page.getByLabel('States to keep').fill('ct, ma');
    await page.getByRole('button', { name: 'Import provider data' }).click();
    await section().locator('.import-outcome.notice').waitFor({ timeout: 60_000 });
    const status = await web.call('providers.status');
    const kept = status.registry?.providerCount ?? 0;
    // The sample is mostly Connecticut, Massachusetts and Rhode Island: some are left out.
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(sampleRegistryRows);
    expect(status.registry?.states).toEqual(['CT', 'MA']);
    expect(await section().getByRole('definition').first().textContent()).toBe(
      `NPI registry file of December 9, 2018 (npidata_pfile_20050523-20181209.csv), ${kept.toLocaleString('en-US')} providers, states: CT, MA`,
    );
    await expect.poll(() => page.getByRole('status').textContent()).toBe(status.lastOutcome?.message);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('refuses a file that is not the registry with main’s reason, as an alert, and keeps nothing', async () => {
    const notRegistry = join(scratch, 'npidata_pfile_20050523-20181209.csv');
    writeFileSync(notRegistry, '"Name","Phone"\r\n"A","1"\r\n');
    await page.getByLabel('Choose NPI registry file').setInputFiles(notRegistry);
    await page.getByRole('button', { name: 'Import provider data' }).click();
    const alert = section().getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    const status = await web.call('providers.status');
    expect(status.lastOutcome?.ok).toBe(false);
    expect(await alert.textContent()).toContain(status.lastOutcome?.message ?? '-');
    expect(status.registry).toBeNull();
    expect(await section().innerText()).toContain('No NPI registry file yet.');
  });

  it('asks for a file before an import starts', async () => {
    await page.getByRole('button', { name: 'Import provider data' }).click();
    await section().getByText('Choose the NPI registry file first').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('npi-file');
  });
});

describe('with the sample registry imported', () => {
  let web: WebMode;
  let page: Page;
  let npiApi: NpiApiStandIn;

  beforeAll(async () => {
    npiApi = await startNpiApiStandIn();
    web = await startWebMode({ npiApi: npiApi.url });
    await web.call('profile.save', profileForEditing(fakeClinic));
    await importSampleRegistry(web);
  }, 120_000);

  afterAll(async () => {
    expect(await web?.stop()).toBe(0);
    await npiApi?.close();
  });

  beforeEach(async () => {
    page = await openPage(web);
  });

  afterEach(async () => {
    await page.context().close();
  });

  const searchBox = () => page.getByRole('combobox', { name: 'Search directory' });
  const results = () => page.getByRole('listbox', { name: 'Directory results' });
  const registryGroup = () => results().getByRole('group', { name: 'NPI registry' });
  const card = () => page.getByRole('article', { name: 'RICHARD SOUCIER, MD' });

  async function search(query: string): Promise<void> {
    await searchBox().fill(query);
    await registryGroup().getByRole('option').first().waitFor();
  }

  it('finds a provider by NPI and opens a card with the registry’s facts', async () => {
    await search('1255334207');
    await registryGroup()
      .getByRole('option', { name: /RICHARD SOUCIER, MD/ })
      .click();
    await card().waitFor();
    expect(await card().locator('.entry-topic').textContent()).toBe('Individual');
    const text = await card().innerText();
    expect(text).toContain(
      'From the NPI registry file of December 9, 2018 (npidata_pfile_20050523-20181209.csv)',
    );
    expect(text).toContain('Cardiovascular Disease Physician 207RC0000X · primary');
    expect(text).toContain('Advanced Heart Failure and Transplant Cardiology Physician 207RA0001X');
    expect(text).toContain('114 WOODLAND ST\nHARTFORD, CT 06105-1208');
    expect(text).toContain('1000 ASYLUM AVE\nSTE 4309\nHARTFORD, CT 06105-1770');
    expect(text).toContain('Enumerated May 23, 2005');
    expect(text).toContain('Last updated September 27, 2016');
    expect(await card().getByRole('link', { name: '860-714-4820' }).getAttribute('href')).toBe(
      'tel:8607144820',
    );
    await card().getByRole('button', { name: 'Copy NPI 1255334207' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('1255334207');
    await card().getByRole('button', { name: 'Copy 860-714-8001' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('8607148001');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('finds providers by name, by specialty word or taxonomy code, and by city', async () => {
    await search('soucier');
    const names = () => registryGroup().locator('.result-title').allTextContents();
    expect(await names()).toEqual(expect.arrayContaining(['RICHARD SOUCIER, MD', 'DONALD SOUCIER, DO']));
    await search('207RC0000X');
    expect(await names()).toContain('RICHARD SOUCIER, MD');
    await search('cardiology');
    expect(await names()).toContain('RICHARD SOUCIER, MD');
    await search('cardiovascular hartford');
    expect(await names()).toContain('RICHARD SOUCIER, MD');
    expect(
      await registryGroup()
        .getByRole('option', { name: /RICHARD SOUCIER/ })
        .innerText(),
    ).toContain('Cardiovascular Disease · Hartford, CT · NPI 1255334207');
  });

  it('keeps one kind with the filter, and the arrow keys go through every group as one list', async () => {
    await searchBox().fill('health');
    await registryGroup().getByRole('option').first().waitFor();
    expect(
      await results().getByRole('group', { name: 'Plan contacts' }).getByRole('option').count(),
    ).toBeGreaterThan(0);
    const filter = page.getByRole('group', { name: 'Show results from' });
    expect(await filter.getByRole('button', { name: 'All' }).getAttribute('aria-pressed')).toBe('true');
    const options = results().getByRole('option');
    const count = await options.count();
    for (let press = 1; press < count; press += 1) await searchBox().press('ArrowDown');
    await expect.poll(() => options.last().getAttribute('aria-selected')).toBe('true');
    expect(await searchBox().getAttribute('aria-activedescendant')).toBe(`search-result-${count - 1}`);
    await searchBox().press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('provider-card-title');

    await filter.getByRole('button', { name: 'Plan contacts' }).click();
    expect(await filter.getByRole('button', { name: 'Plan contacts' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await registryGroup().count()).toBe(0);
    await filter.getByRole('button', { name: 'NPI registry' }).click();
    expect(await results().getByRole('group', { name: 'Plan contacts' }).count()).toBe(0);
    expect(await registryGroup().getByRole('option').count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('asks the registry online for a valid NPI it lacks, and labels the answer as online', async () => {
    await searchBox().fill('1234567893');
    const offer = page.getByRole('button', { name: 'Look up NPI 1234567893 online' });
    await offer.waitFor();
    expect(await page.locator('.registry-note').innerText()).toContain(
      'The NPI registry on this computer does not list NPI 1234567893.',
    );
    await offer.click();
    const online = page.getByRole('article', { name: 'PAT EXAMPLE, NP' });
    await online.waitFor();
    expect(await online.locator('.provider-source').textContent()).toMatch(
      /^Online answer from the NPI registry, \w+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s[AP]M$/,
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('provider-card-title');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    await searchBox().fill('1245319599');
    await page.getByRole('button', { name: 'Look up NPI 1245319599 online' }).click();
    await page
      .locator('.online-problem')
      .getByText(
        'The NPI registry online does not list NPI 1245319599. Check the number, or ask the provider for it.',
      )
      .waitFor();
  });

  it('names the provider behind a form’s NPI, warns of another name, and fills the form in one click', async () => {
    await page.getByRole('button', { name: 'Forms', exact: true }).click();
    await page.getByRole('button', { name: 'Start: New contracting request' }).click();
    const npi = page.getByLabel('NPI', { exact: true });
    await npi.fill('1255334207');
    const line = page.locator('#form-npi-registry');
    await line.locator('.npi-who').waitFor();
    expect(await line.locator('.npi-who').textContent()).toBe(
      'This NPI belongs to RICHARD SOUCIER, MD — Cardiovascular Disease — Hartford, CT',
    );
    // The name still says the clinic's, from the profile: a warning, never an error.
    expect(await line.locator('.field-warning').innerText()).toContain(
      'The NPI registry lists this NPI as RICHARD SOUCIER, MD, not “Rose City Test Clinic”.',
    );
    expect(await npi.getAttribute('aria-invalid')).toBeNull();
    expect(await npi.getAttribute('aria-describedby')).toContain('form-npi-registry');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    await line.getByRole('button', { name: 'Fill from NPI registry' }).click();
    const field = (label: string) => page.getByLabel(label, { exact: true });
    expect(await field('Provider Name or Clinic Name').inputValue()).toBe('RICHARD SOUCIER, MD');
    expect(await field('Specialty').inputValue()).toBe('Cardiovascular Disease');
    expect(await field('Street').inputValue()).toBe('114 WOODLAND ST');
    expect(await field('City').inputValue()).toBe('HARTFORD');
    expect(await field('ZIP code').inputValue()).toBe('06105-1208');
    expect(await field('Phone Number').inputValue()).toBe('860-714-4820');
    expect(await field('Fax Number').inputValue()).toBe('860-714-8001');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Filled the name, specialty, address, phone and fax from the NPI registry.');
    expect(await line.locator('.field-warning').count()).toBe(0);

    await field('Provider Name or Clinic Name').fill('Dr. Richard J. Soucier');
    expect(await line.locator('.field-warning').count()).toBe(0);
    await npi.fill('1234567893');
    await line.getByText('The NPI registry on this computer does not list NPI 1234567893.').waitFor();
  });

  it('warns of a deactivated NPI beside a form’s field and on its card, from an online answer', async () => {
    await page.getByRole('button', { name: 'Forms', exact: true }).click();
    await page.getByRole('button', { name: 'Start: Claims inquiry' }).click();
    const npi = page.getByLabel('Billing NPI', { exact: true });
    await npi.fill('1999999992');
    const line = page.locator('#form-billingNpi-registry');
    await line.getByRole('button', { name: 'Look up NPI 1999999992 online' }).click();
    await line.locator('.npi-who').waitFor();
    expect(await line.locator('.npi-who').textContent()).toMatch(
      /^This NPI belongs to JORDAN SAMPLE \(Online answer from the NPI registry, .+\)$/,
    );
    expect(await line.locator('.field-warning').allTextContents()).toEqual([
      '⚠ This NPI was deactivated on June 30, 2023.',
      '⚠ The NPI registry lists this NPI as JORDAN SAMPLE, not “Rose City Test Clinic”.',
    ]);
    expect(await npi.getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: 'Directory', exact: true }).click();
    await searchBox().fill('1999999992');
    await page.getByRole('button', { name: 'Look up NPI 1999999992 online' }).click();
    const card = page.getByRole('article', { name: 'JORDAN SAMPLE' });
    await card.waitFor();
    expect(await card.locator('.provider-deactivated').textContent()).toBe(
      'Deactivated. This NPI was deactivated on June 30, 2023: do not use it on a claim or a form.',
    );
  });

  it('adds a provider to the clinic profile by NPI, and says why it will not', async () => {
    await page.getByRole('button', { name: 'Clinic profile', exact: true }).click();
    const npi = page.getByLabel('NPI of provider to add');
    const add = page.getByRole('button', { name: 'Add from NPI registry' });
    await npi.fill('1255334207');
    await add.click();
    await page.getByRole('group', { name: 'Provider 2' }).waitFor();
    const row = page.getByRole('group', { name: 'Provider 2' });
    expect(await row.getByLabel('Name').inputValue()).toBe('RICHARD SOUCIER, MD');
    expect(await row.getByLabel('Individual NPI').inputValue()).toBe('1255334207');
    expect(await row.getByLabel('Specialty').inputValue()).toBe('Cardiovascular Disease');

    const problem = () => page.locator('#provider-to-add-message').textContent();
    await npi.fill('1255334207');
    await add.click();
    await expect.poll(problem).toContain('NPI 1255334207 is already listed, as RICHARD SOUCIER, MD.');
    await npi.fill('1255334208');
    await add.click();
    await expect.poll(problem).toContain('check digit');
    await npi.fill('1234567893');
    await npi.press('Enter');
    await expect.poll(problem).toContain('The NPI registry on this computer does not list NPI 1234567893.');
    await npi.fill('1982607537');
    await add.click();
    await expect.poll(problem).toContain('an organization');
    expect(await page.getByRole('group', { name: 'Provider 3' }).count()).toBe(0);
  });
});
