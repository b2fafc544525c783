/**
 * Screenshots of the views the three users meet — an official on a phone, a journalist at a desk, an analyst's
 * comparison — at 375 and 1440 px, in Chinese and English, light and dark, for a person to look at before and
 * after a change. Usage: tsx scripts/walkthrough.ts [built folder = dist] [output folder = artifacts/walkthrough]
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';

const [dist = 'dist', out = 'artifacts/walkthrough'] = process.argv.slice(2);

const VIEWS = [
  { name: 'dai', query: '' },
  { name: 'dai-2020', query: '?period=2020-2020' },
  { name: 'demo', query: '?dataset=demo' },
  { name: 'demo-compare', query: '?dataset=demo&counties=140921,140922' },
];
const WIDTHS = [375, 1440];
const LANGS = ['zh', 'en'] as const;
const SCHEMES = ['light', 'dark'] as const;

const site = await serveStatic(resolve(dist));
const browser = await launchChromium();
mkdirSync(out, { recursive: true });
try {
  for (const view of VIEWS)
    for (const width of WIDTHS)
      for (const lang of LANGS)
        for (const colorScheme of SCHEMES) {
          const page = await browser.newPage({ viewport: { width, height: width < 600 ? 800 : 900 }, colorScheme });
          const query = view.query === '' ? `?lang=${lang}` : `${view.query}&lang=${lang}`;
          await page.goto(site.url + query);
          await page.getByTestId('kpi-relocated-people').waitFor();
          await page.waitForTimeout(1500);
          // In pieces a screen or two tall, which a person can read, rather than one strip of the whole page.
          const height = await page.evaluate('document.documentElement.scrollHeight');
          const piece = width < 600 ? 1400 : 1800;
          for (let y = 0, part = 1; y < Number(height); y += piece, part += 1) {
            const file = `${out}/${view.name}-${width}-${lang}-${colorScheme}-${part}.png`;
            await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(piece, Number(height) - y) } });
            console.log(file);
          }
          await page.close();
        }
} finally {
  await browser.close();
  await site.close();
}
