import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';

// The darkest colour of the map's scale (#08306b, as ECharts writes it): the county with the largest figure.
const DARKEST = 'rgb(8,48,107)';

const app = servedApp();
/**
 * Where Dai County is drawn now (the page may have scrolled): the largest shape in the darkest colour, since a
 * hover leaves the legend's indicator, a small dot of the same colour.
 */
async function daiCentre(): Promise<{ x: number; y: number }> {
  await map().scrollIntoViewIfNeeded();
  // Off the map first: a hovered county takes the highlight colour.
  await map().locator('h3').hover();
  const largestShape = async () => {
    const shapes = await map().locator(`svg path[fill="${DARKEST}"]`).all();
    const boxes = await Promise.all(shapes.map((shape) => shape.boundingBox()));
    return boxes.filter((box) => box !== null).sort((a, b) => b.width * b.height - a.width * a.height)[0];
  };
  // The highlight fades on the next frame or so.
  await expect.poll(async () => ((await largestShape())?.width ?? 0) > 15).toBe(true);
  const largest = (await largestShape())!;
  return { x: largest.x + largest.width / 2, y: largest.y + largest.height / 2 };
}
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

const map = () => page.getByTestId('chart-county-map');

beforeAll(async () => {
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(daiCountyAddress(app.site.url));
  await map().locator(`svg path[fill="${DARKEST}"]`).first().waitFor();
});

describe('the county map', () => {
  it('is drawn on first load with Dai County coloured, its boundaries fetched as a file of their own, with the schematic caption', async () => {
    expect(await map().locator(`svg path[fill="${DARKEST}"]`).count()).toBe(1);
    // 117 counties are drawn; all but Dai in the "no data" grey.
    expect(await map().locator('svg path[fill="#f2f2f2"]').count()).toBe(116);
    expect(requests.some((url) => url.endsWith('.geojson'))).toBe(true);
    expect(await map().innerText()).toContain('示意图，不作为权属界线依据');
    await map().screenshot({ path: artifact('county-map.png') });
  });

  it('puts Dai County’s relocated people per 1,000 residents among the headline figures, from its census population', async () => {
    const expected = ((3676 / 178870) * 1000).toFixed(1);
    expect(await page.getByTestId('kpi-people-per-1000-residents').innerText()).toBe(expected);
  });

  it('names the county and its figure in a tooltip', async () => {
    const dai = await daiCentre();
    await page.mouse.move(dai.x, dai.y);
    await expect
      .poll(() =>
        page
          .locator('div')
          .filter({ hasText: /^代县搬迁人口: 3,676 人$/ })
          .count(),
      )
      .toBeGreaterThan(0);
  });

  it('opens a county’s detail when the county is clicked, as the table does', async () => {
    const dai = await daiCentre();
    await page.mouse.click(dai.x, dai.y);
    const detail = page.getByTestId('county-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('代县');
    await page.keyboard.press('Escape');
  });

  it('colours by the measure the reader picks, and says when a county has no figure for it', async () => {
    await map().getByTestId('map-measure').selectOption('jobs');
    await expect.poll(() => map().locator('h3').innerText()).toContain('就业岗位');
    // The choice is in the page's address, like every other.
    expect(new URL(page.url()).searchParams.get('map')).toBe('jobs');
    // Dai County's jobs are not stated: no county is coloured, none drawn as zero.
    await expect.poll(() => map().locator('svg path[fill="#f2f2f2"]').count()).toBe(117);
    await map().getByTestId('map-measure').selectOption('people');
  });

  it('says which counties it cannot draw when the data holds counties of a province it has no boundaries for', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'relocation-map-')), 'relocation.csv');
    // Test data, not real figures: one county in Inner Mongolia (150102, 新城区), one in Shanxi.
    writeFileSync(file, ['县级代码,县,年份,搬迁户数,搬迁人数', '150102,新城区,2019,10,30', '140923,代县,2019,40,120'].join('\n'));
    await page.getByTestId('upload-input').setInputFiles(file);
    await page.getByTestId('import-apply').click();
    await expect.poll(() => map().innerText()).toContain('新城区');
    expect(await page.getByTestId('kpi-relocated-people').innerText()).toBe('150');
    expect(await map().locator('svg path[fill="#f2f2f2"]').count()).toBe(116);
  });

  it('throws nothing when it is taken off the page before React disposes of it (as when the dataset is switched)', async () => {
    const own = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    own.on('pageerror', (error) => errors.push(error.message));
    await own.goto(daiCountyAddress(app.site.url));
    const drawn = own.getByTestId('chart-county-map').locator(`svg path[fill="${DARKEST}"]`).first();
    await drawn.waitFor();
    // Detached, the chart is told its size is 0 × 0; a map cannot lay itself out in no room (its transform cannot be inverted).
    await own
      .getByTestId('chart-county-map')
      .locator('.echart')
      .evaluate((element) => element.remove());
    await own.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await own.waitForTimeout(200);
    await own.close();
    expect(errors).toEqual([]);
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
