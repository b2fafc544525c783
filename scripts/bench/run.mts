/// <reference lib="dom" />
/**
 * The import benchmark (npm run bench): builds the app, serves the production build, and drives Debian's
 * Chromium through the upload control a user uses, with every shape of file shapes.ts generates (UTF-8, and GBK
 * as Excel saves a CSV on a Chinese Windows), at 100,000 and 1,000,000 rows, and once the 10,000,000-row roster
 * streamed to disk. Prints one table; figures, never pass/fail. Ratios are taken within one run.
 *
 * BENCH_ROWS (100000,1000000), BENCH_SHAPES (all), BENCH_GBK_ROWS (which sizes also run as GBK: 100000,1000000),
 * BENCH_HUGE_ROWS (10000000; 0 skips it), BENCH_TIMEOUT_S (per import, 300) choose what runs.
 */
import { execSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/browser';
import { serveStatic } from '../../tests/e2e/staticServer';
import iconv from 'iconv-lite';
import { SHAPES, SHAPE_NAMES, type ShapeName } from './shapes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}artifacts/bench/`;
const numbers = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').filter(Boolean).map(Number);
const SIZES = numbers('BENCH_ROWS', '100000,1000000');
const GBK_SIZES = new Set(numbers('BENCH_GBK_ROWS', '100000,1000000'));
const HUGE_ROWS = numbers('BENCH_HUGE_ROWS', '10000000')[0] ?? 0;
const SHAPES_RUN = (process.env['BENCH_SHAPES']?.split(',') ?? SHAPE_NAMES) as ShapeName[];
const TIMEOUT_MS = Number(process.env['BENCH_TIMEOUT_S'] ?? 300) * 1000;

type Encoding = 'utf-8' | 'gbk';

interface BenchFile {
  path: string;
  shape: ShapeName;
  encoding: Encoding;
  rows: number;
  people: number;
}

interface Row {
  shape: ShapeName;
  encoding: Encoding;
  rows: number;
  mb: number;
  reportMs: number;
  kpisMs: number;
  papaMs: number;
  /** Set when the import did not finish in time: the figures then say how far it got. */
  timedOut: boolean;
  longestTaskMs: number;
  peakHeapMb: number;
  peopleShown: string;
  peopleInFile: number;
}

/** Writes a shape's file to disk piece by piece (a 10,000,000-row file never is one string), counting its people. */
async function writeShapeFile(shape: ShapeName, rows: number, encoding: Encoding): Promise<BenchFile> {
  const path = `${OUT}${shape}-${rows}-${encoding}.csv`;
  const stream = createWriteStream(path);
  let people = 0;
  for (const piece of SHAPES[shape].pieces(rows)) {
    // The generators write no quotes and CRLF line ends, so a split reads their cells; data lines start with a code.
    for (const line of piece.split('\r\n')) {
      const cells = line.split(',');
      if (/^\d{6}$/.test(cells[0] ?? '')) people += SHAPES[shape].peopleOfLine(cells);
    }
    const bytes = encoding === 'gbk' ? iconv.encode(piece, 'gbk') : piece;
    if (!stream.write(bytes)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { path, shape, encoding, rows, people };
}

/** The JavaScript the first page load fetches: the entry script and what it preloads, gzipped. */
function initialJsGzipKb(): number {
  const html = readFileSync(`${ROOT}dist/index.html`, 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(`${ROOT}dist/${file}`)).length, 0) / 1000;
}

// Installed before the page's own scripts: long tasks, when a file is chosen and applied, when the first KPI shows.
function instrumentPage(): void {
  const w = window as unknown as Record<string, unknown>;
  const longTasks: { start: number; duration: number }[] = [];
  w['__longTasks'] = longTasks;
  // 'longtask' is Chromium's entry type, missing from TypeScript's list of them.
  const longTaskOptions = { type: 'longtask', buffered: true } as unknown as PerformanceObserverInit;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push({ start: entry.startTime, duration: entry.duration }))).observe(
    longTaskOptions,
  );
  document.addEventListener(
    'change',
    () => {
      w['__chosenAt'] = performance.now();
      w['__reportAt'] = undefined;
    },
    true,
  );
  // When the report's Apply can be used, seen by the page itself: Playwright's own waits poll every 500 ms.
  const report = new MutationObserver(() => {
    const apply = document.querySelector<HTMLButtonElement>('[data-testid="import-apply"]');
    if (apply && !apply.disabled && w['__chosenAt'] !== undefined && w['__reportAt'] === undefined) w['__reportAt'] = performance.now();
  });
  document.addEventListener('DOMContentLoaded', () =>
    report.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] }),
  );
  document.addEventListener(
    'click',
    (event: Event) => {
      if ((event.target as Element | null)?.closest?.('[data-testid="import-apply"]')) w['__appliedAt'] = performance.now();
    },
    true,
  );
  const firstKpi = new MutationObserver(() => {
    const kpi = document.querySelector('[data-testid="kpi-relocated-people"]');
    if (kpi && /\d/.test(kpi.textContent ?? '') && w['__firstKpiAt'] === undefined) {
      w['__firstKpiAt'] = performance.now();
      firstKpi.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () => firstKpi.observe(document.body, { subtree: true, childList: true, characterData: true }));
}

/**
 * Samples the JS heap of the page and of its workers (the importer runs in one) every 50 ms over CDP, and keeps
 * the highest sum. Workers are reached through the page's session without flattening, the one way CDP lets a
 * second client talk to targets Playwright already drives.
 */
async function sampleHeap(page: Page): Promise<{ stop: () => Promise<number> }> {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  const pending = new Map<number, (used: number) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workers.add(event.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (event) => workers.delete(event.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
    if (message.id !== undefined) pending.get(message.id)?.(message.result?.usedSize ?? 0);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const workerHeap = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      setTimeout(() => resolve(0), 1000);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => resolve(0));
    });
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const main = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
      const inWorkers = await Promise.all([...workers].map(workerHeap));
      peak = Math.max(peak, main.usedSize + inWorkers.reduce((sum, used) => sum + used, 0));
      if (process.env['BENCH_VERBOSE'] && inWorkers.length > 0 && peak === main.usedSize + inWorkers.reduce((sum, used) => sum + used, 0))
        console.log('heap sample: page', (main.usedSize / 1e6).toFixed(0), 'MB, workers', inWorkers.map((used) => (used / 1e6).toFixed(0)).join('+'), 'MB');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await cdp.detach();
      return peak;
    },
  };
}

/** PapaParse alone, in the same browser, on the same bytes: decoded to text, then parsed to string arrays. */
async function papaParseMs(page: Page, path: string, encoding: Encoding): Promise<number> {
  await page.addScriptTag({ path: `${ROOT}node_modules/papaparse/papaparse.min.js` });
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-baseline';
    input.hidden = true;
    document.body.append(input);
  });
  await page.setInputFiles('#bench-baseline', path);
  return page.evaluate(async (encoding) => {
    const file = (document.getElementById('bench-baseline') as HTMLInputElement).files![0]!;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const papa = (window as unknown as { Papa: { parse: (text: string) => { data: unknown[] } } }).Papa;
    const start = performance.now();
    papa.parse(new TextDecoder(encoding).decode(bytes));
    return performance.now() - start;
  }, encoding);
}

/** Waits for `condition` until the import's deadline; false when it passed first. */
async function before(deadline: number, condition: () => Promise<unknown>): Promise<boolean> {
  try {
    await condition();
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError' && Date.now() >= deadline - 1000) return false;
    throw error;
  }
}

type Measured = Omit<Row, 'shape' | 'encoding' | 'rows' | 'mb' | 'papaMs'>;

async function measureImport(page: Page, file: BenchFile, sampleHeapToo: boolean): Promise<Measured> {
  const kpi = page.getByTestId('kpi-relocated-people');
  const old = await kpi.textContent();
  const deadline = Date.now() + TIMEOUT_MS;
  const left = () => Math.max(1, deadline - Date.now());
  // The heap is sampled in a run of its own, so that polling it over CDP cannot slow the run that is timed.
  const heap = sampleHeapToo ? await sampleHeap(page) : null;
  const timedOut = async (): Promise<Measured> => ({
    reportMs: NaN,
    kpisMs: NaN,
    timedOut: true,
    longestTaskMs: NaN,
    peakHeapMb: heap ? (await heap.stop()) / 1e6 : NaN,
    peopleShown: '',
    peopleInFile: file.people,
  });
  await page.getByTestId('upload-input').setInputFiles(file.path);
  const reported = await before(deadline, async () => {
    await page.waitForFunction(() => (window as unknown as Record<string, unknown>)['__reportAt'] !== undefined, undefined, {
      timeout: left(),
      polling: 'raf',
    });
  });
  if (!reported) return timedOut();
  const reportAt = await page.evaluate(() => (window as unknown as Record<string, number>)['__reportAt']!);
  // BENCH_PROFILE=1 records a CPU profile of the page from Apply to the charts (for a build with --minify false).
  const profiler = process.env['BENCH_PROFILE'] ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.start');
  }
  await page.getByTestId('import-apply').click();
  const drawn = await before(deadline, async () => {
    await page.waitForFunction((old) => document.querySelector('[data-testid="kpi-relocated-people"]')?.textContent !== old, old, {
      timeout: left(),
      polling: 'raf',
    });
    // Charts draw one per task after the KPIs; the figures count once every chart has drawn and been painted.
    await page.waitForFunction(() => document.querySelector('.echart[data-pending]') === null, undefined, { timeout: left(), polling: 'raf' });
  });
  if (!drawn) return timedOut();
  const marks = await page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const w = window as unknown as Record<string, number>;
            resolve({ chosen: w['__chosenAt']!, applied: w['__appliedAt']!, done: performance.now() });
          }),
        ),
      ),
  );
  if (profiler) writeFileSync(`${OUT}apply.cpuprofile`, JSON.stringify((await profiler.send('Profiler.stop')).profile));
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  const during = longTasks.filter((task) => task.start + task.duration >= marks['chosen']! && task.start <= marks['done']!);
  if (process.env['BENCH_VERBOSE']) {
    const at = (time: number) => (time - marks['chosen']!).toFixed(0);
    console.log(
      `report ${at(reportAt)}, applied ${at(marks['applied']!)}, done ${at(marks['done']!)}; long tasks:`,
      during.map((task) => `${at(task.start)}+${task.duration.toFixed(0)}`).join(' '),
    );
  }
  return {
    reportMs: reportAt - marks['chosen']!,
    kpisMs: reportAt - marks['chosen']! + (marks['done']! - marks['applied']!),
    timedOut: false,
    longestTaskMs: during.reduce((longest, task) => Math.max(longest, task.duration), 0),
    peakHeapMb: heap ? (await heap.stop()) / 1e6 : NaN,
    peopleShown: (await kpi.textContent()) ?? '',
    peopleInFile: file.people,
  };
}

/** The files the run imports, in order: each size's shapes, each also as GBK where asked, then the huge roster. */
function plannedFiles(): { shape: ShapeName; rows: number; encoding: Encoding }[] {
  const planned = SIZES.flatMap((rows) =>
    SHAPES_RUN.flatMap((shape) => [{ shape, rows, encoding: 'utf-8' as const }, ...(GBK_SIZES.has(rows) ? [{ shape, rows, encoding: 'gbk' as const }] : [])]),
  );
  if (HUGE_ROWS > 0) planned.push({ shape: 'households-few-groups', rows: HUGE_ROWS, encoding: 'utf-8' });
  return planned;
}

const figure = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

function tableOf(rows: readonly Row[], firstKpiMs: number): string {
  return [
    '| shape | encoding | rows | MB | ms to report | ms to KPIs and charts | PapaParse alone, ms | ratio | longest main-thread task, ms | peak JS heap (page + workers), MB | heap ÷ file | people KPI | people in file |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows
      .map((row) =>
        [
          row.shape,
          row.encoding,
          row.rows.toLocaleString('en'),
          figure(row.mb, 1),
          row.timedOut ? `> ${TIMEOUT_MS / 1000} s` : figure(row.reportMs),
          row.timedOut ? `> ${TIMEOUT_MS / 1000} s` : figure(row.kpisMs),
          figure(row.papaMs),
          figure(row.kpisMs / row.papaMs, 2),
          figure(row.longestTaskMs),
          figure(row.peakHeapMb),
          figure(row.peakHeapMb / row.mb, 2),
          row.peopleShown || '—',
          row.peopleInFile.toLocaleString('en'),
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
    '',
    `Initial JavaScript: ${initialJsGzipKb().toFixed(1)} kB gzipped. First KPI shown ${firstKpiMs.toFixed(0)} ms after navigation (local server).`,
  ].join('\n');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (!process.env['BENCH_SKIP_BUILD']) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  const site = await serveStatic(`${ROOT}dist`);
  const browser = await launchChromium();
  const rows: Row[] = [];
  let firstKpiMs = 0;
  // Each measurement in a fresh page: the app's import timed, the app's import with its heap sampled, and the
  // baseline, so that none warms another.
  const importInFreshPage = async (file: BenchFile, sampleHeapToo: boolean) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(instrumentPage);
    await page.goto(site.url);
    await page.getByTestId('kpi-relocated-people').filter({ hasText: /\d/ }).waitFor();
    firstKpiMs = await page.evaluate(() => (window as unknown as { __firstKpiAt: number }).__firstKpiAt);
    // As a person would, the file is chosen once the page has finished loading: every chart drawn, no request
    // pending, and a moment's pause (choosing a file takes longer than that).
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.querySelector('.echart[data-pending]') === null);
    await page.waitForTimeout(1000);
    const result = await measureImport(page, file, sampleHeapToo);
    await context.close();
    return result;
  };
  try {
    for (const { shape, rows: count, encoding } of plannedFiles()) {
      const file = await writeShapeFile(shape, count, encoding);
      const mb = statSync(file.path).size / 1e6;
      const huge = count === HUGE_ROWS;
      // The huge file runs once, its heap sampled: its times are the sampled run's.
      const measured = await importInFreshPage(file, huge);
      const peakHeapMb = huge ? measured.peakHeapMb : (await importInFreshPage(file, true)).peakHeapMb;
      // The baseline page adds PapaParse as an inline script, which the app's own policy rightly refuses. A file
      // past a gigabyte is more than one string can hold: PapaParse alone cannot read it at all.
      let papaMs = NaN;
      if (mb < 500) {
        const baselineContext = await browser.newContext({ bypassCSP: true });
        const baselinePage = await baselineContext.newPage();
        await baselinePage.goto(site.url);
        papaMs = await papaParseMs(baselinePage, file.path, encoding);
        await baselineContext.close();
      }
      rmSync(file.path);
      const row = { shape, encoding, rows: count, mb, papaMs, ...measured, peakHeapMb };
      rows.push(row);
      console.log(tableOf([row], firstKpiMs).split('\n')[2]);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const table = tableOf(rows, firstKpiMs);
  console.log(`\n${table}`);
  writeFileSync(`${OUT}latest.md`, `${table}\n`);
}

await main();
