import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';
import { COUNTING_EXAMPLES, type CountingExample } from './countingExamples';

const app = servedApp();
let folder: string;

function digits(text: string): number {
  return Number(text.replace(/[^\d.]/g, ''));
}

/** A page of its own (its own stored uploads), with the example's file read and its report open. */
async function openReport(example: CountingExample): Promise<Page> {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').waitFor();
  const path = join(folder, example.file);
  writeFileSync(path, `${example.lines.join('\r\n')}\r\n`);
  await page.getByTestId('upload-input').setInputFiles(path);
  // site,households,people suits sites as well as relocation: the page asks, and the analyst answers.
  await page.locator('[data-testid="import-counting"], [data-testid="import-question"]').first().waitFor();
  if (await page.getByTestId('import-question').isVisible()) {
    await page.locator(`input[name="dataset-choice"][value="${example.dataset ?? 'relocation'}"]`).check();
    await page.getByTestId('import-choose-dataset').click();
    await page.getByTestId('import-counting').waitFor();
  }
  return page;
}

async function notCountedByReason(page: Page): Promise<Record<string, number>> {
  const items = page.getByTestId('import-not-counted-reason');
  const pairs = await items.evaluateAll((nodes) =>
    nodes.map((node) => [node.getAttribute('data-reason') ?? '', Number(node.getAttribute('data-count'))] as const),
  );
  return Object.fromEntries(pairs);
}

async function shownFor(page: Page, field: string): Promise<number> {
  return digits(await page.locator(`tr[data-county-code="140923"] [data-field="${field}"]`).innerText());
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'relocation-counting-'));
});

describe('each file of the counting issue, uploaded, applied and read back from the county table', () => {
  it.each(COUNTING_EXAMPLES)('$name', async (example) => {
    const page = await openReport(example);
    if (example.reading) expect(await page.getByTestId('import-reading').getAttribute('data-reading')).toBe(example.reading);
    expect(await notCountedByReason(page)).toEqual(example.notCounted);
    await page.screenshot({ path: artifact(`counting-${example.file.replace('.csv', '')}.png`), fullPage: true });
    if (example.mode === 'append') await page.getByTestId('import-append').check();
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-report').waitFor({ state: 'detached' });
    for (const [field, value] of Object.entries(example.expected)) await expect.poll(() => shownFor(page, field)).toBe(value);
    await page.context().close();
  });
});

describe('the counting choices in the report', () => {
  it('reads three alike households as totals when the analyst says so: the repeats are then listed, not counted', async () => {
    const example = COUNTING_EXAMPLES.find((candidate) => candidate.file === 'three-households.csv')!;
    const page = await openReport(example);
    await page.getByTestId('import-reading-choice').selectOption('totals');
    await page.getByTestId('import-recount').click();
    await expect.poll(() => page.getByTestId('import-reading').getAttribute('data-reading')).toBe('totals');
    // Lines 2 and 4 state one fact; line 3 states it with other figures: a conflict, the later line standing.
    expect(await page.getByTestId('import-conflict').count()).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('import-not-counted').getAttribute('data-count'))).toBe(2);
    await page.screenshot({ path: artifact('counting-read-as-totals.png'), fullPage: true });
    await page.context().close();
  });

  it('keeps the first of two conflicting lines when asked, and says which counts', async () => {
    const page = await openReport({
      name: 'a line entered again with another figure',
      file: 'corrected.csv',
      lines: ['county_code,county,period,township,people', '140923,代县,2019,上馆镇,100', '140923,代县,2019,上馆镇,120'],
      mode: 'replace',
      expected: {},
      notCounted: {},
    });
    expect(await page.getByTestId('import-conflict').innerText()).toContain('计入第 3 行');
    await page.getByTestId('import-conflict-policy').selectOption('first');
    await page.getByTestId('import-recount').click();
    await expect.poll(() => page.getByTestId('import-conflict').innerText()).toContain('计入第 2 行');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => shownFor(page, 'people')).toBe(100);
    await page.context().close();
  });

  it('names the line of a quote never closed, and reads the lines after it as lines when asked', async () => {
    const page = await openReport({
      name: 'a quote typed by hand',
      file: 'open-quote.csv',
      lines: ['county_code,county,period,township,people', '140923,代县,2019,上馆镇,10', '140923,代县,2019,"峨口镇,20', '140923,代县,2019,阳明堡镇,30'],
      mode: 'replace',
      expected: {},
      notCounted: {},
    });
    expect(await page.locator('[data-testid="import-error"][data-line="3"][data-severity="warning"]').innerText()).toContain('引号');
    expect(digits(await page.getByTestId('import-rows-read').innerText())).toBe(2);
    await page.getByTestId('import-quote-reading').selectOption('lines');
    await page.getByTestId('import-recount').click();
    await expect.poll(async () => digits(await page.getByTestId('import-rows-read').innerText())).toBe(3);
    await page.screenshot({ path: artifact('counting-open-quote.png') });
    await page.getByTestId('import-apply').click();
    await expect.poll(() => shownFor(page, 'people')).toBe(10 + 20 + 30);
    await page.context().close();
  });

  it('says when a file applied already is appended again, and will not count it twice', async () => {
    const example = COUNTING_EXAMPLES.find((candidate) => candidate.file === 'roster-blank-id.csv')!;
    const page = await openReport(example);
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-report').waitFor({ state: 'detached' });
    await page.getByTestId('upload-input').setInputFiles(join(folder, example.file));
    await page.getByTestId('import-counting').waitFor();
    await page.getByTestId('import-append').check();
    expect(await page.getByTestId('import-already-applied').innerText()).toContain(example.file);
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await page.screenshot({ path: artifact('counting-already-applied.png'), fullPage: true });
    await page.context().close();
  });
});
