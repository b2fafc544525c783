/**
 * The picture a chat app or social site shows beside a shared link (og:image): the top of the page as it opens,
 * on Dai County's reported figures, at the 1200 × 630 those sites expect. Re-run after the first screen changes:
 * `npx vite build && npx tsx scripts/make-og-image.ts` (writes public/og-image.png).
 */
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';

const [dist = 'dist', out = 'public/og-image.png'] = process.argv.slice(2);

const site = await serveStatic(resolve(dist));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, colorScheme: 'light' });
  await page.goto(`${site.url}?lang=zh`);
  await page.getByTestId('kpi-relocated-people').waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
  await site.close();
}
