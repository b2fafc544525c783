import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';

const app = servedApp();
let page: Page;
let folder: string;
// Test data: a header the data dictionary does not know (搬迁人口数) beside four it does.
const FILE = '县级代码,县,年份,搬迁户数,搬迁人口数\n140923,代县,2019,40,120\n140922,五台县,2019,160,500\n';

function digits(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

async function upload(name: string): Promise<void> {
  const path = join(folder, name);
  writeFileSync(path, FILE);
  await page.getByTestId('upload-input').setInputFiles(path);
  await page.getByTestId('import-report').waitFor();
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'relocation-mapping-'));
  page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').waitFor();
});

describe('an analyst matching a column the data dictionary does not know', () => {
  it('offers the unknown header with its first values, reads the file again with the match, and shows it in the provenance', async () => {
    await upload('搬迁（一）.csv');
    const select = page.locator('[data-testid="column-map"][data-header="搬迁人口数"]');
    expect(await page.getByTestId('column-mapping').innerText()).toContain('120、500');
    await select.selectOption('people');
    await expect.poll(() => page.getByTestId('column-mapping-used').count()).toBe(1);
    expect(await page.getByTestId('column-mapping-used').innerText()).toContain('搬迁人口数');
    expect(await page.locator('[data-testid="column-map"][data-header="搬迁人口数"]').count()).toBe(0);
    await page.locator('dialog.import-dialog').screenshot({ path: artifact('column-mapping.png') });
    await page.getByTestId('import-apply').click();
    await expect.poll(async () => digits(await page.locator('tr[data-county-code="140922"] [data-field="people"]').innerText())).toBe(500);
    expect(await page.getByTestId('loaded-column-mapping').innerText()).toContain('搬迁人口数');
  });

  it('remembers the match for the next file with the same header, after a reload', async () => {
    await page.reload();
    await page.getByTestId('kpi-relocated-people').waitFor();
    await upload('搬迁（二）.csv');
    await expect.poll(() => page.getByTestId('column-mapping-used').count()).toBe(1);
    await page.getByTestId('import-cancel').click();
  });

  it('forgets every match when cleared: the file is read again without it, and so is the next', async () => {
    await upload('搬迁（二）.csv');
    await page.getByTestId('column-map-clear').click();
    // The file is read again: the header is offered for matching once more, and no match is used.
    await expect.poll(() => page.locator('[data-testid="column-map"][data-header="搬迁人口数"]').count()).toBe(1);
    expect(await page.getByTestId('column-mapping-used').count()).toBe(0);
    await page.getByTestId('import-cancel').click();
    await upload('搬迁（三）.csv');
    expect(await page.getByTestId('column-mapping-used').count()).toBe(0);
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('reset-relocation').click();
  });
});
