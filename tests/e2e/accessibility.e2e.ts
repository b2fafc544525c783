import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';
import { readExportedCsv } from '../../src/data/export/csvMetadata';

const FIXTURE = fileURLToPath(new URL('../fixtures/excel-csv-gbk-relocation.csv', import.meta.url));
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1440, height: 900 };
const LANGS = ['zh', 'en'] as const;

const app = servedApp();
const contexts: BrowserContext[] = [];

async function openPage(query: string, viewport = DESKTOP, touch = false, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await app.browser.newContext({ viewport, hasTouch: touch, isMobile: touch, acceptDownloads: true, colorScheme });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(daiCountyAddress(app.site.url, query));
  await page.getByTestId(query.includes('embed=') ? 'embed-view' : 'kpi-relocated-people').waitFor();
  // Every chart drawn (the map loads its boundaries on its own).
  await expect.poll(() => page.locator('.echart[data-pending]').count()).toBe(0);
  await expect.poll(() => page.locator('[data-testid="chart-county-map"] .echart').count()).toBe(query.includes('embed=') ? 0 : 1);
  return page;
}

/**
 * Every violation axe-core finds on the page as it stands, one line each, for a readable failure. The issue asks for
 * no serious or critical one; the page holds to none of any impact.
 */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: artifact(name), fullPage });
}

/** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Presses Tab until the focused element matches `selector`, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, selector: string, limit = 300): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element's outline: the focus ring a keyboard user follows. */
function focusRing(page: Page): Promise<{ style: string; width: number }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
}

async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await focusRing(page);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

beforeAll(async () => {});

afterAll(async () => {
  for (const context of contexts) await context.close();
});

describe('axe-core finds no violation', () => {
  for (const lang of LANGS) {
    for (const dataset of ['dai-county', 'demo']) {
      it(`on the ${dataset} dashboard in ${lang}, with every chart's table open`, async () => {
        const page = await openPage(`?lang=${lang}&dataset=${dataset}`);
        expect(await violations(page)).toEqual([]);
        for (const toggle of await page.getByTestId('toggle-table').all()) await toggle.click();
        await expect.poll(() => page.getByTestId('chart-table').count()).toBe(8);
        expect(await violations(page)).toEqual([]);
      });
    }

    it(`on the national view in ${lang}, its tile map and progress chart drawn and every chart's table open`, async () => {
      const context = await app.browser.newContext({ viewport: DESKTOP });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${app.site.url}?lang=${lang}`);
      await page.getByTestId('chart-province-tiles').locator('svg').first().waitFor();
      await page.getByTestId('chart-progress').locator('svg').first().waitFor();
      await expect.poll(() => page.locator('.echart[data-pending]').count()).toBe(0);
      expect(await violations(page)).toEqual([]);
      for (const toggle of await page.getByTestId('toggle-table').all()) await toggle.click();
      expect(await violations(page)).toEqual([]);
    });

    it(`on a county's detail in ${lang}`, async () => {
      const page = await openPage(`?lang=${lang}&county=140923`);
      await page.getByTestId('county-detail').waitFor();
      expect(await violations(page)).toEqual([]);
    });

    it(`on an import report in ${lang}`, async () => {
      const page = await openPage(`?lang=${lang}`);
      await page.getByTestId('upload-input').setInputFiles(FIXTURE);
      await page.getByTestId('import-report').waitFor();
      expect(await violations(page)).toEqual([]);
    });

    it(`on an embedded chart in ${lang}`, async () => {
      const page = await openPage(`?lang=${lang}&dataset=demo&embed=people-by-county`);
      await expect.poll(() => page.locator('.echart svg').count()).toBe(1);
      expect(await violations(page)).toEqual([]);
    });

    it(`in the dark colour scheme in ${lang}, with the charts drawn in light ink and every chart's table open`, async () => {
      const page = await openPage(`?lang=${lang}&dataset=demo`, DESKTOP, false, 'dark');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(244, 246, 248)');
      // The chart's text is the dark scheme's light ink, not the light scheme's #1f2933.
      const chartText = page.locator('[data-testid="chart-people-by-county"] .echart svg text').first();
      expect(await chartText.getAttribute('fill')).not.toMatch(/#1f2933|rgb\(31,\s*41,\s*51\)/i);
      for (const toggle of await page.getByTestId('toggle-table').all()) await toggle.click();
      expect(await violations(page)).toEqual([]);
      await screenshot(page, `dark-${lang}.png`);
    });

    it(`on a phone in ${lang}, with the filter drawer open`, async () => {
      const page = await openPage(`?lang=${lang}&dataset=demo`, PHONE, true);
      await page.getByTestId('filter-drawer-toggle').click();
      await page.getByTestId('filter-counties').locator('summary').click();
      expect(await violations(page)).toEqual([]);
    });
  }
});

describe('on a phone (375 × 812) and on a desktop (1440 × 900)', () => {
  for (const lang of LANGS) {
    it(`never scrolls sideways at 375 px in ${lang}, tables and filter drawer included`, async () => {
      const page = await openPage(`?lang=${lang}&dataset=demo`, PHONE, true);
      expect(await sidewaysScroll(page)).toBe(0);
      await screenshot(page, `phone-demo-${lang}.png`, false);
      await screenshot(page, `phone-demo-${lang}-full.png`);
      await page.getByTestId('filter-drawer-toggle').click();
      await page.getByTestId('filter-counties').locator('summary').click();
      await screenshot(page, `phone-filter-drawer-${lang}.png`, false);
      expect(await sidewaysScroll(page)).toBe(0);
      await page.keyboard.press('Escape');
      for (const toggle of await page.getByTestId('toggle-table').all()) await toggle.click();
      expect(await sidewaysScroll(page)).toBe(0);
      await page.goto(daiCountyAddress(app.site.url, `?lang=${lang}&county=140923`));
      await page.getByTestId('county-detail').waitFor();
      await screenshot(page, `phone-county-detail-${lang}.png`, false);
      expect(await sidewaysScroll(page)).toBe(0);
    });

    it(`lays the desktop out in ${lang}`, async () => {
      const page = await openPage(`?lang=${lang}&dataset=demo`);
      expect(await sidewaysScroll(page)).toBe(0);
      await screenshot(page, `desktop-demo-${lang}.png`);
    });
  }

  it('folds the filters into a drawer on a phone that says what they are set to, and shows them outright on a desktop', async () => {
    const phone = await openPage('?dataset=demo', PHONE, true);
    const toggle = phone.getByTestId('filter-drawer-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await phone.getByTestId('filter-reset').isVisible()).toBe(false);
    expect(await toggle.innerText()).toContain('全部县');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await phone.getByTestId('filter-counties').locator('summary').click();
    await phone.locator('.county-option input').first().check();
    // One county chosen: the drawer's button names it.
    const firstCounty = (await phone.locator('.county-option').first().innerText()).trim();
    await expect.poll(() => toggle.innerText()).toContain(firstCounty);
    expect(await toggle.innerText()).not.toContain('全部县');
    // Escape closes what is open nearest the focus: the county list, then the drawer, giving the focus back to its
    // button; Done does the same.
    await phone.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await phone.getByTestId('filter-counties').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await phone.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await toggle.click();
    await phone.getByRole('button', { name: '完成' }).click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // A tap outside closes it too, and so does the focus moving on past it (it would cover what then has the focus).
    await toggle.click();
    await phone.getByTestId('kpi-relocated-people').tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await phone.getByRole('button', { name: '完成' }).focus();
    await phone.keyboard.press('Tab');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await phone.getByTestId('filter-reset').isVisible()).toBe(false);
    // The drawer stays at the top of the screen while the page scrolls under it.
    await phone.evaluate(() => window.scrollTo(0, 2000));
    await expect.poll(() => toggle.evaluate((element) => Math.round(element.closest('.filter-bar')?.getBoundingClientRect().top ?? -1))).toBe(0);
    // Opening and closing it returns the reader to the place they were reading, by Done, by Escape and by its button.
    // Tapped where it is on the screen: Playwright's click would first scroll the sticky bar to its place in the page.
    const readingPlace = await phone.evaluate(() => window.scrollY);
    expect(readingPlace).toBeGreaterThan(1000);
    const tapToggle = () => phone.touchscreen.tap(PHONE.width / 2, 20);
    for (const shut of [() => phone.getByRole('button', { name: '完成' }).click(), () => phone.keyboard.press('Escape'), tapToggle]) {
      await tapToggle();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await shut();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await expect.poll(() => phone.evaluate(() => window.scrollY)).toBe(readingPlace);
    }

    // The only county of the data is named, not called all counties.
    const dai = await openPage('', PHONE, true);
    expect(await dai.getByTestId('filter-drawer-toggle').innerText()).toContain('代县');
    expect(await dai.getByTestId('filter-drawer-toggle').innerText()).not.toContain('全部县');

    const desktop = await openPage('?dataset=demo');
    expect(await desktop.getByTestId('filter-drawer-toggle').isVisible()).toBe(false);
    expect(await desktop.getByTestId('filter-reset').isVisible()).toBe(true);
  });

  it('shows a chart’s tooltip on a tap', async () => {
    const page = await openPage('?dataset=demo', PHONE, true);
    const chart = page.locator('[data-testid="chart-people-by-county"] .echart');
    await chart.scrollIntoViewIfNeeded();
    // ECharts keeps its HTML tooltip in a second box beside the drawing, empty until a bar is pointed at.
    const tooltip = chart.locator(':scope > div:nth-child(2)');
    expect(await tooltip.isVisible()).toBe(false);
    const box = await chart.locator('path[fill="#0072b2"]').first().boundingBox();
    if (!box) throw new Error('no bar drawn');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toMatch(/^\S+\n[\d,]+ 人$/);
  });
});

describe('the name a screen reader gives each chart', () => {
  it.each(['zh', 'en'] as const)('is its title, then its description, once drawn (%s)', async (lang) => {
    const page = await openPage(`?lang=${lang}&dataset=demo`);
    const cards = await page.locator('[data-testid^="chart-"]:has(.echart)').all();
    expect(cards.length).toBeGreaterThanOrEqual(8);
    for (const card of cards) {
      const title = (await card.locator('h3').first().innerText()).trim();
      const label = await card.locator('.echart').getAttribute('aria-label');
      expect(label?.startsWith(`${title}. `), `${title}: ${label}`).toBe(true);
      // And as the browser computes it for assistive technology.
      await expect.poll(() => card.getByRole('img', { name: title, exact: false }).count()).toBe(1);
    }
  });
});

describe('a table behind every chart', () => {
  it('shows, on request, the same figures the chart draws, with unknowns as unknown', async () => {
    const page = await openPage('');
    const card = page.getByTestId('chart-people-by-county');
    const toggle = card.getByTestId('toggle-table');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await card.getByTestId('chart-table').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const table = card.getByTestId('chart-table');
    expect(await toggle.getAttribute('aria-controls')).toBe(await table.getAttribute('id'));
    expect(await table.locator('tbody tr').allInnerTexts()).toEqual(['代县\t3,676']);
    const map = page.getByTestId('chart-county-map');
    await map.getByTestId('toggle-table').click();
    expect(await map.getByTestId('chart-table').locator('tbody tr').allInnerTexts()).toEqual(['代县\t140923\t3,676']);
    await page.getByTestId('map-measure').selectOption('jobs');
    expect(await map.getByTestId('chart-table').locator('tbody tr').allInnerTexts()).toEqual(['代县\t140923\t未说明']);
  });
});

describe('a keyboard-only walk', () => {
  it('filters to one county, exports its chart’s CSV, opens its detail and closes it with Escape, with a visible focus ring', async () => {
    const page = await openPage('?dataset=demo&lang=en');
    await page.locator('body').focus();

    await tabTo(page, '[data-testid="filter-counties"] summary');
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await tabTo(page, '.county-option input');
    await expectVisibleFocus(page);
    const county = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    const name = await page.evaluate(() => document.activeElement?.parentElement?.textContent ?? '');
    await page.keyboard.press('Space');
    const rows = page.locator('[data-testid="county-summary"] tbody tr[data-county-code]');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-county-code')).toBe(county);
    // Escape folds the county list away, back to its summary.
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('filter-counties').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-testid="filter-counties"] summary') ?? false)).toBe(true);

    await tabTo(page, '[data-testid="chart-people-by-county"] [data-testid="export-csv"]');
    await expectVisibleFocus(page);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    // Below the metadata rows, the one county's figure.
    const exported = readExportedCsv(await readFile(path, 'utf8'));
    expect(exported.rows).toHaveLength(1);
    expect(exported.rows[0]).toContain(name);

    const link = `[data-testid="county-summary"] tr[data-county-code="${county}"] .county-link`;
    await tabTo(page, link);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('county-detail');
    await expect.poll(() => detail.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="county-detail"]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.count()).toBe(0);
    expect(await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, link)).toBe(true);

    // Resetting the filters leaves the focus where it was, on the button, now with nothing to reset.
    await page.locator('body').focus();
    await tabTo(page, '[data-testid="filter-reset"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('filter-reset');
    expect(await page.getByTestId('filter-reset').getAttribute('aria-disabled')).toBe('true');
  });

  it('moves the focus to the import report when it replaces the reading step, so a keyboard stays in the dialog', async () => {
    const page = await openPage('?lang=en');
    await page.getByTestId('upload-input').setInputFiles(FIXTURE);
    await page.getByTestId('import-report').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-report-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  });

  it('reaches and works every kind of control: language, dataset, sort, grouping, a chart’s table, the upload', async () => {
    const page = await openPage('');
    await page.locator('body').focus();
    await tabTo(page, '[data-testid="dataset-switcher"]');
    await expectVisibleFocus(page);
    await page.keyboard.press('ArrowDown');
    await page.getByTestId('synthetic-banner').waitFor();

    await tabTo(page, '[data-testid="lang-toggle"]');
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Poverty-relocation dashboard');

    await tabTo(page, '[data-testid="county-summary"] thead th:first-child button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="county-summary"] thead th:first-child').getAttribute('aria-sort')).not.toBeNull();

    await tabTo(page, '[data-testid="group-by"]');
    await expectVisibleFocus(page);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[data-testid="county-summary"] tbody tr[data-level="prefecture"]').count()).toBeGreaterThan(0);

    await page.locator('body').focus();
    await tabTo(page, '[data-testid="chart-relocation-composition"] [data-testid="toggle-table"]');
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page.getByTestId('chart-relocation-composition').getByTestId('chart-table').waitFor();

    await page.locator('body').focus();
    await tabTo(page, '[data-testid="upload-input"]');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement?.closest('.upload-button') ?? document.body).outlineStyle);
    expect(ring).not.toBe('none');
  });
});
