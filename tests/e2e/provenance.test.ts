import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectoryPack } from '../../src/main/directory/load-directory-pack';
import type { DirectoryPack } from '../../src/shared/directory-pack';
import { localDate } from '../../src/shared/validation/calendar-date';
import { useBrowserPage } from '../support/browser-page';
import { buildTestDirectory, shippedPackPath } from '../support/shipped-directory';
import { seriousAccessibilityFindings } from './axe-check';

/** A day relative to today, so the test reads the same whatever day it runs. */
function daysAgo(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() - days);
  return localDate(day);
}
const today = daysAgo(0);
const longAgo = daysAgo(200);

/**
 * The shipped pack as if every value had been seen today, except the care-management fax, last
 * seen 200 days ago, as a directory not updated for months would have it.
 */
function packWithOldFax(): DirectoryPack {
  const pack = loadDirectoryPack(shippedPackPath);
  return {
    ...pack,
    entries: pack.entries.map((entry) => {
      const on = entry.key === 'care-management.fax' ? longAgo : today;
      return { ...entry, values: entry.values.map((value) => ({ ...value, seen: { ...value.seen, on } })) };
    }),
  };
}

const oldFax = buildTestDirectory(packWithOldFax());
afterAll(() => oldFax.dispose());
const session = useBrowserPage({}, undefined, { directory: oldFax.path });

describe('where and when each value was seen', () => {
  it('says which page showed a value and when, and marks one not seen for 90 days', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Provider Customer Service' }).click();
    const line = page.getByRole('listitem').filter({ hasText: '503-416-4100' }).first();
    await expect
      .poll(() => line.textContent())
      .toContain(`Seen on the plan's page on ${today} (CareOregon provider support page).`);
    expect(await line.textContent()).not.toContain('May be out of date');

    await page.getByRole('button', { name: 'Care Management Department fax' }).click();
    const fax = page.getByRole('listitem').filter({ hasText: '503-416-3637' }).first();
    await expect
      .poll(() => fax.textContent())
      .toContain(
        `May be out of date. Seen on the plan's page on ${longAgo} (CareOregon provider support page). Confirm it with Provider Customer Service at 503-416-4100 before you rely on it.`,
      );
    expect(await page.getByRole('article').getByRole('region', { name: 'Sources' }).textContent()).toContain(
      'undated page, captured 2026-11-30',
    );
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });

  it('lists only the entries that need checking when asked', async () => {
    const { page } = session;
    const filter = page.getByRole('button', { name: 'Needs checking' });
    await filter.click();
    expect(await filter.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => page.locator('.browse-entry').allTextContents())
      .toEqual(['Care Management Department fax']);
    expect(await page.locator('#needs-checking-count').textContent()).toBe(
      '1 entry has a value not seen on the plan’s pages for more than 90 days.',
    );
    await filter.click();
    await expect.poll(() => page.locator('.browse-entry').count()).toBe(23);
  });
});
