import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { daiCountyAddress, servedApp } from './servedApp';
import { householdCsvPieces } from '../../scripts/bench/householdCsv';

const DAI_PEOPLE = '3,676';
// Test data, not real figures.
const UPLOAD_A = ['县级代码,县,年份,搬迁户数,搬迁人数', '140923,代县,2019,40,120'].join('\n');
const UPLOAD_B = ['县级代码,县,年份,搬迁户数,搬迁人数', '140923,代县,2019,70,222'].join('\n');

const app = servedApp();
let folder: string;

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** A fresh browser context (its own IndexedDB), the page loaded, with `setup` run before the page's scripts. */
async function openPage(setup?: () => void): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (setup) await page.addInitScript(setup);
  await page.goto(daiCountyAddress(app.site.url));
  return { page, errors, close: () => context.close() };
}

async function people(page: Page): Promise<string> {
  return page.getByTestId('kpi-relocated-people').innerText();
}

async function uploadAndApply(page: Page, path: string, expected: string): Promise<void> {
  await page.getByTestId('upload-input').setInputFiles(path);
  await page.getByTestId('import-apply').click();
  await expect.poll(() => people(page)).toBe(expected);
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'relocation-faults-'));
});

describe('a part of the page that fails', () => {
  it('shows its own message in place of each broken chart, and the rest of the page works', async () => {
    // Every chart's runtime fails as it starts (its ResizeObserver cannot be made).
    const { page, close } = await openPage(() => {
      window.ResizeObserver = class {
        constructor() {
          throw new Error('simulated chart failure');
        }
      } as unknown as typeof ResizeObserver;
    });
    // Seven charts and the county map.
    // Every chart that draws fails on its own; a single county's figure is said in words and needs no runtime.
    const statements = page.getByTestId('area-statement');
    await expect.poll(() => statements.count()).toBeGreaterThan(0);
    await expect.poll(async () => (await page.getByTestId('view-failed').count()) + (await statements.count())).toBe(8);
    expect(await page.getByTestId('view-failed').first().innerText()).toContain('simulated chart failure');
    expect(await people(page)).toBe(DAI_PEOPLE);
    await page.locator('tr[data-county-code="140923"] th button').click();
    await page.getByTestId('county-detail').waitFor();
    await close();
  });
});

describe('IndexedDB missing, blocked or full', () => {
  it('works in memory when the browser has no IndexedDB, and says uploads will not be kept', async () => {
    const { page, errors, close } = await openPage(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await page.getByTestId('storage-notice').waitFor();
    await uploadAndApply(page, file('a.csv', UPLOAD_A), '120');
    expect(errors).toEqual([]);
    await close();
  });

  it('works in memory when opening IndexedDB is refused (a private window)', async () => {
    const { page, close } = await openPage(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await page.getByTestId('storage-notice').waitFor();
    await uploadAndApply(page, file('a.csv', UPLOAD_A), '120');
    await close();
  });

  it('says the storage is full when saving fails for quota, and a reload still shows what was saved before', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(daiCountyAddress(app.site.url));
    await uploadAndApply(page, file('a.csv', UPLOAD_A), '120');
    // Saved: a reload shows it.
    await page.reload();
    await expect.poll(() => people(page)).toBe('120');
    // Now the storage is full.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await uploadAndApply(page, file('b.csv', UPLOAD_B), '222');
    await expect.poll(() => page.getByTestId('storage-notice').innerText()).toMatch(/已满|full/);
    await page.reload();
    await expect.poll(() => people(page)).toBe('120');
    await context.close();
  });
});

describe('an import that breaks off', () => {
  it('says so when the import’s worker crashes, and the page’s data stays as it was', async () => {
    const { page, close } = await openPage(() => {
      const PageWorker = window.Worker;
      const flags = window as unknown as { __crashImports?: boolean };
      // Once the test says so, an import worker dies just before it could give its result.
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
            if (event.data.type !== 'done' || !flags.__crashImports) return;
            event.stopImmediatePropagation();
            this.dispatchEvent(new ErrorEvent('error', { message: 'simulated crash' }));
          });
        }
      };
    });
    await expect.poll(() => people(page)).toBe(DAI_PEOPLE);
    await page.evaluate(() => ((window as unknown as { __crashImports?: boolean }).__crashImports = true));
    await page.getByTestId('upload-input').setInputFiles(file('a.csv', UPLOAD_A));
    await page.getByTestId('import-failed').waitFor();
    // Said in the page's language, with the worker's own words after it.
    expect(await page.getByTestId('import-failed').innerText()).toContain('后台导入程序意外停止');
    expect(await page.getByTestId('failure-detail').innerText()).toBe('技术信息：simulated crash');
    await page.getByTestId('import-cancel').click();
    expect(await people(page)).toBe(DAI_PEOPLE);
    await close();
  });

  it('says so when the file is cut off while it is read, and the page’s data stays as it was', async () => {
    const { page, close } = await openPage();
    await expect.poll(() => people(page)).toBe(DAI_PEOPLE);
    const path = join(folder, 'households.csv');
    writeFileSync(path, [...householdCsvPieces(300_000)].join(''));
    await page.getByTestId('upload-input').setInputFiles(path);
    // The file shrinks on disk after it was chosen: the browser refuses to read on.
    truncateSync(path, 1000);
    await page.getByTestId('import-failed').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-failed').innerText()).toContain('文件读取中断');
    await page.getByTestId('import-cancel').click();
    expect(await people(page)).toBe(DAI_PEOPLE);
    await close();
  });
});
