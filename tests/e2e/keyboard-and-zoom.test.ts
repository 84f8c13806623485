import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { profileForEditing } from '../../src/shared/clinic-profile';
import { useBrowserPage } from '../support/browser-page';
import { fakeClinic } from '../support/fake-clinic';
import type { WebMode } from '../support/web-mode';

const saveProfile = (web: WebMode) =>
  web.call('profile.save', profileForEditing(fakeClinic)).then(() => undefined);

const views = ['Directory', 'Forms', 'Outbox', 'Clinic profile', 'Settings'] as const;
type View = (typeof views)[number];

/** The heading each view shows once it is in front. */
const headings: Record<View, string> = {
  Directory: 'Browse by topic',
  Forms: 'The plan’s forms',
  Outbox: 'Outbox',
  'Clinic profile': 'Clinic profile',
  Settings: 'Mail settings',
};
const viewShown = (page: Page, view: View) =>
  page.getByRole('heading', { name: headings[view], exact: true, level: 2 }).waitFor();

interface FocusStop {
  name: string;
  outline: string;
  shadow: string;
}

/** Presses Tab until focus comes back round, noting what each stop is called and how it looks. */
async function tabThrough(page: Page, limit = 150): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      element.dataset.tabStop ??= String(Math.random());
      const style = getComputedStyle(element);
      const labelled = element.getAttribute('aria-labelledby');
      const name =
        element.getAttribute('aria-label') ??
        (labelled ? document.getElementById(labelled)?.textContent : null) ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent ??
        '';
      return {
        key: element.dataset.tabStop,
        name: name.trim(),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        shadow: style.boxShadow,
      };
    });
    if (!stop) continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push({ name: stop.name, outline: stop.outline, shadow: stop.shadow });
  }
  return stops;
}

const hasVisibleFocus = (stop: FocusStop) => !stop.outline.startsWith('none') || stop.shadow !== 'none';

describe('keyboard alone', () => {
  const session = useBrowserPage({}, saveProfile);

  it.each(views)('reaches every control of %s, each named and with a visible focus ring', async (view) => {
    const { page } = session;
    await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
    // Reach the view's button by keyboard too: from the top of the page, Tab until it has focus, then Enter.
    // A click on the title moves where Tab starts from, as a click anywhere would for a user.
    await page.getByRole('heading', { name: 'Provider Desk', level: 1 }).click();
    for (let press = 0; press < 20; press += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent ?? '')).startsWith(view)) break;
    }
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('button', { name: view, exact: true }).getAttribute('aria-current'))
      .toBe('page');
    await viewShown(page, view);

    const stops = await tabThrough(page);
    expect(stops.length).toBeGreaterThan(3);
    expect(stops.filter((stop) => stop.name === '')).toEqual([]);
    expect(stops.filter((stop) => !hasVisibleFocus(stop))).toEqual([]);
    // No positive tabindex: the order of the stops is the order of the page.
    expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count()).toBe(0);
  });

  it('notices a focus ring taken away, so the check can fail', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
    // A constructed style sheet, because the page's Content-Security-Policy refuses inline styles.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(':focus-visible { outline: none !important; }');
      document.adoptedStyleSheets = [sheet];
    });
    const stops = await tabThrough(page);
    expect(stops.filter((stop) => !hasVisibleFocus(stop)).length).toBe(stops.length);
  });
});

describe('at 200% zoom (1280×720 seen as 640×360) and at 1280×720', () => {
  const zoomed = useBrowserPage({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 }, saveProfile);

  const scrollsSideways = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

  it.each(views)('%s never needs scrolling sideways', async (view) => {
    const { page } = zoomed;
    await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
    await page.getByRole('button', { name: view, exact: true }).click();
    await viewShown(page, view);
    expect(await scrollsSideways(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('notices content wider than the window, so the check can fail', async () => {
    const { page } = zoomed;
    await page.getByRole('heading', { name: 'Browse by topic' }).waitFor();
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '700px';
      wide.style.height = '1px';
      document.querySelector('main')?.append(wide);
    });
    expect(await scrollsSideways(page)).toBe(true);
  });
});
