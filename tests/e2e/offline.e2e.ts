import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { artifact } from './servedApp';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OFFLINE_DIR = join(ROOT, 'dist-offline');
const OFFLINE_FILE = join(OFFLINE_DIR, 'relocation-dashboard.html');
// Seven charts and the county map.
const CHART_COUNT = 8;

// Test data, not real figures: people 代县 120 + 五台县 500 = 620; registered poor 100 + 410 = 510.
const UPLOAD_ROWS = ['县级代码,县,年份,搬迁户数（户）,搬迁人数（人）,建档立卡人数', '140923,代县,2019,40,120,100', '140922,五台县,2019,160,500,410'];

let browser: Browser;
let page: Page;
const requests: string[] = [];
const workers: string[] = [];
const pageErrors: string[] = [];

function digits(text: string): number {
  return Number(text.replace(/[^\d.]/g, ''));
}

function kpi(testId: string): Promise<string> {
  return page.getByTestId(testId).innerText();
}

function workerEvents(): Promise<{ done: number; errors: number }> {
  return page.evaluate(() => (window as unknown as { __workerEvents: { done: number; errors: number } }).__workerEvents);
}

beforeAll(async () => {
  // The offline build, as `npm run build:offline` makes it (its type-check is npm test's first step). NODE_ENV is
  // vitest's 'test' here: left so, it would make a development build of React.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'offline', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('request', (request) => requests.push(request.url()));
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Counts what the import workers say, and their errors: a worker that cannot start fails over to the main
  // thread without a word on the page, so the figures alone would not show that the worker ran.
  await page.addInitScript(() => {
    const seen = { done: 0, errors: 0 };
    Object.defineProperty(window, '__workerEvents', { value: seen });
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
          if (event.data.type === 'done') seen.done += 1;
        });
        this.addEventListener('error', () => (seen.errors += 1));
      }
    };
  });
  await page.addInitScript(() => {
    const refused: string[] = [];
    Object.defineProperty(window, '__violations', { value: refused });
    document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  // The page opens on the nation by default; these tests are about Dai County's figures.
  await page.goto(`${pathToFileURL(OFFLINE_FILE).href}?dataset=dai-county`);
  await page.getByTestId('kpi-relocated-people').waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the offline single-file build, opened from a file:// URL', () => {
  it('is one HTML file', () => {
    expect(existsSync(OFFLINE_FILE)).toBe(true);
    expect(readdirSync(OFFLINE_DIR)).toEqual(['relocation-dashboard.html']);
  });

  it('shows Dai County’s figures, with every chart drawn', async () => {
    await expect.poll(() => kpi('kpi-relocated-people')).toBe('3,676');
    expect(await kpi('kpi-registered-poor-people')).toBe('2,773');
    const charts = page.locator('[data-testid^="chart-"]');
    await expect.poll(() => charts.count()).toBe(CHART_COUNT);
    for (const chart of await charts.all()) {
      await expect.poll(() => chart.locator('svg, [data-testid="area-statement"]').count()).toBeGreaterThan(0);
    }
    await expect.poll(() => page.getByTestId('sources').innerText()).toContain('新华网');
    await page.screenshot({ path: artifact('offline-dai-zh.png'), fullPage: true });
  });

  it('imports the shipped files in its inlined worker', async () => {
    expect(workers.length).toBeGreaterThan(0);
    for (const url of workers) expect(url).toMatch(/^(blob|data):/);
    expect(await workerEvents()).toEqual({ done: 5, errors: 0 });
  });

  it('switches language, filters, and the demo data', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Poverty-relocation dashboard');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('易地扶贫搬迁数据看板');

    await page.getByTestId('filter-period-from').selectOption('2020');
    await expect.poll(() => kpi('kpi-relocated-people')).toBe('未说明');
    await page.getByTestId('filter-reset').click();
    await expect.poll(() => kpi('kpi-relocated-people')).toBe('3,676');

    await page.getByTestId('dataset-switcher').selectOption('demo');
    await page.getByTestId('synthetic-banner').waitFor();
    const rows = page.locator('[data-testid="county-summary"] tbody tr[data-county-code]');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    await page.getByTestId('dataset-switcher').selectOption('dai-county');
    await expect.poll(() => kpi('kpi-relocated-people')).toBe('3,676');
  });

  it('reads an upload in its worker, reports it, and applies it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'relocation-offline-'));
    const path = join(folder, '搬迁安置.csv');
    writeFileSync(path, UPLOAD_ROWS.join('\n') + '\n');
    const doneBefore = (await workerEvents()).done;
    await page.getByTestId('upload-input').setInputFiles(path);
    await page.getByTestId('import-report').waitFor();
    expect(digits(await page.getByTestId('import-rows-accepted').innerText())).toBe(2);
    expect(await workerEvents()).toEqual({ done: doneBefore + 1, errors: 0 });
    await page.getByTestId('import-apply').click();
    await expect.poll(async () => digits(await kpi('kpi-relocated-people'))).toBe(620);
    expect(digits(await kpi('kpi-registered-poor-people'))).toBe(510);
    expect(await page.locator('[data-testid="loaded-tables"] tr[data-dataset="relocation"]').getAttribute('data-source')).toBe('upload');
    await page.getByTestId('reset-relocation').click();
    await expect.poll(() => kpi('kpi-relocated-people')).toBe('3,676');
  });

  it('reads a two-sheet workbook in its worker and applies both sheets', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'relocation-offline-'));
    const path = join(folder, 'township-report.xlsx');
    copyFileSync(fileURLToPath(new URL('../fixtures/workbooks/township-report.xlsx', import.meta.url)), path);
    const doneBefore = (await workerEvents()).done;
    await page.getByTestId('upload-input').setInputFiles(path);
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('workbook-sheet').evaluateAll((items) => items.map((item) => item.getAttribute('data-dataset')))).toEqual([
      '',
      'relocation',
      'sites',
    ]);
    expect(await workerEvents()).toEqual({ done: doneBefore + 1, errors: 0 });
    await page.getByTestId('import-apply').click();
    const loaded = page.getByTestId('loaded-tables');
    for (const dataset of ['relocation', 'sites'])
      await expect.poll(() => loaded.locator(`tr[data-dataset="${dataset}"]`).getAttribute('data-source')).toBe('upload');
    await page.getByTestId('reset-relocation').click();
    await page.getByTestId('reset-sites').click();
    await expect.poll(() => kpi('kpi-relocated-people')).toBe('3,676');
  });

  it('carries a policy that forbids any network, and needed nothing it forbids', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });

  it('made no network request, and raised no error', () => {
    // The page itself, and the workers' blob: URLs; the CSVs are data: URLs, which are not requests at all.
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => /^(https?|wss?):/i.test(url))).toEqual([]);
    expect(requests.filter((url) => !/^(file|blob|data):/i.test(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
