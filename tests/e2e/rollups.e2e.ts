import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';
import type { DatasetId } from '../../src/data/schema';
import { importAs } from '../support/importAs';

/** A shipped CSV read as the app reads it, so the expected figures come from the files and not from this test. */
function shipped<Id extends DatasetId>(folder: 'dai-county' | 'demo', datasetId: Id) {
  const bytes = new Uint8Array(readFileSync(new URL(`../../data/${folder}/${datasetId}.csv`, import.meta.url)));
  return importAs(datasetId, `${datasetId}.csv`, bytes).records;
}

const app = servedApp();
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').waitFor();
});

const table = () => page.getByTestId('county-summary');

describe('per-resident figures and roll-ups', () => {
  it('shows Dai County’s relocated people per 1,000 residents of the 2020 census, to one decimal', async () => {
    const people = shipped('dai-county', 'relocation').reduce((sum, record) => sum + (record.people ?? 0), 0);
    const residents = shipped('dai-county', 'population')[0]?.population ?? Number.NaN;
    const dai = table().locator('tr[data-county-code="140923"]');
    await expect.poll(() => dai.locator('[data-field="people_per_1000_residents"]').innerText()).toBe(((people / residents) * 1000).toFixed(1));
    // The article states no jobs, so there is no ratio to give.
    expect(await dai.locator('[data-field="jobs_per_1000_residents"]').innerText()).toBe('未说明');
  });

  it('reads an uploaded population table by its header, and the ratio follows it, after a reload too, until reset', async () => {
    // A test figure, not a census: the ratio must follow whatever the table says.
    const residents = 200000;
    const people = shipped('dai-county', 'relocation').reduce((sum, record) => sum + (record.people ?? 0), 0);
    await page.getByTestId('upload-input').setInputFiles({
      name: '测试人口.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`县级代码,县,年份,常住人口（人）,来源\n140923,代县,2020,${residents},测试\n`),
    });
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-dataset').innerText()).toBe('常住人口');
    await page.getByTestId('import-apply').click();
    const rate = table().locator('tr[data-county-code="140923"] [data-field="people_per_1000_residents"]');
    await expect.poll(() => rate.innerText()).toBe(((people / residents) * 1000).toFixed(1));

    await page.reload();
    await page.getByTestId('kpi-relocated-people').waitFor();
    await expect.poll(() => rate.innerText()).toBe(((people / residents) * 1000).toFixed(1));
    expect(await page.locator('[data-testid="loaded-tables"] tr[data-dataset="population"]').getAttribute('data-source')).toBe('upload');

    await page.getByTestId('reset-population').click();
    const census = shipped('dai-county', 'population')[0]?.population ?? Number.NaN;
    await expect.poll(() => rate.innerText()).toBe(((people / census) * 1000).toFixed(1));
  });

  it('grouped by prefecture, gives 忻州市 the sum of its demo counties, and its name drills into it rather than opening a county detail', async () => {
    await page.getByTestId('dataset-switcher').selectOption('demo');
    await page.getByTestId('synthetic-banner').waitFor();
    await page.getByTestId('group-by').selectOption('prefecture');
    const xinzhou = table().locator('tr[data-area-code="140900"]');
    await xinzhou.waitFor();

    const people = shipped('demo', 'relocation')
      .filter((record) => record.county_code.startsWith('1409'))
      .reduce((sum, record) => sum + (record.people ?? 0), 0);
    expect(await xinzhou.locator('th').innerText()).toBe('忻州市');
    expect(await xinzhou.locator('[data-field="people"]').innerText()).toBe(people.toLocaleString('en-US'));
    expect(await table().locator('tbody tr[data-county-code]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('group')).toBe('prefecture');

    await page.locator('section.table-card').screenshot({ path: artifact('county-table-by-prefecture.png') });
    // Its name drills into the prefecture, which lists its counties; the row itself opens no county's detail.
    await xinzhou.locator('th [data-action="drill"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBe('140900');
    expect(await page.locator('dialog[open][data-testid="county-detail"]').count()).toBe(0);
    expect(await table().locator('tbody tr[data-county-code^="1409"]').count()).toBeGreaterThan(1);
    await page.getByTestId('breadcrumb').locator('[data-area-code="100000"] button').click();
    await page.getByTestId('group-by').selectOption('prefecture');
  });

  it('shows a prefecture’s per-1,000 figure as unknown when one of its counties has no population', async () => {
    // The demo gives 中阳县 (吕梁) no population.
    expect(await table().locator('tr[data-area-code="141100"] [data-field="people_per_1000_residents"]').innerText()).toBe('未说明');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
