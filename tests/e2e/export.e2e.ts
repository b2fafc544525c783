import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExportedCsv } from '../../src/data/export/csvMetadata';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';

const EXPORT_WIDTH = 900;

const app = servedApp();
let context: BrowserContext;
let page: Page;

async function download(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const event: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await event;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  // Every export names what it is above its table, as metadata rows a reader of the file alone can cite.
  const { metadata, columns, rows } = readExportedCsv(text);
  expect(metadata['title']?.length).toBe(1);
  expect(metadata['exported']?.length).toBe(1);
  return [columns, ...rows];
}

async function svgIsWellFormed(svg: string): Promise<boolean> {
  return page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length === 0, svg);
}

beforeAll(async () => {
  context = await app.browser.newContext({ acceptDownloads: true });
});

// A tab of its own per test: Chromium holds back a tab's downloads after many in quick succession.
beforeEach(async () => {
  await page?.close();
  page = await context.newPage();
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').waitFor();
  // The map is loaded on its own after the first paint: until it is drawn, the list of charts below would shift under a loop.
  await page.locator('[data-testid="chart-county-map"] .echart').waitFor();
});

describe('exporting charts and tables', () => {
  it('exports every chart as a PNG at twice its width, named by chart and period', async () => {
    for (const chart of await page.locator('[data-testid^="chart-"]').all()) {
      const name = (await chart.getAttribute('data-testid'))?.replace(/^chart-/, '');
      const png = await download(() => chart.getByTestId('export-png').click());
      const period = ['jobs-by-unit-type', 'jobs-by-county', 'income-by-mechanism', 'income-by-county'].includes(name ?? '') ? '2020' : '2016-2020';
      expect(png.name).toBe(`${name}_dai-county_${period}.png`);
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngSize(png.bytes).width).toBe(EXPORT_WIDTH * 2);
    }
    const sample = await download(() => page.getByTestId('chart-relocation-composition').getByTestId('export-png').click());
    writeFileSync(artifact('export-relocation-composition.png'), sample.bytes);
  });

  it('exports an SVG with text as text: title, unit, period and source', async () => {
    const svg = (await download(() => page.getByTestId('chart-people-by-county').getByTestId('export-svg').click())).bytes.toString('utf8');
    expect(await svgIsWellFormed(svg)).toBe(true);
    expect(svg).toContain('各县搬迁人口');
    expect(svg).toContain('2016-2020');
    expect(svg).toContain('单位：人');
    expect(svg).toContain('新华网');
    expect(svg).toContain('3,676');
    writeFileSync(artifact('export-people-by-county.svg'), svg);
  });

  it('exports a chart’s CSV with exactly the figures it draws', async () => {
    const rows = csvRows((await download(() => page.getByTestId('chart-people-by-county').getByTestId('export-csv').click())).bytes);
    expect(rows).toEqual([
      ['县', '搬迁人口'],
      ['代县', '3676'],
    ]);
    const composition = csvRows((await download(() => page.getByTestId('chart-relocation-composition').getByTestId('export-csv').click())).bytes);
    expect(composition.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['整体搬迁', '2286'],
      ['插花搬迁', '1390'],
      ['建档立卡贫困人口', '2773'],
      ['同步搬迁人口', '903'],
    ]);
  });

  it('says in the image which counties a filtered chart covers, and the years its own rows cover', async () => {
    await page.getByTestId('dataset-switcher').selectOption('demo');
    await page.getByTestId('filter-counties').locator('summary').click();
    await page.getByTestId('filter-counties').locator('input[value="140921"]').check();
    const svg = (await download(() => page.getByTestId('chart-relocation-composition').getByTestId('export-svg').click())).bytes.toString('utf8');
    expect(svg).toContain('定襄县 · 2016-2020');
    const income = await download(() => page.getByTestId('chart-income-by-county').getByTestId('export-svg').click());
    expect(income.name).toBe('income-by-county_demo_2020.svg');
    expect(income.bytes.toString('utf8')).toContain('2020 · 单位');
  });

  it('exports the county table with the numbers it shows', async () => {
    const rows = csvRows((await download(() => page.getByTestId('export-table-csv').click())).bytes);
    const [header, dai] = rows;
    const people = header?.indexOf('搬迁人口') ?? -1;
    const shown = await page.locator('tr[data-county-code="140923"] [data-field="people"]').innerText();
    expect(dai?.[people]).toBe(shown.replace(/,/g, ''));
    expect(dai?.[header?.indexOf('县级代码') ?? -1]).toBe('140923');
    expect(dai?.[header?.indexOf('就业岗位') ?? -1]).toBe('');
  });

  it('exports the county table as an Excel workbook', async () => {
    const xlsx = await download(() => page.getByTestId('export-table-xlsx').click());
    expect(xlsx.name).toBe('county-summary_dai-county_2016-2020.xlsx');
    // An .xlsx file is a zip archive.
    expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('labels the demo data as synthetic inside the exported image, the CSV and the file names', async () => {
    await page.getByTestId('dataset-switcher').selectOption('demo');
    await page.getByTestId('synthetic-banner').waitFor();
    const svg = await download(() => page.getByTestId('chart-people-by-county').getByTestId('export-svg').click());
    expect(svg.bytes.toString('utf8')).toContain('虚构示例数据');
    expect(svg.name).toBe('people-by-county_demo_2016-2020.svg');
    const rows = csvRows((await download(() => page.getByTestId('chart-people-by-county').getByTestId('export-csv').click())).bytes);
    expect(rows[0]?.at(-1)).toBe('虚构示例数据');
    expect(rows.slice(1).every((row) => row.at(-1) === '是')).toBe(true);
    await page.getByTestId('dataset-switcher').selectOption('dai-county');
  });

  it('neutralises names that a spreadsheet would run as formulas, keeping the figures numbers', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'relocation-export-'));
    const path = join(folder, 'formulas.csv');
    writeFileSync(path, 'county_code,county,period,township,people\n140923,"=HYPERLINK(""http://x"",""y"")",2019,+1+1,-0\n140922,+1+1,2019,,5\n');
    await page.getByTestId('upload-input').setInputFiles(path);
    await page.getByTestId('import-report').waitFor();
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.locator('tr[data-county-code="140922"]').count()).toBe(1);
    const rows = csvRows((await download(() => page.getByTestId('export-table-csv').click())).bytes);
    const names = rows.slice(1).map((row) => row[0]);
    expect(names).toContain(`'=HYPERLINK("http://x","y")`);
    expect(names).toContain("'+1+1");
    const chartRows = csvRows((await download(() => page.getByTestId('chart-people-by-county').getByTestId('export-csv').click())).bytes);
    expect(chartRows.slice(1)).toContainEqual(["'+1+1", '5']);
    await page.getByTestId('reset-relocation').click();
  });
});
