import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';

// Seven charts and the county map.
const CHART_COUNT = 8;
// A4 less 12 mm margins each side: 186 mm, at 96 CSS pixels to the inch.
const PRINTED_WIDTH = Math.floor((186 / 25.4) * 96);

const app = servedApp();
const pageErrors: string[] = [];

async function openDashboard(width: number): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').waitFor();
  const charts = page.locator('[data-testid^="chart-"]');
  await expect.poll(() => charts.count()).toBe(CHART_COUNT);
  // A chart of a single county says its figure in words instead (see sayInstead).
  for (const chart of await charts.all()) await expect.poll(() => chart.locator('svg path, [data-testid="area-statement"]').count()).toBeGreaterThan(0);
  return page;
}

/** Pages in a PDF as Chromium writes it: one page object each. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** Every chart drawn within its box, and the county table within its card, with nothing to scroll. */
async function expectFitsPrintedWidth(page: Page): Promise<void> {
  for (const chart of await page.locator('.echart').all()) {
    const { box, svg } = await chart.evaluate((element) => ({
      box: element.getBoundingClientRect().width,
      svg: element.querySelector('svg')?.getBoundingClientRect().width ?? 0,
    }));
    expect(box).toBeLessThanOrEqual(PRINTED_WIDTH);
    expect(svg).toBeGreaterThan(0);
    expect(svg).toBeLessThanOrEqual(box + 1);
  }
  const table = await page.getByTestId('county-summary').evaluate((element) => ({
    right: element.getBoundingClientRect().right,
    cardRight: element.closest('section')?.getBoundingClientRect().right ?? 0,
    scrolls: element.parentElement ? element.parentElement.scrollWidth > element.parentElement.clientWidth : false,
  }));
  expect(table.right).toBeLessThanOrEqual(table.cardRight);
  expect(table.right).toBeLessThanOrEqual(PRINTED_WIDTH);
  expect(table.scrolls).toBe(false);
}

beforeAll(async () => {});

describe('printing the dashboard', () => {
  it('prints Dai County’s page to an A4 PDF of several pages', async () => {
    const page = await openDashboard(1440);
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(artifact('print-dai-zh.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    // Back on screen, the charts are drawn at the screen's width again.
    await expect
      .poll(() =>
        page
          .locator('.echart svg')
          .first()
          .evaluate((svg) => Math.round(svg.getBoundingClientRect().width)),
      )
      .toBe(
        await page
          .locator('.echart')
          .first()
          .evaluate((element) => element.clientWidth),
      );
    await page.close();
  });

  it('shows the figures, charts and sources on paper, not the controls', async () => {
    const page = await openDashboard(1440);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('upload-input').locator('xpath=..').isVisible()).toBe(false);
    expect(await page.getByTestId('lang-toggle').isVisible()).toBe(false);
    expect(await page.getByTestId('filter-reset').isVisible()).toBe(false);
    expect(await page.getByTestId('loaded-tables').isVisible()).toBe(false);
    expect(await page.getByTestId('data-dictionary').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.getByTestId('dataset-switcher').isVisible()).toBe(true);
    for (const id of ['kpi-relocated-people', 'kpi-registered-poor-people', 'kpi-income-gain-per-household']) {
      expect(await page.getByTestId(id).isVisible()).toBe(true);
    }
    const charts = await page.locator('[data-testid^="chart-"]').all();
    expect(charts).toHaveLength(CHART_COUNT);
    for (const chart of charts) {
      expect(await chart.isVisible()).toBe(true);
      expect(await chart.locator('.echart svg, [data-testid="area-statement"]').first().isVisible()).toBe(true);
    }
    expect(await page.getByTestId('county-summary').isVisible()).toBe(true);
    expect(await page.getByTestId('sources').isVisible()).toBe(true);
    expect(await page.getByTestId('sources').innerText()).toContain('新华网');
    await page.close();
  });

  it('fits every chart and the county table to the printed width, for Dai County and for the many counties of the demo in English', async () => {
    const page = await openDashboard(PRINTED_WIDTH);
    await page.emulateMedia({ media: 'print' });
    await expectFitsPrintedWidth(page);
    // English headings are the longest.
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('dataset-switcher').selectOption('demo');
    await expect.poll(() => page.locator('[data-testid="county-summary"] tbody tr[data-county-code]').count()).toBeGreaterThan(5);
    for (const chart of await page.locator('[data-testid^="chart-"]').all()) await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await expectFitsPrintedWidth(page);
    await page.close();
  });

  it('prints the synthetic demo data in English with its banner, every county in the table', async () => {
    const page = await openDashboard(1440);
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('dataset-switcher').selectOption('demo');
    await page.getByTestId('synthetic-banner').waitFor();
    const rows = page.locator('[data-testid="county-summary"] tbody tr[data-county-code]');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    for (const chart of await page.locator('[data-testid^="chart-"]').all()) await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(artifact('print-demo-en.pdf'), pdf);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('synthetic-banner').isVisible()).toBe(true);
    expect(await rows.last().isVisible()).toBe(true);
    await page.close();
  });

  it('logs no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
