import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { daiCountyAddress, servedApp } from './servedApp';
import { householdCsvPieces } from '../../scripts/bench/householdCsv';

// Big enough to be read in several 1 MiB chunks, small enough to stay a quick test; speed is the benchmark's.
const ROWS = 20_000;

const app = servedApp();
let page: Page;
let path: string;
let people = 0;
const pageErrors: string[] = [];

function digits(text: string): number {
  return Number(text.replace(/[^\d.]/g, ''));
}

beforeAll(async () => {
  const text = [...householdCsvPieces(ROWS)].join('');
  // The test's own count, straight from the text: people is the 8th column and the generator writes no quotes.
  for (const line of text.split('\r\n').slice(1)) if (line) people += Number(line.split(',')[7]);
  path = join(mkdtempSync(join(tmpdir(), 'relocation-households-')), 'households.csv');
  writeFileSync(path, text);
  page = await app.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').filter({ hasText: /\d/ }).waitFor();
});

describe('a household-level file (one row per household) uploaded through the page', () => {
  it('reports every row accepted, and previews the rows as read, one household each', async () => {
    await page.getByTestId('upload-input').setInputFiles(path);
    await page.getByTestId('import-apply').waitFor();
    expect(digits(await page.getByTestId('import-rows-accepted').innerText())).toBe(ROWS);
    expect(await page.getByTestId('import-apply').innerText()).toContain('20,000');
    const preview = page.locator('[data-testid="import-report"] table tbody tr');
    expect(await preview.count()).toBe(5);
    expect(await page.getByTestId('import-households').innerText()).toContain('20,000');
  });

  it('shows, once applied, the people the file’s rows add up to, and draws every chart', async () => {
    await page.getByTestId('import-apply').click();
    await page.waitForFunction((expected) => {
      const text = document.querySelector('[data-testid="kpi-relocated-people"]')?.textContent ?? '';
      return Number(text.replace(/[^\d]/g, '')) === expected;
    }, people);
    await page.waitForFunction(() => document.querySelector('.echart[data-pending]') === null);
    expect(await page.locator('[data-testid="chart-people-by-county"] svg').count()).toBeGreaterThan(0);
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
