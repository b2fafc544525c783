import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, servedApp } from './servedApp';
import { parseNumber } from '../../src/data/parseNumber';
import { formatLarge } from '../../src/i18n/format';
import { translator, type Lang } from '../../src/i18n/translate';
import { readProgress } from '../../src/data/progress/readProgress';
import { progressMeasure } from '../../src/data/progress/progressMeasures';

const app = servedApp();
const pageErrors: string[] = [];
const pages: Page[] = [];

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };

/** Shanxi's stated relocated people, as data/china states it. */
function shanxiPeople(): number {
  const text = readFileSync(new URL('../../data/china/relocation.csv', import.meta.url), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const cells = rows.filter((row) => row['county_code'] === '140000' && row['people'] !== '').map((row) => parseNumber(row['people']!));
  expect(cells).toHaveLength(1);
  const [cell] = cells;
  if (!cell?.ok || cell.value === null) throw new Error('Shanxi states no people');
  return cell.value;
}

async function open(query: string, viewport = DESKTOP, touch = false): Promise<Page> {
  const context = await app.browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  pages.push(page);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${app.site.url}${query}`);
  await page.getByTestId('kpi-relocated-people').waitFor();
  return page;
}

const areaInAddress = (page: Page) => new URL(page.url()).searchParams.get('area');
const crumbs = (page: Page) => page.getByTestId('breadcrumb').locator('li').allInnerTexts();
const cards = (page: Page) => page.locator('[data-testid$="-card"]').allInnerTexts();

async function drill(page: Page, code: string, touch: boolean): Promise<void> {
  const link = page.locator(`[data-area-code="${code}"] [data-action="drill"]`);
  await (touch ? link.tap() : link.click());
  await page.waitForFunction((area) => new URL(location.href).searchParams.get('area') === area, code);
}

afterAll(async () => {
  for (const page of pages) await page.context().close();
});

const WALKS: { lang: Lang; viewport: typeof DESKTOP; touch: boolean; name: string }[] = [
  { lang: 'zh', viewport: DESKTOP, touch: false, name: 'desktop-zh' },
  { lang: 'en', viewport: DESKTOP, touch: false, name: 'desktop-en' },
  { lang: 'zh', viewport: PHONE, touch: true, name: 'phone-zh' },
];

describe.each(WALKS)('the walk nation → 山西 → 忻州市 → 代县 → back ($name)', ({ lang, viewport, touch, name }) => {
  const t = translator(lang);

  it('opens on the nation, drills down by the table, shows Dai County’s own figures unchanged, and goes back by Back and the breadcrumb', async () => {
    // No dataset in the address: the page opens on the nation by default.
    const page = await open(lang === 'en' ? '?lang=en' : '', viewport, touch);
    expect(await page.getByTestId('dataset-switcher').inputValue()).toBe('china');
    expect(await crumbs(page)).toEqual([t('area.nation')]);
    expect(await page.title()).toBe(t('app.titleOf', { area: t('area.nation') }));
    expect(await page.locator('[data-area-code="140000"]').count()).toBeGreaterThan(0);
    // The provinces on their tile map, the one map a view of provinces has.
    await page.getByTestId('chart-province-tiles').locator('svg').first().waitFor();
    expect(await page.getByTestId('chart-county-map').count()).toBe(0);
    await page.screenshot({ path: artifact(`drill-${name}-1-nation.png`) });

    await drill(page, '140000', touch);
    expect(await crumbs(page)).toEqual([t('area.nation'), '山西省']);
    expect(await page.getByTestId('chart-province-tiles').count()).toBe(0);
    // Shanxi has county outlines: its map follows the drill, its known counties coloured while the table lists prefectures.
    await page.getByTestId('chart-county-map').locator('svg path').first().waitFor();
    // Shanxi's card is its stated figure, not it and its counties added up.
    expect(await page.getByTestId('kpi-relocated-people').innerText()).toBe(formatLarge(shanxiPeople(), lang));
    await page.screenshot({ path: artifact(`drill-${name}-2-shanxi.png`) });

    await drill(page, '140900', touch);
    expect(await crumbs(page)).toEqual([t('area.nation'), '山西省', '忻州市']);
    const dai = page.locator('[data-county-code="140923"] .county-link');
    await (touch ? dai.tap() : dai.click());
    const openDai = page.getByTestId('county-detail').locator('[data-action="drill"]');
    await (touch ? openDai.tap() : openDai.click());
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === '140923');
    expect(await crumbs(page)).toEqual([t('area.nation'), '山西省', '忻州市', '代县']);
    await page.screenshot({ path: artifact(`drill-${name}-3-dai.png`), fullPage: true });

    const alone = await open(`?dataset=dai-county${lang === 'en' ? '&lang=en' : ''}`, viewport, touch);
    expect(await cards(page)).toEqual(await cards(alone));

    // Back is one level up: each drill was a page of its own in the browser's history.
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === '140900');
    expect(await crumbs(page)).toEqual([t('area.nation'), '山西省', '忻州市']);
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === '140923');
    expect(await crumbs(page)).toEqual([t('area.nation'), '山西省', '忻州市', '代县']);

    const up = page.getByTestId('breadcrumb').locator('[data-area-code="140000"] button');
    await (touch ? up.tap() : up.click());
    expect(areaInAddress(page)).toBe('140000');
    const home = page.getByTestId('breadcrumb').locator('[data-area-code="100000"] button');
    await (touch ? home.tap() : home.click());
    expect(areaInAddress(page)).toBeNull();
    expect(await page.getByTestId('dataset-switcher').inputValue()).toBe('china');
    expect(await crumbs(page)).toEqual([t('area.nation')]);
  });
});

describe('progress over time', () => {
  it('draws the nation’s stated points, each with its source in the tooltip and a row in the table, and lets income be chosen', async () => {
    const page = await open('');
    const chart = page.getByTestId('chart-progress');
    await chart.locator('svg').first().waitFor();
    const { points } = readProgress(readFileSync(new URL('../../data/china/progress.csv', import.meta.url), 'utf8'));
    const nation = points.filter((point) => point.code === '100000');
    const people = nation.filter((point) => progressMeasure(point.measure)?.unit === 'people');
    await chart.getByTestId('toggle-table').click();
    expect(await chart.locator('table tbody tr').count()).toBe(people.length);
    // Every marker is a stated point: the chart's markers and the file's points agree in number.
    const markers = await page.evaluate(() => {
      const element = document.querySelector('[data-testid="chart-progress"] .echart');
      return element ? element.querySelectorAll('path[d]').length : 0;
    });
    expect(markers).toBeGreaterThanOrEqual(people.length);
    // A tooltip appears over a marker only: sweep the plot until one does, and it names the point's source.
    const box = (await chart.locator('.echart').boundingBox())!;
    const sources = new Set(people.map((point) => point.source));
    let tip = '';
    const tooltip = () =>
      page.evaluate(
        () => [...document.querySelectorAll('div')].find((div) => div.style.position === 'absolute' && div.innerText.includes('来源'))?.innerText ?? '',
      );
    sweep: for (let y = box.y + 20; y < box.y + box.height - 20; y += 10) {
      for (let x = box.x + 40; x < box.x + box.width - 10; x += 10) {
        await page.mouse.move(x, y);
        tip = await tooltip();
        if (tip !== '') break sweep;
      }
    }
    expect([...sources].some((source) => tip.includes(source))).toBe(true);
    await page.screenshot({ path: artifact('progress-nation.png') });
    await chart.getByTestId('progress-unit').selectOption('yuan');
    await expect.poll(() => new URL(page.url()).searchParams.get('progress')).toBe('yuan');
    const yuan = nation.filter((point) => progressMeasure(point.measure)?.unit === 'yuan');
    await expect.poll(() => chart.locator('table tbody tr').count()).toBe(yuan.length);
  });

  it('is not drawn for a county the sources give no dates for', async () => {
    const page = await open('?area=140923');
    expect(await page.getByTestId('chart-progress').count()).toBe(0);
  });
});

describe('a link to an area', () => {
  it('opens at that level in a fresh browser, the page titled by the area', async () => {
    const page = await open('?dataset=china&area=140900');
    expect(await crumbs(page)).toEqual([translator('zh')('area.nation'), '山西省', '忻州市']);
    expect(await page.title()).toBe(translator('zh')('app.titleOf', { area: '忻州市' }));
    expect(await page.locator('[data-county-code="140923"]').count()).toBe(1);
  });

  it('caused no page error on the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
