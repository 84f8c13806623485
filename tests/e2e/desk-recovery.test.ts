import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityFindings } from './axe-check';
import { launchChromium } from '../support/chromium';
import { deskWithThreeDaysOfBackups, overwrite, threeDays } from '../support/desk-history';
import { openShippedDirectory } from '../support/shipped-directory';
import { startWebMode } from '../support/web-mode';

let browser: Browser;
const dataDir = mkdtempSync(join(tmpdir(), 'provider-desk-e2e-recovery-'));

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a damaged desk.db in browser mode', () => {
  it('is restored from the newest backup, and the page says so until dismissed', async () => {
    const shipped = openShippedDirectory();
    await deskWithThreeDaysOfBackups({ userDataDir: dataDir, directoryPath: shipped.path });
    shipped.dispose();
    overwrite(join(dataDir, 'desk.db'), 0, 100);

    const web = await startWebMode({ dataDir });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(web.url);
      const notice = page
        .getByRole('alert')
        .filter({ hasText: 'Your saved data was restored from a backup' });
      await notice.waitFor();

      const damaged = readdirSync(dataDir).find((name) => /^desk-damaged-.*\.db$/.test(name)) ?? 'none';
      expect(await notice.textContent()).toContain(
        'Provider Desk found its saved data damaged and restored the copy from November 22, 2026. ' +
          'Anything saved after that copy may be missing',
      );
      expect(await notice.textContent()).toContain(`The damaged file was kept at ${join(dataDir, damaged)}.`);
      // It informs without taking the search box's focus away.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      expect(await seriousAccessibilityFindings(page)).toEqual([]);

      await page.getByRole('button', { name: 'Clinic profile', exact: true }).click();
      expect(await page.getByLabel('Clinic name', { exact: true }).inputValue()).toBe(
        threeDays[1].clinicName,
      );

      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await notice.waitFor({ state: 'detached' });
    } finally {
      await page.close();
      expect(await web.stop()).toBe(0);
    }
  });
});
