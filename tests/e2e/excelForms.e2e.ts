import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';
import { FIXTURES, FIXTURE_NAMES, fixtureBytes, type FixtureName } from '../support/fixtures';
import { importAs } from '../support/importAs';

const app = servedApp();
let page: Page;
let folder: string;

function digits(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'relocation-forms-'));
  page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').waitFor();
});

const DETECTED = FIXTURE_NAMES.filter((name) => FIXTURES[name].datasetId !== null);

describe('each Excel and WPS export form, uploaded in Chromium', () => {
  it.each(DETECTED)('reports %s as the importer does in Node: encoding, counts, every problem line', async (name: FixtureName) => {
    const fixture = FIXTURES[name];
    const bytes = fixtureBytes(name);
    const expected = importAs(fixture.datasetId ?? 'relocation', fixture.fileName, bytes);
    const path = join(folder, fixture.fileName);
    writeFileSync(path, bytes);
    await page.getByTestId('upload-input').setInputFiles(path);
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-encoding').innerText()).toBe(expected.encoding.toUpperCase());
    expect(digits(await page.getByTestId('import-rows-read').innerText())).toBe(expected.rowsRead);
    expect(digits(await page.getByTestId('import-rows-accepted').innerText())).toBe(expected.rowsAccepted);
    expect(digits(await page.getByTestId('import-rows-rejected').innerText())).toBe(expected.rejected.length);
    const lines = await page.getByTestId('import-error').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-line'))));
    expect(lines).toEqual(expected.problems.map((problem) => problem.line));
    await page.screenshot({ path: artifact(`form-${name}.png`) });
    await page.getByTestId('import-cancel').click();
    await expect.poll(() => page.getByTestId('import-report').count()).toBe(0);
  });
});
