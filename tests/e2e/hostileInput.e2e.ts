import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import Papa from 'papaparse';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { artifact, daiCountyAddress, servedApp } from './servedApp';
import { translator } from '../../src/i18n/translate';

/**
 * Hostile input (issue "uploaded text is never code"): every free-text column of every dataset is filled with
 * payloads, uploaded through the page's own control and applied, and then every place that shows or exports that
 * text is visited: the import report, chart tooltips, the county table and detail, the filter, the sources, the
 * loaded tables and data checks, both languages, every export and an embed. Nothing may run: no dialog, no
 * `window.__pwned`, no changed `document.title`, no payload element or inline handler in the DOM, no refusal by
 * the page's Content-Security-Policy (which would mean something tried); exports hold the payloads only as text.
 */

// 5,000 characters: markup at both ends, so a cut-off or an unescaped end would show.
const LONG = `<b>${'长'.repeat(2496)}${'long'.repeat(625)}</b>`.slice(0, 4996) + '</b>';

/** The corpus. Test data only; none of it is a real figure or name. */
const PAYLOADS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '<svg onload="window.__pwned=1">',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>">',
  '<img src=x onerror="document.title=\'pwned\'">',
  '&lt;b&gt;bold&lt;/b&gt;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '{@html "<img src=x onerror=alert(1)>"}',
  '${alert(1)}',
  "{{constructor.constructor('alert(1)')()}}",
  LONG,
  'rtl\u202Egpj.exe\u202C override',
  'zero\u200Bwidth\uFEFFjoiner',
  '{a|x}',
  '{b|}',
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '@SUM(A1)',
  // Control characters XML 1.0 forbids: an SVG export holding them raw would not open at all.
  'ctl\u0001\u0008\u000B\u001F\u007Fend',
];

/** Markup and template payloads, looked for word for word in tooltips and the county detail. */
const MARKUP = PAYLOADS.slice(0, 11);
/** The payloads of the first rows, which the import report previews. */
const PREVIEWED = PAYLOADS.slice(0, 5);

// County names: a payload name with a real code is accepted with a warning (or silently, when it ends in the
// official name), so these counties show a payload as their name everywhere the county appears.
const COUNTY_PAYLOADS: readonly (readonly [code: string, name: string])[] = [
  ['140924', '<img src=x onerror="window.__pwned=1">'],
  ['140925', '<script>window.__pwned=1</script>宁武县'],
  ['140926', '=HYPERLINK("http://x","y")'],
  ['140927', '{a|x}'],
];
const PAYLOAD_COUNTIES = COUNTY_PAYLOADS.map(([code]) => code);
const VALID_COUNTIES: readonly (readonly [string, string])[] = [
  ['140921', '定襄县'],
  ['140922', '五台县'],
  ['140923', '代县'],
];
const UNIT_TYPES = ['industrial_park', 'township_workshop', 'family_workshop', 'enterprise'];
const HEADER_PAYLOAD = '<img src=x onerror="window.__pwned=1">';

const zhTitle = translator('zh')('app.title');
const enTitle = translator('en')('app.title');

const app = servedApp();
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
let baseline: PageState;
let parser: Page;

function csv(rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse(
    rows.map((row) => row.map(String)),
    { newline: '\r\n' },
  );
}

interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A file to upload: given as bytes, so its name may hold what no file system allows (a slash). */
function upload(name: string, text: string): UploadFile {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

/** The payloads a text lacks (an empty list when it holds them all), without printing a 5,000-character diff. */
function missing(text: string, payloads: readonly string[]): string[] {
  return payloads.filter((payload) => !text.includes(payload)).map((payload) => payload.slice(0, 60));
}

function county(index: number): readonly [string, string] {
  return VALID_COUNTIES[index % VALID_COUNTIES.length]!;
}

// A title row above the header (skipped with a warning that quotes it), an unknown payload column (a warning
// naming it), a payload in every text column, payload county names, and rows a payload makes invalid.
function relocationCsv(): string {
  const header = [
    'county_code',
    'county',
    'period',
    'township',
    'site',
    'households',
    'people',
    'registered_poor_people',
    'whole_village_people',
    'scattered_people',
    'source',
    'note',
    HEADER_PAYLOAD,
  ];
  return csv([
    ['<script>window.__pwned=1</script>易地扶贫搬迁统计表'],
    header,
    ...PAYLOADS.map((p, i) => [...county(i), String(2016 + (i % 5)), p, p, 10 + i, 40 + i, 20, 10, 5, p, p, p]),
    ...COUNTY_PAYLOADS.map(([code, name], i) => [
      code,
      name,
      '2019',
      PAYLOADS[i]!,
      PAYLOADS[i + 1]!,
      5,
      15 + i,
      '',
      '',
      '',
      PAYLOADS[i]!,
      PAYLOADS[i + 2]!,
      '',
    ]),
    // Rejected: a payload where a number, a period and a known county code belong.
    ['140923', '代县', '2019', 'bad-number', '', '<svg onload="window.__pwned=1">', 30, '', '', '', PAYLOADS[0]!, '', ''],
    ['140923', '代县', '${alert(1)}', 'bad-period', '', 10, 30, '', '', '', '', '', ''],
    ['999999', '<img src=x onerror="window.__pwned=1">', '2019', 'bad-code', '', 10, 30, '', '', '', '', '', ''],
    ['140923', '代县', '2019', '=HYPERLINK("http://x","y")', '', '-1+1', 30, '', '', '', '@SUM(A1)', "+cmd|' /C calc'!A0", ''],
  ]);
}

// One row per household: household_id is free text too; appended to the relocation table.
function householdsCsv(): string {
  return csv([
    ['county_code', 'county', 'period', 'township', 'site', 'household_id', 'households', 'people', 'source', 'note'],
    ...PAYLOADS.map((p, i) => ['140923', '代县', '2020', 'household-town', 'household-site', p, 1, 3 + (i % 3), p, p]),
  ]);
}

function sitesCsv(): string {
  return csv([
    ['county_code', 'county', 'period', 'site', 'households', 'people', 'area_mu', 'opened', 'source', 'note'],
    ...PAYLOADS.map((p, i) => [...county(i), '2020', p, 10 + i, 30 + i, 5, 2019, p, p]),
    ['140923', '代县', '2020', 'bad-year', 10, 30, 5, '<img src=x onerror="window.__pwned=1">', '', ''],
  ]);
}

function jobsCsv(): string {
  return csv([
    ['county_code', 'county', 'period', 'unit', 'unit_type', 'units', 'jobs', 'relocated_workers', 'source', 'note'],
    ...PAYLOADS.map((p, i) => [...county(i), '2020', p, UNIT_TYPES[i % UNIT_TYPES.length]!, 1, 100 + i, 50 + i, p, p]),
    ['140923', '代县', '2020', 'bad-type', '<script>window.__pwned=1</script>', 1, 10, 5, '', ''],
  ]);
}

function incomeCsv(): string {
  return csv([
    ['county_code', 'county', 'period', 'mechanism', 'villages', 'households', 'people', 'income_gain_per_household_yuan', 'source', 'note'],
    ...PAYLOADS.map((p, i) => [...county(i), '2020', p, 3, 100 + i, 300 + i, 1000 + 50 * i, p, p]),
  ]);
}

// Resident population: its free text is the source and the note. A county and year once each.
function populationCsv(): string {
  return csv([
    ['county_code', 'county', 'period', 'population', 'source', 'note'],
    ...PAYLOADS.map((p, i) => [...county(i), String(2010 + Math.floor(i / VALID_COUNTIES.length)), 100_000 + i, p, p]),
  ]);
}

interface PageState {
  pwned: unknown;
  title: string;
  /** Elements a payload would make: an image with src "x", a frame with srcdoc, an inline script, an svg with onload. */
  elements: string[];
  /** Every inline event-handler attribute on the page (React never writes one). */
  handlers: string[];
  /** Links and frames to anything but http(s), blob or the page itself. */
  links: string[];
  /** Refusals by the page's Content-Security-Policy, if it has one: any would mean a payload tried to run or load. */
  violations: string[];
  /** Parts of the page that failed to render (the app's error boundaries). */
  failed: string[];
}

function pageState(target: Page): Promise<PageState> {
  return target.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      title: document.title,
      elements: [...document.querySelectorAll('img[src="x"], iframe, frame, object, embed, svg[onload], script:not([src]), foreignObject')].map((element) =>
        element.outerHTML.slice(0, 160),
      ),
      handlers: all.flatMap((element) =>
        [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
      ),
      links: [...document.querySelectorAll('a[href], area[href], [src], form[action], [formaction], [xlink\\:href]')]
        .map(
          (element) =>
            element.getAttribute('href') ??
            element.getAttribute('src') ??
            element.getAttribute('action') ??
            element.getAttribute('formaction') ??
            element.getAttribute('xlink:href') ??
            '',
        )
        .filter((address) => !['http:', 'https:', 'blob:'].includes(new URL(address, document.baseURI).protocol)),
      violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
      failed: [...document.querySelectorAll('[data-testid="view-failed"]')].map((element) => element.textContent ?? ''),
    };
  });
}

/** Nothing a payload holds has run or become markup on this page. */
async function expectNothingRan(target: Page = page, titles: readonly string[] = [zhTitle, enTitle]): Promise<void> {
  const state = await pageState(target);
  expect(state.pwned).toBeUndefined();
  expect(titles).toContain(state.title);
  expect(state.elements).toEqual(baseline.elements);
  expect(state.handlers).toEqual([]);
  expect(state.links).toEqual([]);
  expect(state.violations).toEqual([]);
  expect(state.failed).toEqual([]);
  expect(dialogs).toEqual([]);
}

function watch(target: Page): Page {
  target.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  target.on('pageerror', (error) => pageErrors.push(error.message));
  return target;
}

async function openPage(query = ''): Promise<Page> {
  const opened = watch(await context.newPage());
  await opened.goto(daiCountyAddress(app.site.url, query));
  return opened;
}

async function chartsDrawn(target: Page = page): Promise<void> {
  await target.waitForFunction(() => document.querySelectorAll('.echart').length > 0 && document.querySelector('.echart[data-pending]') === null);
}

async function download(target: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const event: Promise<Download> = target.waitForEvent('download');
  await click();
  const file = await event;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Uploads one file, answering the which-dataset question if the header fits two, and waits for the report. */
async function uploadAndReport(file: UploadFile, datasetId: string): Promise<Locator> {
  await page.getByTestId('upload-input').setInputFiles(file);
  const report = page.getByTestId('import-report');
  const question = page.getByTestId('import-question');
  await report.or(question).first().waitFor({ timeout: 30_000 });
  if (await question.isVisible()) {
    await question.locator(`input[value="${datasetId}"]`).check();
    await page.getByTestId('import-choose-dataset').click();
    await report.waitFor();
  }
  return report;
}

async function applyReport(mode: 'replace' | 'append' = 'replace'): Promise<void> {
  if (mode === 'append') await page.getByTestId('import-append').check();
  await page.getByTestId('import-apply').click();
  await expect.poll(() => page.getByTestId('import-report').count()).toBe(0);
}

// A cell that starts with what a spreadsheet reads as a formula must have been neutralised (it then starts with
// an apostrophe), unless it is a plain number.
const FORMULA_START = /^[=+\-@\t\r\n\0]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

function csvCells(bytes: Buffer): string[] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.flat();
}

function expectSpreadsheetSafe(cells: readonly string[]): void {
  const live = cells.filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell));
  expect(live).toEqual([]);
}

/** An SVG export holds payloads only as escaped text: no script, image, frame or handler, and it is well-formed XML. */
async function expectSafeSvg(svg: string): Promise<void> {
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/<img/i);
  expect(svg).not.toMatch(/<iframe/i);
  expect(svg).not.toMatch(/<foreignObject/i);
  // Text content never holds a raw "<", so every "<" opens a real tag: no tag carries an on… attribute.
  expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  // Parsed in a blank page of its own: the app's Content-Security-Policy would (rightly) refuse the <style> that
  // ECharts writes into the SVG, and report that refusal as if the page had tried something.
  const parsed = await parser.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const elements = [...doc.querySelectorAll('*')];
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      tags: [...new Set(elements.map((element) => element.tagName))],
      handlers: elements.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name)),
    };
  }, svg);
  expect(parsed.errors).toBe(0);
  expect(parsed.handlers).toEqual([]);
  for (const tag of parsed.tags)
    expect([
      'svg',
      'g',
      'path',
      'text',
      'tspan',
      'rect',
      'defs',
      'clipPath',
      'style',
      'line',
      'polyline',
      'polygon',
      'circle',
      'linearGradient',
      'stop',
      'pattern',
    ]).toContain(tag);
}

/** The text of ECharts' tooltip in a chart, while it shows. */
function tooltipText(chart: Locator): Promise<{ text: string; tags: string[] } | null> {
  return chart.locator('.echart').evaluate((element) => {
    const tip = [...element.querySelectorAll('div')].find(
      (div) =>
        div.style.position === 'absolute' &&
        div.style.display !== 'none' &&
        div.style.visibility !== 'hidden' &&
        div.style.opacity !== '0' &&
        (div.textContent ?? '').trim() !== '',
    );
    return tip ? { text: tip.innerText, tags: [...new Set([...tip.querySelectorAll('*')].map((child) => child.tagName))] } : null;
  });
}

/** Moves the mouse over a chart at many points, collecting each tooltip shown. */
async function hoverChart(chart: Locator): Promise<string[]> {
  // The chart itself, not its card: a card citing a 5,000-character source is taller than the window.
  await chart.locator('.echart').scrollIntoViewIfNeeded();
  const box = await chart.locator('.echart').boundingBox();
  if (!box) throw new Error('chart has no box');
  const seen = new Set<string>();
  // A row every 20 px or so, finer than the bars (34 px each, or 20 px for many); three columns, as bars start at
  // the left and a map sits in the middle of its card.
  const rows = Math.min(40, Math.max(6, Math.round(box.height / 20)));
  for (const across of [0.35, 0.5, 0.7]) {
    for (let step = 0; step < rows; step++) {
      const y = box.y + (box.height * (step + 0.5)) / rows;
      if (y < 0 || y > 900) continue;
      await page.mouse.move(box.x + box.width * across, y);
      await page.waitForTimeout(15);
      const tip = await tooltipText(chart);
      if (tip) {
        // Our formatters write text and line breaks only; ECharts' own markers are spans.
        for (const tag of tip.tags) expect(['BR', 'SPAN', 'DIV']).toContain(tag);
        seen.add(tip.text);
      }
    }
  }
  return [...seen];
}

/** A screenshot for a person to look at. The caret is left as it is: hiding it, Playwright would add a style
 * element of its own, which the page's Content-Security-Policy refuses, and that refusal would be the test's. */
async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: artifact(name), caret: 'initial' });
}

beforeAll(async () => {
  context = await app.browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  // Every refusal a Content-Security-Policy makes is an event on the document: collected before the page's scripts.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  parser = await context.newPage();
  page = await openPage();
  await page.getByTestId('kpi-relocated-people').filter({ hasText: /\d/ }).waitFor();
  baseline = await pageState(page);
});

describe('hostile text in uploaded files', () => {
  it('starts from a page with no payload-like elements of its own', () => {
    expect(baseline.elements).toEqual([]);
    expect(baseline.handlers).toEqual([]);
    expect(baseline.title).toBe(zhTitle);
  });

  it('reports a relocation file full of payloads as text, warnings and errors included', async () => {
    const report = await uploadAndReport(upload('<img src=x onerror="window.__pwned=1">relocation.csv', relocationCsv()), 'relocation');
    const text = await report.innerText();
    // The file name, the preview, the skipped title row, the unknown column and the bad cells, all as text.
    expect(text).toContain('<img src=x onerror="window.__pwned=1">relocation.csv');
    expect(
      missing(text, [
        '<script>window.__pwned=1</script>',
        '<img src=x onerror="window.__pwned=1">',
        '<svg onload="window.__pwned=1">',
        '${alert(1)}',
        ...PREVIEWED,
      ]),
    ).toEqual([]);
    const problems = await page.getByTestId('import-error').allInnerTexts();
    expect(problems.some((problem) => problem.includes('<script>window.__pwned=1</script>易地扶贫搬迁统计表'))).toBe(true);
    expect(problems.some((problem) => problem.includes(HEADER_PAYLOAD))).toBe(true);
    expect(problems.some((problem) => problem.includes('<svg onload="window.__pwned=1">'))).toBe(true);
    expect(problems.some((problem) => problem.includes('<img src=x onerror="window.__pwned=1">') && problem.includes('140924'))).toBe(true);
    // The preview's cells are text nodes only: no element inside a cell.
    expect(await report.locator('.preview-table td *').count()).toBe(0);
    await expectNothingRan();
    await report.evaluate((element) => element.scrollTo(0, 0));
    await screenshot('hostile-import-report.png');

    const rejected = await download(page, () => page.getByTestId('import-download-rejected').click());
    const cells = csvCells(rejected.bytes);
    expectSpreadsheetSafe(cells);
    expect(cells).toContain('\'=HYPERLINK("http://x","y")');
    expect(cells).toContain("'-1+1");
    expect(cells).toContain("'@SUM(A1)");
    expect(cells).toContain("'+cmd|' /C calc'!A0");
    await applyReport();
    await expectNothingRan();
  });

  it('appends a household-level file whose household numbers are payloads', async () => {
    const report = await uploadAndReport(upload('households.csv', householdsCsv()), 'relocation');
    expect(await report.innerText()).toContain('<script>window.__pwned=1</script>');
    await expectNothingRan();
    await applyReport('append');
  });

  it('reports and applies sites, jobs, income and population files full of payloads', async () => {
    const files: readonly [string, string, string][] = [
      ['"><iframe srcdoc="<script>parent.__pwned=1</script>">sites.csv', sitesCsv(), 'sites'],
      ['jobs.csv', jobsCsv(), 'jobs'],
      ["{{constructor.constructor('alert(1)')()}}income.csv", incomeCsv(), 'income'],
      ['${alert(1)}population.csv', populationCsv(), 'population'],
    ];
    for (const [name, text, datasetId] of files) {
      const report = await uploadAndReport(upload(name, text), datasetId);
      const shown = await report.innerText();
      expect(shown).toContain(name);
      expect(missing(shown, PREVIEWED)).toEqual([]);
      await expectNothingRan();
      await applyReport();
      await expectNothingRan();
    }
    const loaded = await page.getByTestId('loaded-tables').innerText();
    for (const [name] of files) expect(loaded).toContain(name);
    expect(await page.locator('[data-testid="loaded-tables"] tr[data-source="upload"]').count()).toBe(files.length + 1);
  });

  it('shows every payload as text in the charts’ tooltips', async () => {
    await chartsDrawn();
    const seen: string[] = [];
    for (const chart of await page.locator('[data-testid^="chart-"]').all()) {
      const tips = await hoverChart(chart);
      expect(tips.length, (await chart.getAttribute('data-testid')) ?? '').toBeGreaterThan(0);
      seen.push(...tips);
      await expectNothingRan();
    }
    const mechanisms = page.getByTestId('chart-income-by-mechanism');
    const all = seen.join('\n');
    expect(missing(all, [...MARKUP, '{a|x}', '{b|}', '=HYPERLINK("http://x","y")', '@SUM(A1)'])).toEqual([]);
    await expectNothingRan();

    // A tooltip on a payload, for a person to look at.
    await mechanisms.locator('.echart').scrollIntoViewIfNeeded();
    const box = (await mechanisms.locator('.echart').boundingBox())!;
    for (let y = box.y + 10; y < Math.min(box.y + box.height, 880); y += 12) {
      await page.mouse.move(box.x + box.width * 0.6, y);
      if ((await tooltipText(mechanisms))?.text.includes('<img src=x onerror')) break;
    }
    // ECharts fades its tooltip in over 200 ms.
    await page.waitForTimeout(400);
    await screenshot('hostile-tooltip.png');
  }, 180_000);

  it('shows payload county names and payload sources as text in the table, the filter and the county detail', async () => {
    const table = page.getByTestId('county-summary');
    const tableText = await table.innerText();
    expect(
      missing(
        tableText,
        COUNTY_PAYLOADS.map(([, name]) => name),
      ),
    ).toEqual([]);
    await page.getByTestId('filter-counties').locator('summary').click();
    const filterText = await page.getByTestId('filter-counties').innerText();
    expect(
      missing(
        filterText,
        COUNTY_PAYLOADS.map(([, name]) => name),
      ),
    ).toEqual([]);
    await page.getByTestId('filter-counties').locator('summary').click();
    expect(await page.getByTestId('sources').innerText()).toContain('javascript:window.__pwned=1');
    // Sources are cited, never linked: no link at all in the sources list.
    expect(await page.locator('[data-testid="sources"] a').count()).toBe(0);

    for (const code of ['140923', '140924', '140925']) {
      await page.locator(`tr[data-county-code="${code}"] th button`).click();
      const detail = page.locator('dialog[open][data-testid="county-detail"]');
      await detail.waitFor();
      const text = await detail.innerText();
      // 代县 holds every third payload row of each file (and the household file's sources and notes).
      const expected = code === '140923' ? PAYLOADS.filter((_, i) => i % VALID_COUNTIES.length === 2) : [COUNTY_PAYLOADS.find(([c]) => c === code)![1]];
      expect(
        missing(
          text,
          expected.filter((payload) => !payload.startsWith('ctl')),
        ),
      ).toEqual([]);
      await expectNothingRan();
      await page.keyboard.press('Escape');
      await expect.poll(() => detail.count()).toBe(0);
    }
  });

  it('keeps the data checks and loaded tables as text', async () => {
    const checks = page.getByTestId('data-checks');
    if ((await checks.count()) > 0) {
      await checks.locator('summary').click();
      await checks.innerText();
    }
    expect(await page.getByTestId('loaded-tables').innerText()).toContain('<img src=x onerror="window.__pwned=1">relocation.csv');
    await expectNothingRan();
  });

  it('does the same in English', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.evaluate(() => document.title)).toBe(enTitle);
    await chartsDrawn();
    for (const name of ['people-by-county', 'income-by-mechanism', 'jobs-by-county']) {
      expect((await hoverChart(page.getByTestId(`chart-${name}`))).length).toBeGreaterThan(0);
    }
    await page.locator('tr[data-county-code="140924"] th button').click();
    const detail = page.locator('dialog[open][data-testid="county-detail"]');
    expect(missing(await detail.innerText(), ['<img src=x onerror="window.__pwned=1">'])).toEqual([]);
    await page.keyboard.press('Escape');
    await expectNothingRan();
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.evaluate(() => document.title)).toBe(zhTitle);
  }, 120_000);

  it('exports every chart with the payloads as text only: SVG escaped and well-formed, CSV neutralised, PNG drawn', async () => {
    const names = await page
      .locator('[data-testid^="chart-"]')
      .evaluateAll((charts) => charts.map((chart) => chart.getAttribute('data-testid')!.replace(/^chart-/, '')));
    // The seven charts, and any added since (a county map).
    expect(names.length).toBeGreaterThanOrEqual(7);
    const svgs: Record<string, string> = {};
    for (const name of names) {
      // A tab per chart: Chromium holds back a tab's downloads after many in quick succession.
      const tab = await openPage();
      await chartsDrawn(tab);
      const chart = tab.getByTestId(`chart-${name}`);
      const svg = (await download(tab, () => chart.getByTestId('export-svg').click())).bytes.toString('utf8');
      await expectSafeSvg(svg);
      // Every chart's footer cites its sources, payloads among them, escaped.
      expect(svg).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
      svgs[name] = svg;
      const cells = csvCells((await download(tab, () => chart.getByTestId('export-csv').click())).bytes);
      expectSpreadsheetSafe(cells);
      const png = (await download(tab, () => chart.getByTestId('export-png').click())).bytes;
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(await chart.getByRole('alert').count()).toBe(0);
      await expectNothingRan(tab);
      await tab.close();
    }
    // Rich-text markup stays literal: ECharts draws "{a|x}" as those five characters, not as a styled "x".
    expect(svgs['income-by-mechanism']).toContain('>{a|x}<');
    expect(svgs['income-by-mechanism']).toContain('>{b|}<');
    expect(svgs['income-by-mechanism']).toContain('&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;');
    expect(svgs['people-by-county']).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    writeFileSync(artifact('hostile-income-by-mechanism.svg'), svgs['income-by-mechanism']!);
  }, 120_000);

  it('names payload counties in an exported image’s subtitle as text, when they are the counties chosen', async () => {
    const tab = await openPage(`?counties=${[...PAYLOAD_COUNTIES, '140923'].join(',')}`);
    await chartsDrawn(tab);
    const chart = tab.getByTestId('chart-people-by-county');
    const svg = (await download(tab, () => chart.getByTestId('export-svg').click())).bytes.toString('utf8');
    await expectSafeSvg(svg);
    expect(svg).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;宁武县');
    expect(svg).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
    const cells = csvCells((await download(tab, () => chart.getByTestId('export-csv').click())).bytes);
    expectSpreadsheetSafe(cells);
    expect(cells).toContain('\'=HYPERLINK("http://x","y")');
    await expectNothingRan(tab);
    await tab.close();
  });

  it('exports the county table as CSV with formula-like names neutralised, and as a workbook of text cells', async () => {
    const tab = await openPage();
    await tab.getByTestId('county-summary').waitFor();
    const cells = csvCells((await download(tab, () => tab.getByTestId('export-table-csv').click())).bytes);
    expectSpreadsheetSafe(cells);
    expect(cells).toContain('\'=HYPERLINK("http://x","y")');
    expect(cells).toContain('<img src=x onerror="window.__pwned=1">');

    const xlsx = unzip((await download(tab, () => tab.getByTestId('export-table-xlsx').click())).bytes);
    const sheet = [...xlsx].find(([path]) => /^xl\/worksheets\/sheet\d*\.xml$/.test(path))?.[1] ?? '';
    const strings = xlsx.get('xl/sharedStrings.xml') ?? '';
    expect(sheet).not.toMatch(/<f[\s>]/);
    expect(sheet + strings).toContain('=HYPERLINK("http://x","y")');
    expect(sheet + strings).toContain('&lt;img src=x onerror=');
    expect(sheet + strings).not.toMatch(/<img|<script/);
    await expectNothingRan(tab);
    await tab.close();
  });

  it('opens an embedded chart with nothing running', async () => {
    const tab = await openPage('?embed=income-by-mechanism');
    await tab.getByTestId('embed-view').waitFor();
    await chartsDrawn(tab);
    const chart = tab.getByTestId('chart-income-by-mechanism');
    const box = (await chart.locator('.echart').boundingBox())!;
    for (let y = box.y + 5; y < box.y + box.height; y += 15) await tab.mouse.move(box.x + box.width * 0.6, y);
    await expectNothingRan(tab, [translator('zh')('chart.income-by-mechanism.title')]);
    await tab.close();
  });

  it('ran nothing in the whole session, and raised no page errors', async () => {
    await expectNothingRan();
    expect(pageErrors).toEqual([]);
  });
});

/** The files of a zip archive (an .xlsx) as text: enough of the format to read what write-excel-file writes. */
function unzip(bytes: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(offset + 10);
    const size = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const local = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
