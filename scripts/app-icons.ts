// Draws the PNG app icons from app/icon.svg in a browser: `npx tsx scripts/app-icons.ts`.
// Run it again after changing the mark; the PNGs are committed.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const MARK = readFileSync('app/icon.svg', 'utf8');
const BRAND = '#2a5a5f';

const icons = [
  { file: 'app/apple-icon.png', size: 180, fullBleed: true },
  { file: 'public/icon-192.png', size: 192, fullBleed: false },
  { file: 'public/icon-512.png', size: 512, fullBleed: false },
  // Launchers crop maskable icons to a circle or squircle: the mark stays inside the middle 80%.
  { file: 'public/icon-maskable-512.png', size: 512, fullBleed: true, maskable: true },
];

const debianChromium = '/usr/bin/chromium';
const browser = await chromium.launch(
  existsSync(debianChromium) ? { executablePath: debianChromium, args: ['--no-sandbox'] } : {},
);
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inset = icon.maskable ? icon.size * 0.1 : 0;
    await page.setContent(
      `<body style="margin:0;background:${icon.fullBleed ? BRAND : 'transparent'}">
         <div style="padding:${inset}px;width:${icon.size - 2 * inset}px;height:${icon.size - 2 * inset}px">${MARK.replace('<svg ', '<svg width="100%" height="100%" ')}</div>
       </body>`,
    );
    await page.screenshot({ path: icon.file, omitBackground: !icon.fullBleed });
    await page.close();
    console.log(`${icon.file} (${icon.size} px)`);
  }
} finally {
  await browser.close();
}
