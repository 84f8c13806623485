import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './chromium';
import { startWebMode, type WebMode, type WebModeOptions } from './web-mode';

/**
 * The usual end-to-end set-up: one Chromium for the file, and for each test a fresh browser
 * mode with its own data folder and a new page on it. `prepare` runs before the page opens;
 * `web` says how browser mode starts (another directory, say), or makes that answer per test.
 */
export function useBrowserPage(
  options: BrowserContextOptions = {},
  prepare?: (web: WebMode) => Promise<void>,
  web: WebModeOptions | (() => WebModeOptions) = {},
) {
  const state = {} as { browser: Browser; web: WebMode; page: Page };
  beforeAll(async () => {
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  beforeEach(async () => {
    state.web = await startWebMode(typeof web === 'function' ? web() : web);
    await prepare?.(state.web);
    state.page = await state.browser.newPage({ viewport: { width: 1280, height: 720 }, ...options });
    await state.page.goto(state.web.url);
  });
  afterEach(async () => {
    await state.page.close();
    expect(await state.web.stop()).toBe(0);
  });
  return state;
}
