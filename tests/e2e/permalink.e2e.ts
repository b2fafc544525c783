import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';

const VIEWPORT = { width: 1280, height: 900 };

const app = servedApp();
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

/** A page in a context of its own (no shared storage or history), whose console errors the last test checks. */
async function freshPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ viewport: VIEWPORT, ...options });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page };
}

async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(daiCountyAddress(app.site.url, query));
  await page.getByTestId('kpi-relocated-people').waitFor();
}

/** Everything a reader sees of the view: language, dataset, figures, filters, table order and sort, open county. */
async function viewOf(page: Page) {
  const table = page.getByTestId('county-summary');
  return {
    lang: await page.evaluate(() => document.documentElement.lang),
    heading: await page.locator('h1').innerText(),
    dataset: await page.getByTestId('dataset-switcher').inputValue(),
    kpis: await page.locator('[data-testid^="kpi-"]').allInnerTexts(),
    checkedCounties: await page
      .getByTestId('filter-counties')
      .locator('input[type="checkbox"]')
      .evaluateAll((boxes) => boxes.filter((box) => (box as HTMLInputElement).checked).map((box) => (box as HTMLInputElement).value)),
    period: [await page.getByTestId('filter-period-from').inputValue(), await page.getByTestId('filter-period-to').inputValue()],
    rows: await table.locator('tbody tr[data-county-code]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-county-code'))),
    sortedBy: await table
      .locator('th[aria-sort]')
      .evaluateAll((headers) =>
        headers.map((header) => `${(header as HTMLElement).innerText.replace(/[▲▼]/g, '').trim()} ${header.getAttribute('aria-sort')}`),
      ),
    detail: (await page.locator('dialog[open][data-testid="county-detail"]').count()) > 0 ? await page.locator('#county-detail-title').innerText() : null,
  };
}

function searchOf(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

afterAll(async () => {
  for (const context of contexts) await context.close();
});

describe('permalinks', () => {
  it('put the whole view in the address, and a fresh browser opening it sees the same view', async () => {
    const { page } = await freshPage();
    await openDashboard(page);
    const opening = await viewOf(page);

    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Poverty-relocation dashboard');
    await page.getByTestId('dataset-switcher').selectOption('demo');
    await page.getByTestId('synthetic-banner').waitFor();
    const rows = page.locator('[data-testid="county-summary"] tbody tr[data-county-code]');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);

    const filter = page.getByTestId('filter-counties');
    await filter.locator('summary').click();
    await filter.locator('input[value="140921"]').check();
    await filter.locator('input[value="140924"]').check();
    await filter.locator('input[value="140925"]').check();
    await filter.locator('summary').click();
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByTestId('filter-period-from').selectOption('2018');

    // Households, twice: largest first, then smallest first, which is nobody's default.
    const households = page.getByTestId('county-summary').getByRole('button', { name: 'Households', exact: true });
    await households.click();
    await households.click();
    await expect.poll(() => page.locator('th[aria-sort="ascending"]').innerText()).toContain('Households');
    await page.locator('tr[data-county-code="140924"] th button').click();
    await page.locator('dialog[open][data-testid="county-detail"]').waitFor();

    const url = page.url();
    const params = searchOf(url);
    expect(url.startsWith(app.site.url)).toBe(true);
    expect(Object.fromEntries(params)).toEqual({
      lang: 'en',
      dataset: 'demo',
      counties: '140921,140924,140925',
      period: '2018-2020',
      county: '140924',
      sort: 'households',
    });
    const chosen = await viewOf(page);
    expect(chosen.lang).toBe('en');
    expect(chosen.checkedCounties).toEqual(['140921', '140924', '140925']);
    expect(chosen.period).toEqual(['2018', '2020']);
    expect(chosen.sortedBy).toEqual(['Households ascending']);
    expect(chosen.detail).toContain('繁峙县');
    expect(chosen.kpis).not.toEqual(opening.kpis);

    const other = await freshPage();
    await other.page.goto(url);
    await other.page.locator('dialog[open][data-testid="county-detail"]').waitFor();
    await expect.poll(() => viewOf(other.page)).toEqual(chosen);
    expect(other.page.url()).toBe(url);
    await other.page.screenshot({ path: artifact('permalink-restored.png') });
  });

  it('keep the address in step with every change, dropping what returns to its default and keeping embed', async () => {
    const { page } = await freshPage();
    await openDashboard(page, '?embed=not-a-chart&sort=county&county=140923');
    // Not a chart's name, so the whole dashboard, with the county detail the link names.
    await page.locator('dialog[open][data-testid="county-detail"]').waitFor();
    expect(await page.getByTestId('kpi-relocated-people').count()).toBe(1);

    await page.keyboard.press('Escape');
    await expect.poll(() => Object.fromEntries(searchOf(page.url()))).toEqual({ dataset: 'dai-county', sort: 'county', embed: 'not-a-chart' });
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => Object.fromEntries(searchOf(page.url()))).toEqual({ lang: 'en', dataset: 'dai-county', sort: 'county', embed: 'not-a-chart' });
    await page.getByTestId('filter-period-from').selectOption('2020');
    await expect.poll(() => searchOf(page.url()).get('period')).toBe('2020');
    await page.getByTestId('filter-reset').click();
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('county-summary').getByRole('button', { name: '搬迁人口', exact: true }).click();
    await expect.poll(() => Object.fromEntries(searchOf(page.url()))).toEqual({ dataset: 'dai-county', embed: 'not-a-chart' });
    // The national dataset is the page's default, so choosing it leaves the address.
    await page.getByTestId('dataset-switcher').selectOption('china');
    await expect.poll(() => Object.fromEntries(searchOf(page.url()))).toEqual({ embed: 'not-a-chart' });
  });

  it('ignore a malformed address and open on the default view', async () => {
    const { page } = await freshPage();
    await openDashboard(page, '?lang=fr&dataset=nowhere&counties=abc&period=2020-2016&county=x&sort=-nothing&jobs=none');
    expect(await page.locator('h1').innerText()).toBe('易地扶贫搬迁数据看板');
    expect(await page.getByTestId('dataset-switcher').inputValue()).toBe('china');
    expect(await page.getByTestId('breadcrumb').locator('li').allInnerTexts()).toEqual(['全国']);
    // Nothing in it was a view, so nothing of it stays in the address.
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });
});

describe('the copy-link button', () => {
  it('puts the page’s address on the clipboard and says so', async () => {
    const { context, page } = await freshPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.site.url).origin });
    await openDashboard(page, '?lang=en&dataset=demo&period=2019');
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('copy-link-status').innerText()).toBe('Link copied');
    expect(await page.getByTestId('copy-link-status').getAttribute('role')).toBe('status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(Object.fromEntries(searchOf(copied))).toEqual({ lang: 'en', dataset: 'demo', period: '2019' });
    expect(await page.getByTestId('copy-link-field').count()).toBe(0);
    // Said briefly, then gone.
    await expect.poll(() => page.getByTestId('copy-link-status').innerText(), { timeout: 5000 }).toBe('');
  });

  const clipboards: [string, () => void][] = [
    [
      'missing',
      () => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      },
    ],
    [
      'refused',
      () => {
        const refused = { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) };
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => refused });
      },
    ],
  ];

  it.each(clipboards)('selects the address in a read-only field when the clipboard API is %s', async (_, breakClipboard) => {
    const { page } = await freshPage();
    await page.addInitScript(breakClipboard);
    await openDashboard(page, '?dataset=demo&sort=-jobs');
    await page.getByTestId('copy-link').click();
    const field = page.getByTestId('copy-link-field');
    await field.waitFor();
    expect(await field.inputValue()).toBe(page.url());
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const selection = await field.evaluate((input) => {
      const element = input as HTMLInputElement;
      return { focused: element === document.activeElement, start: element.selectionStart, end: element.selectionEnd, length: element.value.length };
    });
    expect(selection).toEqual({ focused: true, start: 0, end: selection.length, length: selection.length });
    expect(await page.getByTestId('copy-link-status').innerText()).toContain('Ctrl+C');
  });
});

describe('embeds', () => {
  it('show one chart alone, filling its frame, with its title, source and synthetic label, following the address', async () => {
    const { page } = await freshPage({ viewport: { width: 760, height: 520 } });
    await page.goto(daiCountyAddress(app.site.url, `?lang=en&dataset=demo&counties=140921,140924&embed=people-by-county`));
    const charts = page.locator('[data-testid^="chart-"]');
    await charts.first().waitFor();
    await expect.poll(() => charts.locator('svg path').count()).toBeGreaterThan(0);
    expect(await charts.count()).toBe(1);
    expect(await charts.getAttribute('data-testid')).toBe('chart-people-by-county');
    expect(await charts.locator('h3').innerText()).toBe('People relocated, by county');
    expect(await charts.locator('.chart-source').innerText()).toMatch(/^Source: .*synthetic demo data/);
    expect(await charts.innerText()).toContain('Synthetic demo data');
    // The county filter of the address: two counties drawn.
    expect(await charts.locator('[role="img"]').getAttribute('aria-label')).toContain('counties shown (2)');
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'People relocated, by county']);

    for (const absent of [
      '[data-testid^="kpi-"]',
      '[data-testid="county-summary"]',
      'header',
      'h1',
      '[data-testid="filter-counties"]',
      '[data-testid="copy-link"]',
      '[data-testid="embed-button"]',
      '[data-testid="synthetic-banner"]',
      'footer',
    ]) {
      expect(await page.locator(absent).count(), absent).toBe(0);
    }
    // The card fills the frame's height, and the chart takes the room the title and source line leave.
    const card = await charts.boundingBox();
    expect(card?.height).toBeCloseTo(520, 0);
    const drawing = await charts.locator('[role="img"]').boundingBox();
    expect(drawing?.height).toBeGreaterThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(520);

    await page.waitForTimeout(400);
    await page.screenshot({ path: artifact('embed-people-by-county.png') });
  });

  it('show the real figures in Chinese by default, without a synthetic label', async () => {
    const { page } = await freshPage({ viewport: { width: 600, height: 440 } });
    await page.goto(daiCountyAddress(app.site.url, `?embed=relocation-composition`));
    const chart = page.getByTestId('chart-relocation-composition');
    await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid^="chart-"]').count()).toBe(1);
    expect(await chart.locator('h3').innerText()).toBe('搬迁人口构成');
    expect(await chart.locator('.chart-source').innerText()).toContain('新华网');
    expect(await chart.innerText()).not.toContain('虚构示例数据');
    expect(await page.locator('[data-testid^="kpi-"]').count()).toBe(0);
  });

  it.each(['province-tiles', 'progress'])('show the national %s alone, as the page offers to embed it', async (name) => {
    const { page: dashboard } = await freshPage();
    await dashboard.goto(app.site.url);
    const card = dashboard.getByTestId(`chart-${name}`);
    await card.locator('svg').first().waitFor();
    await card.getByTestId('embed-button').click();
    const snippet = await card.locator('textarea').inputValue();
    expect(snippet).toContain(`embed=${name}`);

    const { page } = await freshPage({ viewport: { width: 600, height: 640 } });
    await page.goto(`${app.site.url}?embed=${name}`);
    const chart = page.getByTestId(`chart-${name}`);
    await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid^="chart-"]').count()).toBe(1);
    expect(await chart.locator('h3').innerText()).toBe(await card.locator('h3').innerText());
    expect(await chart.locator('.chart-source').count()).toBe(1);
    for (const absent of ['[data-testid^="kpi-"]', '[data-testid="county-summary"]', 'header']) expect(await page.locator(absent).count(), absent).toBe(0);
    await page.screenshot({ path: artifact(`embed-${name}.png`) });
  });

  it('show the county map alone, with its legend, table and schematic disclaimer, and nothing else of the page', async () => {
    const { page } = await freshPage({ viewport: { width: 375, height: 700 } });
    await page.goto(daiCountyAddress(app.site.url, `?dataset=demo&embed=county-map`));
    const map = page.getByTestId('chart-county-map');
    await expect.poll(() => map.locator('svg path').count()).toBeGreaterThan(20);
    expect(await page.locator('[data-testid^="chart-"]').count()).toBe(1);
    expect(await map.innerText()).toContain('示意图，不作为权属界线依据');
    expect(await map.innerText()).toContain('虚构示例数据');
    for (const absent of ['[data-testid^="kpi-"]', '[data-testid="county-summary"]', 'header', '[data-testid="embed-button"]']) {
      expect(await page.locator(absent).count(), absent).toBe(0);
    }
    await map.getByTestId('map-measure').selectOption({ index: 1 });
    await expect.poll(() => map.locator('h3').innerText()).not.toBe('各县搬迁人口（地图）');
    await page.screenshot({ path: artifact('embed-county-map.png') });
  });

  it('each chart offers an iframe snippet of its own that follows the view and opens to that chart', async () => {
    const { context, page } = await freshPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.site.url).origin });
    await openDashboard(page, '?lang=en&dataset=demo');
    // The county map among them.
    await page.getByTestId('chart-county-map').getByTestId('embed-button').waitFor();
    expect(await page.getByTestId('embed-button').count()).toBe(await page.locator('[data-testid^="chart-"]').count());
    const card = page.getByTestId('chart-jobs-by-unit-type');
    await card.getByTestId('embed-button').click();
    expect(await card.getByTestId('embed-button').getAttribute('aria-expanded')).toBe('true');
    const code = card.getByTestId('embed-code');
    await code.waitFor();
    expect(await code.getAttribute('readonly')).not.toBeNull();

    const frameOf = (snippet: string) =>
      page.evaluate((html) => {
        const frames = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('iframe');
        const frame = frames[0];
        if (!frame) return null;
        const attribute = (name: string) => frame.getAttribute(name) ?? '';
        return {
          count: frames.length,
          src: attribute('src'),
          width: attribute('width'),
          height: attribute('height'),
          title: attribute('title'),
          loading: attribute('loading'),
        };
      }, snippet);

    // The snippet follows a change of view made while it is open.
    const filter = page.getByTestId('filter-counties');
    await filter.locator('summary').click();
    await filter.locator('input[value="140922"]').check();
    await filter.locator('summary').click();
    await expect.poll(async () => searchOf((await frameOf(await code.inputValue()))?.src ?? 'http://x/').get('counties')).toBe('140922');

    const snippet = await code.inputValue();
    const frame = await frameOf(snippet);
    const chartHeight = (await card.locator('[role="img"]').boundingBox())?.height ?? 0;
    expect(frame?.count).toBe(1);
    expect(frame?.src?.startsWith(app.site.url)).toBe(true);
    expect(Object.fromEntries(searchOf(frame?.src ?? ''))).toEqual({ lang: 'en', dataset: 'demo', counties: '140922', embed: 'jobs-by-unit-type' });
    expect(frame?.width).toBe('100%');
    expect(Number(frame?.height)).toBeGreaterThan(chartHeight + 60);
    expect(frame?.title).toBe(await card.locator('h3').innerText());
    expect(frame?.loading).toBe('lazy');
    await card.screenshot({ path: artifact('embed-code-panel.png') });

    await card.getByTestId('embed-copy').click();
    await expect.poll(() => card.getByTestId('embed-copy-status').innerText()).toBe('Code copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // The src opens to that chart alone.
    const opened = await freshPage();
    await opened.page.goto(frame?.src ?? '');
    const charts = opened.page.locator('[data-testid^="chart-"]');
    await expect.poll(() => charts.locator('svg path').count()).toBeGreaterThan(0);
    expect(await charts.count()).toBe(1);
    expect(await charts.getAttribute('data-testid')).toBe('chart-jobs-by-unit-type');
    expect(await charts.locator('h3').innerText()).toBe(frame?.title);

    // Pasted into another page, the snippet draws the chart, filling the frame.
    const host = await freshPage();
    await host.page.setContent(`<!doctype html><html><body style="margin:0"><p>A news story.</p>${snippet}</body></html>`);
    const embedded = host.page.frameLocator('iframe').locator('[data-testid^="chart-"]');
    await expect.poll(() => embedded.locator('svg path').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await embedded.count()).toBe(1);
    expect((await embedded.boundingBox())?.height).toBeCloseTo(Number(frame?.height), 0);
    await host.page.screenshot({ path: artifact('embed-in-host-page.png'), fullPage: true });
  });

  it('log no console errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
