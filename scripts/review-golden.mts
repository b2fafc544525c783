// Makes PNGs of the stored chart pictures (tests/charts/output) and of any changed ones next to them, in
// artifacts/golden/, so a changed drawing is reviewed as a picture: stored and changed side by side.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/browser';

const OUTPUT = new URL('../tests/charts/output/', import.meta.url);
const TARGET = new URL('../artifacts/golden/', import.meta.url);
const onlyChanged = process.argv.includes('--changed');

mkdirSync(TARGET, { recursive: true });
const changed = readdirSync(OUTPUT).filter((file) => file.endsWith('-changed.svg'));
const names = onlyChanged
  ? changed.flatMap((file) => [file.replace('-changed.svg', '.svg'), file])
  : readdirSync(OUTPUT).filter((file) => file.endsWith('.svg'));

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  for (const name of names) {
    await page.setContent(`<body style="margin:0">${readFileSync(new URL(name, OUTPUT), 'utf8')}</body>`);
    const file = new URL(name.replace(/\.svg$/, '.png'), TARGET);
    await page.locator('svg').first().screenshot({ path: file.pathname });
    console.log(file.pathname);
  }
} finally {
  await browser.close();
}
if (changed.length > 0) console.log(`${changed.length} changed: ${changed.join(', ')}`);
