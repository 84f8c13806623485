import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeZip } from '../../scripts/synthetic-nppes/write-zip';
import type { NetworkDataStatus } from '../../src/shared/plan-net';
import { launchChromium } from '../support/chromium';
import { importSampleRegistry, stageUpload } from '../support/imported-registry';
import { startPlanNetServer, type PlanNetTestServer } from '../support/plan-net-server';
import { startWebMode, type WebMode } from '../support/web-mode';
import { seriousAccessibilityFindings } from './axe-check';

/** The Plan-Net reference implementation's 5,215 resources (Apache-2.0, see its README). */
const referenceData = join(__dirname, '..', 'fixtures', 'plan-net-ri', 'nppes-data');
const referenceCount = 5_215;
/** The guide's 49 examples, one file each, in one folder. */
const guideExamples = join(__dirname, '..', 'fixtures', 'plan-net-ri', 'ig-examples');
const guideExampleCount = 49;

// Picked from the reference data: a cardiologist in New Haven, one location with its own numbers.
const stark = {
  name: 'Lindsey Ferdinand Stark, MD',
  npi: '1235438279',
  location: 'HOSPITAL OF SAINT RAPHAEL',
  street: '1450 CHAPEL ST',
  phone: '127-562-8998',
  fax: '233-788-6586',
  network: 'United Technologies Preferred Provider Network',
};
// An organization both the plan's directory and the NPI registry sample list.
const vassar = {
  npi: '1235131442',
  registryName: 'VASSAR HEALTH CONNECTICUT, INC.',
  networks: ['Connecticut Persona Preferred Provider Network', 'State of Connecticut HMO'],
};

let browser: Browser;
let scratch: string;
let referenceZip: string;

/** The reference data as a plan hands it out: one zip of a folder per resource type. */
async function writeReferenceZip(path: string): Promise<void> {
  const entries = readdirSync(referenceData).flatMap((type) =>
    readdirSync(join(referenceData, type))
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ name: `${type}/${name}`, data: [readFileSync(join(referenceData, type, name))] })),
  );
  await writeZip(path, entries);
}

beforeAll(async () => {
  browser = await launchChromium();
  scratch = mkdtempSync(join(tmpdir(), 'plan-net-e2e-'));
  referenceZip = join(scratch, 'plan-net-ri.zip');
  await writeReferenceZip(referenceZip);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * Set SHOTS_DIR to keep a picture of each view for a person to look at; off otherwise. A part of
 * the page (a Settings section) is taken whole; the page, down to the top of a long list.
 */
async function shot(page: Page, name: string, part?: Locator): Promise<void> {
  const folder = process.env.SHOTS_DIR;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}.png`);
  if (part) await part.screenshot({ path });
  else await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1800 } });
}

async function openPage(web: WebMode): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.origin });
  const page = await context.newPage();
  await page.goto(web.url);
  await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
  return page;
}

async function openPlanNetworkSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('button', { name: 'Plan network' })
    .click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-network-title');
}

/** Waits, as the page does, until no import is under way, and gives the status then. */
async function settled(web: WebMode): Promise<NetworkDataStatus> {
  return vi.waitFor(
    async () => {
      const status = await web.call('network.status');
      if (status.importing) throw new Error('The network import is still under way.');
      return status;
    },
    { timeout: 120_000, interval: 100 },
  );
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search directory' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Directory results' });
const networkGroup = (page: Page) => results(page).getByRole('group', { name: 'In network' });
const networkNames = (page: Page) => networkGroup(page).locator('.result-title').allTextContents();

async function searchNetwork(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await networkGroup(page).getByRole('option').first().waitFor();
}

describe('Settings → Plan network', () => {
  let web: WebMode;
  let page: Page;

  beforeEach(async () => {
    web = await startWebMode();
    page = await openPage(web);
  });

  afterEach(async () => {
    await page.context().close();
    expect(await web.stop()).toBe(0);
  });

  const section = () => page.getByRole('region', { name: 'Plan network' });

  it('says where to get the plan’s directory before any import, in the results and in Settings', async () => {
    await searchBox(page).fill('cardiology');
    const hint = page.getByRole('group', { name: 'In network' });
    await hint.waitFor();
    expect(await hint.innerText()).toBe(
      'Import the plan’s provider directory in Settings → Plan network to see who is in network.',
    );
    await hint.getByRole('button', { name: 'Settings → Plan network' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-network-title');
    expect(await section().innerText()).toContain('No plan network directory yet.');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('imports the reference data from a zip and shows what it holds and the import report', async () => {
    await openPlanNetworkSettings(page);
    await page.getByLabel('Choose Plan-Net files').setInputFiles(referenceZip);
    await page.getByRole('button', { name: 'Import network files' }).click();
    await section().locator('.import-outcome.notice').waitFor({ timeout: 120_000 });
    const status = await settled(web);
    expect(status.network?.resourceCount).toBe(referenceCount);
    expect(status.network?.source).toEqual({ kind: 'files', names: ['plan-net-ri.zip'], fileCount: 1 });
    const facts = await section().getByRole('definition').allTextContents();
    expect(facts[0]).toBe('Files: plan-net-ri.zip');
    expect(facts[3]).toMatch(/^5,215 resources in \d+ networks: .*Green Circle of Connecticut HMO/);
    const report = await section().getByRole('region', { name: 'Import report' }).innerText();
    expect(report).toContain('2,000 Practitioner, 2,000 PractitionerRole');
    expect(report).toContain('Every link between resources was found.');
    expect(report).toContain('Practitioners without an NPI: 0');
    await shot(page, 'plan-network-settings', section());
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('imports a chosen folder, every file in it handed over one by one', async () => {
    await openPlanNetworkSettings(page);
    await page.getByLabel('Choose Plan-Net folder').setInputFiles(guideExamples);
    await section().getByText(`${guideExampleCount} files chosen`).waitFor();
    await page.getByRole('button', { name: 'Import network files' }).click();
    await section().locator('.import-outcome.notice').waitFor({ timeout: 120_000 });
    const status = await settled(web);
    expect(status.network?.resourceCount).toBe(guideExampleCount);
    // Every file counted; the first few named (a folder may hold thousands).
    expect(status.network?.source).toMatchObject({ kind: 'files', fileCount: guideExampleCount });
    expect(status.network?.source.kind === 'files' && status.network.source.names).toHaveLength(10);
    expect(await section().innerText()).toContain('Locations without an address: 1');
  });

  it('refuses a file that is not Plan-Net data, as an alert, and keeps nothing', async () => {
    await openPlanNetworkSettings(page);
    const notPlanNet = join(scratch, 'Practitioner.ndjson');
    writeFileSync(notPlanNet, '{"resourceType": "Practitioner", \n');
    await page.getByLabel('Choose Plan-Net files').setInputFiles(notPlanNet);
    await page.getByRole('button', { name: 'Import network files' }).click();
    const alert = section().getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    const status = await settled(web);
    expect(status.lastOutcome?.ok).toBe(false);
    expect(await alert.textContent()).toContain(status.lastOutcome?.message ?? '-');
    expect(status.network).toBeNull();
  });

  it('shows a server import under way, waiting as the server asks, and stops it on Cancel, keeping nothing', async () => {
    const server = await startPlanNetServer();
    try {
      server.fail('every', { kind: 'too-many-requests', retryAfter: '600' });
      await openPlanNetworkSettings(page);
      await page.getByLabel('Plan-Net server address').fill(server.baseUrl);
      await page.getByRole('button', { name: 'Import from server' }).click();
      const progress = section().getByRole('progressbar', { name: 'Network import progress' });
      await progress.waitFor();
      await section()
        .getByText(/waiting for the server until \d{1,2}:\d{2}:\d{2} [AP]M/)
        .waitFor();
      await shot(page, 'plan-network-waiting', section());
      expect(await seriousAccessibilityFindings(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel network import' }).click();
      await progress.waitFor({ state: 'detached' });
      const status = await settled(web);
      expect(status.network).toBeNull();
      expect(status.lastOutcome?.ok).toBe(false);
      expect(await section().locator('.import-outcome').textContent()).toContain(
        status.lastOutcome?.message ?? '-',
      );
    } finally {
      await server.close();
    }
  });

  it('imports from the plan’s server, waiting as a busy server asks, with progress and then the status', async () => {
    const server: PlanNetTestServer = await startPlanNetServer();
    try {
      server.fail(2, { kind: 'too-many-requests', retryAfter: '1' });
      await openPlanNetworkSettings(page);
      await page.getByLabel('Plan-Net server address').fill(server.baseUrl);
      await page.getByRole('button', { name: 'Import from server' }).click();
      await section().locator('.import-outcome.notice').waitFor({ timeout: 120_000 });
      const status = await settled(web);
      expect(status.network?.source).toEqual({ kind: 'server', url: server.baseUrl, since: null });
      expect(status.network?.resourceCount).toBe(referenceCount);
      expect(server.requests[1]?.status).toBe(429);
      expect(server.requests.at(-1)?.status).toBe(200);
      expect(await section().getByRole('definition').first().textContent()).toBe(`Server ${server.baseUrl}`);

      // Then only what changed: the server is asked with _lastUpdated, and the data is kept.
      server.touch(`Practitioner/plannet-practitioner-${stark.npi}`, '2026-11-29T12:00:00Z');
      const asked = server.requests.length;
      await page.getByLabel('Only changes since the last import').check();
      await page.getByRole('button', { name: 'Import from server' }).click();
      await expect
        .poll(async () => (await web.call('network.status')).lastOutcome?.at, { timeout: 120_000 })
        .not.toBe(status.lastOutcome?.at);
      const increment = await settled(web);
      expect(increment.lastOutcome?.ok).toBe(true);
      expect(increment.network?.source.kind === 'server' && increment.network.source.since).not.toBeNull();
      expect(increment.network?.resourceCount).toBe(referenceCount);
      // Each type's search asks only for what changed; the pages after follow the server's own cursor.
      const searches = server.requests.slice(asked).filter((request) => /^\/fhir\/[A-Z]/.test(request.url));
      expect(searches.length).toBeGreaterThan(0);
      expect(searches.every((request) => request.url.includes('_lastUpdated=ge'))).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('with the reference data and the NPI registry sample imported', () => {
  let web: WebMode;
  let page: Page;

  beforeAll(async () => {
    web = await startWebMode();
    await importSampleRegistry(web);
    await web.call('network.import', { kind: 'files', stagedFiles: [await stageUpload(web, referenceZip)] });
    const status = await settled(web);
    if (!status.lastOutcome?.ok)
      throw new Error(`The reference data was refused: ${status.lastOutcome?.message}`);
  }, 180_000);

  afterAll(async () => {
    expect(await web?.stop()).toBe(0);
  });

  beforeEach(async () => {
    page = await openPage(web);
  });

  afterEach(async () => {
    await page.context().close();
  });

  it('finds a practitioner by name and by specialty with a city, between the plan’s contacts and the NPI registry', async () => {
    await searchNetwork(page, 'mauro cormier');
    expect(await networkNames(page)).toContain('Mauro Cormier, APRN');
    // Each answer names Stark, whom the one before did not, so a stale list cannot pass.
    await searchBox(page).fill('cardiovascular new haven');
    await expect.poll(() => networkNames(page)).toContain(stark.name);
    await searchBox(page).fill('mauro cormier');
    await expect.poll(() => networkNames(page)).not.toContain(stark.name);
    await searchBox(page).fill('heart doctor new haven');
    await expect.poll(() => networkNames(page)).toContain(stark.name);
    const line = await networkGroup(page)
      .getByRole('option', { name: new RegExp(stark.name) })
      .innerText();
    expect(line).toContain(`Cardiovascular Disease`);
    expect(line).toContain('NEW HAVEN, CT');
    expect(line).toContain(stark.network);
    const groups = await results(page)
      .getByRole('group')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-labelledby')));
    expect(groups.indexOf('results-group-network')).toBeLessThan(groups.indexOf('results-group-registry'));
    await shot(page, 'plan-network-results');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('opens the card with each location’s phone, fax and network, and copies the referral details', async () => {
    await searchNetwork(page, 'stark cardiovascular');
    const hit = networkGroup(page).getByRole('option').filter({ hasText: 'Lindsey' }).first();
    await hit.getByRole('button').click();
    const card = page.locator('article.network-card');
    await card.waitFor();
    const name = (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
    expect(name).toBe(stark.name);
    const text = await card.innerText();
    expect(text).toContain(stark.npi);
    expect(text).toContain(stark.location);
    expect(text).toContain(`${stark.street}\nNEW HAVEN, CT 06511-4405`);
    expect(text).toContain(stark.network);
    expect(text).toMatch(/Directory data last updated \w+ \d{1,2}, \d{4}/);
    expect(await card.getByRole('link', { name: stark.phone }).getAttribute('href')).toBe(
      `tel:${stark.phone.replaceAll('-', '')}`,
    );
    expect(await card.getByRole('button', { name: `Copy ${stark.fax}` }).count()).toBeGreaterThan(0);
    await card.getByRole('button', { name: 'Copy referral details' }).click();
    const copied = await vi.waitFor(async () => {
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      if (!clip.includes(stark.npi)) throw new Error('Nothing copied yet.');
      return clip;
    });
    const lines = copied.split('\n');
    expect(lines[0]).toBe(name);
    expect(lines).toContain(`NPI: ${stark.npi}`);
    expect(lines.find((item) => item.startsWith('Specialty: '))).toContain('Cardiovascular Disease');
    expect(lines).toContain(stark.street);
    expect(lines).toContain('NEW HAVEN, CT 06511-4405');
    expect(lines).toContain(`Phone: ${stark.phone} ext. 2712`);
    expect(lines).toContain(`Fax: ${stark.fax} ext. 3253`);
    expect(lines).toContain(`Network: ${stark.network}`);
    await shot(page, 'plan-network-card');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('narrows the In network list with the filters, also with nothing typed', async () => {
    await searchNetwork(page, 'cardiovascular');
    const before = await networkGroup(page).getByRole('option').count();
    const filters = page.getByRole('group', { name: 'Network filters' });
    const network = filters.getByLabel('Network', { exact: true });
    expect(await network.locator('option').first().textContent()).toBe('All networks');
    expect(await filters.getByLabel('Language').locator('option').first().textContent()).toBe('Any language');
    expect(await filters.getByLabel('Specialty').locator('option').first().textContent()).toBe(
      'Any specialty',
    );
    await network.selectOption({ label: stark.network });
    await expect
      .poll(async () => {
        const lines = await networkGroup(page).getByRole('option').allInnerTexts();
        return (
          lines.length > 0 && lines.length < before && lines.every((line) => line.includes(stark.network))
        );
      })
      .toBe(true);

    await page
      .getByRole('group', { name: 'Show results from' })
      .getByRole('button', { name: 'In network' })
      .click();
    await searchBox(page).fill('');
    await expect
      .poll(async () => {
        const lines = await networkGroup(page).getByRole('option').allInnerTexts();
        return lines.length > 0 && lines.every((line) => line.includes(stark.network));
      })
      .toBe(true);
    const networkOnly = await networkGroup(page).getByRole('option').count();
    await filters.getByLabel('Accepting new patients').check();
    await network.selectOption({ label: 'All networks' });
    await expect
      .poll(async () => {
        const lines = await networkGroup(page).getByRole('option').allInnerTexts();
        return lines.length > 0 && lines.every((line) => line.includes('Accepting new patients'));
      })
      .toBe(true);
    expect(networkOnly).toBeGreaterThan(0);
    await shot(page, 'plan-network-filters');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('finds in-network providers with nothing typed, from the topics, once a filter is chosen', async () => {
    await page.getByRole('button', { name: 'Find in-network providers' }).click();
    await page
      .getByText('Type a name, specialty or place, or choose a filter, to list in-network providers.')
      .waitFor();
    await page.getByRole('group', { name: 'Network filters' }).getByLabel('Accepting new patients').check();
    await expect
      .poll(async () => {
        const lines = await networkGroup(page).getByRole('option').allInnerTexts();
        return lines.length > 0 && lines.every((line) => line.includes('Accepting new patients'));
      })
      .toBe(true);
    expect(await searchBox(page).inputValue()).toBe('');
  });

  it('says on an NPI registry card which networks list the NPI, and opens the network card from there', async () => {
    await searchBox(page).fill(vassar.npi);
    const registryGroup = results(page).getByRole('group', { name: 'NPI registry' });
    await registryGroup.getByRole('option', { name: new RegExp(vassar.registryName) }).click();
    const registryCard = page.getByRole('article', { name: vassar.registryName });
    await registryCard.waitFor();
    const membership = registryCard.locator('.network-membership');
    await membership.waitFor();
    const said = await membership.locator('p').innerText();
    expect(said).toMatch(/^In network: /);
    for (const network of vassar.networks) expect(said).toContain(network);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await membership.getByRole('button').first().click();
    const networkCard = page.locator('article.network-card');
    await networkCard.waitFor();
    const registry = networkCard.getByRole('region', { name: 'NPI registry' });
    await expect.poll(() => registry.innerText()).toContain(vassar.registryName);
    await shot(page, 'plan-network-membership');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });
});
