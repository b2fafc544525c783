import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';
import { importWorkbook } from '../../src/data/workbook/importWorkbook';
import { problemCell } from '../../src/data/workbook/problemCell';
import { readXlsx } from '../../src/data/workbook/readXlsx';
import { sheetRows } from '../../src/data/workbook/sheetRows';

const app = servedApp();
const WORKBOOK = new URL('../fixtures/workbooks/township-report.xlsx', import.meta.url);
const bytes = new Uint8Array(readFileSync(WORKBOOK));
const expected = importWorkbook(bytes, 'township-report.xlsx').sheets;
let page: Page;
let folder: string;
const requested: string[] = [];

function digits(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'relocation-workbook-'));
  page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').waitFor();
});

describe('an analyst’s two-sheet workbook, uploaded in Chromium', () => {
  it('does not load the workbook reader with the page', () => {
    expect(requested.filter((url) => /importWorkbook|WorkbookReport/.test(url))).toEqual([]);
    expect(requested.some((url) => /\.js(\?|$)/.test(url))).toBe(true);
  });

  it('reports every sheet as the importer does in Node, naming each problem’s cell, and applies both sheets together', async () => {
    const path = join(folder, 'township-report.xlsx');
    writeFileSync(path, bytes);
    await page.getByTestId('upload-input').setInputFiles(path);
    await page.getByTestId('import-report').waitFor();
    const sheets = page.getByTestId('workbook-sheet');
    expect(
      await sheets.evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-sheet'), item.getAttribute('data-kind'), item.getAttribute('data-dataset')]),
      ),
    ).toEqual(expected.map((outcome) => [outcome.sheet, outcome.kind, outcome.kind === 'imported' ? outcome.result.datasetId : '']));
    for (const outcome of expected) {
      if (outcome.kind !== 'imported') continue;
      const section = page.locator(`[data-testid="workbook-sheet"][data-sheet="${outcome.sheet}"]`);
      expect(digits(await section.getByTestId('import-rows-accepted').innerText())).toBe(outcome.result.rowsAccepted);
      const cells = await section
        .getByTestId('import-error')
        .evaluateAll((items) => items.map((item) => [Number(item.getAttribute('data-line')), item.getAttribute('data-cell')]));
      expect(cells).toEqual(outcome.result.problems.map((problem) => [problem.line, problemCell(outcome.result, problem)]));
    }
    expect(await page.locator('[data-cell="乡镇搬迁!H5"]').innerText()).toContain('#REF!');
    // The reader came only with the workbook.
    expect(requested.some((url) => /importWorkbook/.test(url))).toBe(true);
    await page.locator('dialog.import-dialog').screenshot({ path: artifact('workbook-report.png') });

    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('import-report').count()).toBe(0);
    const loaded = page.getByTestId('loaded-tables');
    for (const dataset of ['relocation', 'sites']) expect(await loaded.locator(`tr[data-dataset="${dataset}"]`).getAttribute('data-source')).toBe('upload');
    expect(await loaded.innerText()).toContain('township-report.xlsx › 乡镇搬迁');
    expect(await loaded.innerText()).toContain('township-report.xlsx › 安置点');
    const relocation = expected.find((outcome) => outcome.sheet === '乡镇搬迁');
    if (relocation?.kind !== 'imported') throw new Error('the relocation sheet was not imported');
    const people = relocation.result.records.reduce((sum, record) => sum + ((record as { people?: number | null }).people ?? 0), 0);
    await expect.poll(async () => digits(await page.locator('tr[data-county-code="140923"] [data-field="people"]').innerText())).toBe(people);
    await page.getByTestId('reset-relocation').click();
    await page.getByTestId('reset-sites').click();
  });

  it('offers an .xlsx template per dataset, listing the counties of the province chosen', async () => {
    await page.getByTestId('data-dictionary').locator('summary').click();
    await page.getByTestId('template-province').selectOption('520000');
    const download = page.waitForEvent('download');
    await page.getByTestId('template-sites-xlsx').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('sites-模板.xlsx');
    const sheets = readXlsx(new Uint8Array(readFileSync(await file.path())));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['填写数据', '填表说明', '县级代码表']);
    const codes = sheetRows(sheets[2]!)
      .rows.slice(1)
      .map((row) => row.cells[0] ?? '');
    expect(codes.length).toBeGreaterThan(50);
    expect(codes.every((code) => code.startsWith('52'))).toBe(true);
    await page.getByTestId('data-dictionary').screenshot({ path: artifact('dictionary-templates.png') });
  });

  it('says a photo of a table is an image, not a table, and changes nothing', async () => {
    const path = join(folder, '统计表照片.png');
    writeFileSync(path, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    await page.getByTestId('upload-input').setInputFiles(path);
    const failed = page.getByTestId('import-failed');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('图片');
    await page.getByTestId('import-cancel').click();
  });
});
