import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/chromium';

/**
 * `npm run icon`: draws resources/icon.svg as the 512×512 PNG electron-builder packages (Linux
 * wants a PNG of at least 512 px; the Windows .ico is made from it). Chromium does the drawing
 * because it is already here for the end-to-end tests.
 */
const size = 512;
const resources = join(__dirname, '../resources');

async function main(): Promise<void> {
  const svg = readFileSync(join(resources, 'icon.svg'), 'utf8').replace(
    '<svg ',
    `<svg width="${size}" height="${size}" `,
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0">${svg}</body>`);
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    writeFileSync(join(resources, 'icon.png'), png);
  } finally {
    await browser.close();
  }
}

void main();
