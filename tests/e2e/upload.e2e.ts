import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { BrowserContext, Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';

// An Excel "CSV" export as Chinese Excel writes it: GBK, CRLF, Chinese headers with units, a 合计 row.
// Test data, not real figures. People: 代县 120 + 300 = 420, 五台县 500; total 920; households 40 + 100 + 160 = 300.
const GBK_ROWS = [
  '县级代码,县,年份,乡镇,搬迁户数（户）,搬迁人数（人）,建档立卡人数',
  '140923,代县,2019,上馆镇,40,120,100',
  '140923,代县,2019,峨口镇,100,300,250',
  '140922,五台县,2019,,160,500,410',
  ',合计,,,300,920,760',
];
const GBK_PEOPLE = 920;
const GBK_REGISTERED_POOR = 760;

const BROKEN_ROWS = [
  'county_code,county,period,township,households,people,registered_poor_people',
  '140923,代县,2019,A镇,abc,300,',
  '140923,代县,2019,B镇,120,80,50',
  '140923,代县,2019,C镇,10,30,40',
  '140923,代县,19年,D镇,10,30,5',
  '999999,某县,2019,,10,30,',
  '140923,代县,2019,E镇,10,30,5',
];
const BROKEN_BAD_LINES = [2, 3, 4, 5, 6];

const app = servedApp();
let context: BrowserContext;
let page: Page;
let folder: string;
const pageErrors: string[] = [];

function digits(text: string): number {
  return Number(text.replace(/[^\d.]/g, ''));
}

function writeFixture(name: string, bytes: Uint8Array | string): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

async function kpiPeople(): Promise<number> {
  return digits(await page.getByTestId('kpi-relocated-people').innerText());
}

async function upload(path: string): Promise<void> {
  await page.getByTestId('upload-input').setInputFiles(path);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'relocation-upload-'));
  context = await app.browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').waitFor();
});

describe('uploading an analyst’s CSV', () => {
  it('reads a GBK Excel export with Chinese headers and a 合计 row, and changes nothing until applied', async () => {
    const path = writeFixture('搬迁安置-GBK.csv', iconv.encode(GBK_ROWS.join('\r\n') + '\r\n', 'gbk'));
    await upload(path);
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await page.getByTestId('import-encoding').innerText()).toBe('GB18030');
    expect(digits(await page.getByTestId('import-rows-read').innerText())).toBe(4);
    expect(digits(await page.getByTestId('import-rows-accepted').innerText())).toBe(3);
    expect(await page.getByTestId('import-subtotals').innerText()).toContain('相符');
    expect(await report.innerText()).toContain('上馆镇');
    expect(await kpiPeople()).toBe(3676);
    await page.screenshot({ path: artifact('upload-report-gbk.png') });

    await page.getByTestId('import-apply').click();
    await expect.poll(() => kpiPeople()).toBe(GBK_PEOPLE);
    expect(digits(await page.getByTestId('kpi-registered-poor-people').innerText())).toBe(GBK_REGISTERED_POOR);
    const dai = page.locator('tr[data-county-code="140923"] [data-field="people"]');
    const wutai = page.locator('tr[data-county-code="140922"] [data-field="people"]');
    expect(digits(await dai.innerText())).toBe(420);
    expect(digits(await wutai.innerText())).toBe(500);
    // The other tables are still the shipped ones.
    expect(digits(await page.getByTestId('kpi-income-gain-per-household').innerText())).toBe(1871);
    expect(await page.locator('[data-testid="loaded-tables"] tr[data-dataset="relocation"]').getAttribute('data-source')).toBe('upload');
  });

  it('keeps the applied upload after a reload', async () => {
    await page.reload();
    await page.getByTestId('kpi-relocated-people').waitFor();
    expect(await kpiPeople()).toBe(GBK_PEOPLE);
    expect(await page.getByTestId('loaded-tables').innerText()).toContain('搬迁安置-GBK.csv');
  });

  it('gives the uploaded registered-poor share alike on the card and in the composition chart’s table', async () => {
    const cardShare = (await page.getByTestId('kpi-registered-poor-people-card').innerText()).match(/([\d.]+)%/)?.[1];
    expect(Number(cardShare)).toBeCloseTo((GBK_REGISTERED_POOR / GBK_PEOPLE) * 100, 1);
    const chart = page.getByTestId('chart-relocation-composition');
    await chart.getByTestId('toggle-table').click();
    const row = chart.locator('tr', { hasText: '建档立卡' });
    expect(await row.innerText()).toContain(cardShare);
    await chart.getByTestId('toggle-table').click();
  });

  it('says the page shows the upload: the dataset’s name, a banner naming the table and file, and a link that carries the view only', async () => {
    const banner = page.getByTestId('uploads-banner');
    expect(await banner.innerText()).toContain('搬迁安置-GBK.csv');
    expect(await banner.innerText()).toContain('替换内置数据');
    const chosen = await page.getByTestId('dataset-switcher').evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    expect(chosen).toContain('上传的数据');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('copy-link-status').innerText()).toContain('不带上传的数据');
    await page.screenshot({ path: artifact('upload-banner.png') });
  });

  it('names every bad line of a broken file, and cancelling leaves the page as it was', async () => {
    await upload(writeFixture('broken.csv', BROKEN_ROWS.join('\n')));
    await page.getByTestId('import-report').waitFor();
    const errors = page.getByTestId('import-error');
    const lines = (await errors.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-line'))))).sort((a, b) => a - b);
    expect(lines).toEqual(BROKEN_BAD_LINES);
    const line6 = page.locator('[data-testid="import-error"][data-line="6"]');
    expect(await line6.getAttribute('data-column')).toBe('county_code');
    expect(await line6.innerText()).toContain('999999');
    expect(digits(await page.getByTestId('import-rows-accepted').innerText())).toBe(1);
    expect(await kpiPeople()).toBe(GBK_PEOPLE);

    const download = page.waitForEvent('download');
    await page.getByTestId('import-download-rejected').click();
    const rejected = readFileSync(await (await download).path(), 'utf8');
    expect(rejected.startsWith('\ufeff')).toBe(true);
    expect(rejected).toContain('999999');
    expect(rejected).toContain('不是数字');

    await page.getByTestId('import-cancel').click();
    await expect.poll(() => page.getByTestId('import-report').count()).toBe(0);
    expect(await kpiPeople()).toBe(GBK_PEOPLE);
  });

  it('shows errors in English when the page is in English', async () => {
    await page.getByTestId('lang-toggle').click();
    await upload(writeFixture('broken-en.csv', BROKEN_ROWS.join('\n')));
    const line2 = page.locator('[data-testid="import-error"][data-line="2"]');
    await line2.waitFor();
    expect(await line2.innerText()).toContain('“abc” is not a number');
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('lang-toggle').click();
  });

  it('asks which dataset a file is when its header fits two, and reads it as the one chosen', async () => {
    await upload(writeFixture('export.csv', 'county_code,county,period,site,households,people\n140923,代县,2020,新区,10,30\n'));
    const question = page.getByTestId('import-question');
    await question.waitFor();
    await question.locator('input[value="sites"]').check();
    await page.getByTestId('import-choose-dataset').click();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-dataset').innerText()).toBe('安置点');
    await page.getByTestId('import-cancel').click();
  });

  it('resets a table to the shipped figures', async () => {
    await page.getByTestId('reset-relocation').click();
    await expect.poll(() => kpiPeople()).toBe(3676);
    await page.reload();
    await page.getByTestId('kpi-relocated-people').waitFor();
    expect(await kpiPeople()).toBe(3676);
    expect(await page.getByTestId('uploads-banner').count()).toBe(0);
  });

  it('offers an empty template with Chinese headers that Excel opens as UTF-8', async () => {
    await page.getByTestId('data-dictionary').locator('summary').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('template-relocation-zh').click();
    const template = readFileSync(await (await download).path(), 'utf8');
    expect(template.startsWith('\ufeff县级代码,县,年份')).toBe(true);
  });

  it('shows progress while reading a large file, and cancelling it changes nothing', async () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => `140923,代县,2019,镇${i},10,30,20`);
    await upload(writeFixture('large.csv', ['county_code,county,period,township,households,people,registered_poor_people', ...rows].join('\n')));
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-cancel').click();
    await expect.poll(() => page.getByTestId('import-progress').count()).toBe(0);
    expect(await page.getByTestId('import-report').count()).toBe(0);
    expect(await kpiPeople()).toBe(3676);
  });
});

describe('several files, and files dropped on the page', () => {
  it('reports several chosen files one after another, each applied on its own', async () => {
    const sites = writeFixture('安置点.csv', '县级代码,县,年份,安置点,入住户数,入住人数\n140923,代县,2020,测试安置点,10,30\n');
    const income = writeFixture('增收.csv', '县级代码,县,年份,带贫机制,受益户数,户均增收（元/年）\n140923,代县,2020,测试机制,100,2000\n');
    await page.getByTestId('upload-input').setInputFiles([sites, income]);
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-dataset').innerText()).toBe('安置点');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('import-dataset').innerText()).toBe('带贫增收');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('kpi-income-gain-per-household').innerText()).toBe('2,000');
    await page.getByTestId('reset-income').click();
    await page.getByTestId('reset-sites').click();
    await expect.poll(() => page.getByTestId('kpi-income-gain-per-household').innerText()).toBe('1,871');
  });

  it('takes a file dropped anywhere on the page', async () => {
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['county_code,county,period,people\n140923,代县,2019,77\n'], 'dropped.csv', { type: 'text/csv' }));
      return data;
    });
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.getByTestId('import-report').waitFor();
    expect(digits(await page.getByTestId('import-rows-accepted').innerText())).toBe(1);
    await page.getByTestId('import-cancel').click();
    expect(await kpiPeople()).toBe(3676);
  });
});

describe('the whole upload session', () => {
  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
