/// <reference lib="dom" />
/**
 * The import benchmark (npm run bench): builds the app, serves the production build, and drives Debian's
 * Chromium through the upload control a user uses, with the 100,000- and 1,000,000-row household files that
 * householdCsv.ts generates. Prints one table; figures, never pass/fail. Ratios are taken within one run.
 */
import { execSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/browser';
import { serveStatic } from '../../tests/e2e/staticServer';
import { householdCsvPieces } from './householdCsv';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}artifacts/bench/`;
const SIZES = (process.env['BENCH_ROWS'] ?? '100000,1000000').split(',').map(Number);

interface Row {
  rows: number;
  mb: number;
  reportMs: number;
  kpisMs: number;
  papaMs: number;
  longestTaskMs: number;
  peakHeapMb: number;
  peopleShown: string;
  peopleInFile: number;
}

async function writeHouseholdFile(rows: number): Promise<{ path: string; people: number }> {
  const path = `${OUT}households-${rows}.csv`;
  const stream = createWriteStream(path);
  let people = 0;
  for (const piece of householdCsvPieces(rows)) {
    // People is the 8th column; the generator writes no quotes, so a split reads it.
    for (const line of piece.split('\r\n')) {
      const cells = line.split(',');
      if (cells.length > 8 && /^\d+$/.test(cells[7]!)) people += Number(cells[7]);
    }
    if (!stream.write(piece)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { path, people };
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
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push({ start: entry.startTime, duration: entry.duration }))).observe(longTaskOptions);
  document.addEventListener('change', () => (w['__chosenAt'] = performance.now()), true);
  document.addEventListener('click', (event: Event) => {
    if ((event.target as Element | null)?.closest?.('[data-testid="import-apply"]')) w['__appliedAt'] = performance.now();
  }, true);
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
      if (process.env['BENCH_VERBOSE'] && inWorkers.length > 0 && peak === main.usedSize + inWorkers.reduce((sum, used) => sum + used, 0)) console.log('heap sample: page', (main.usedSize / 1e6).toFixed(0), 'MB, workers', inWorkers.map((used) => (used / 1e6).toFixed(0)).join('+'), 'MB');
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

/** PapaParse alone, in the same browser, on the same bytes: the text decoded first, then parsed to string arrays. */
async function papaParseMs(page: Page, path: string): Promise<number> {
  await page.addScriptTag({ path: `${ROOT}node_modules/papaparse/papaparse.min.js` });
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-baseline';
    input.hidden = true;
    document.body.append(input);
  });
  await page.setInputFiles('#bench-baseline', path);
  return page.evaluate(async () => {
    const file = (document.getElementById('bench-baseline') as HTMLInputElement).files![0]!;
    const text = await file.text();
    const papa = (window as unknown as { Papa: { parse: (text: string) => { data: unknown[] } } }).Papa;
    const start = performance.now();
    papa.parse(text);
    return performance.now() - start;
  });
}

async function measureImport(page: Page, path: string, people: number, sampleHeapToo: boolean): Promise<Omit<Row, 'rows' | 'mb' | 'papaMs'>> {
  const kpi = page.getByTestId('kpi-relocated-people');
  const before = await kpi.textContent();
  // The heap is sampled in a run of its own, so that polling it over CDP cannot slow the run that is timed.
  const heap = sampleHeapToo ? await sampleHeap(page) : null;
  await page.getByTestId('upload-input').setInputFiles(path);
  await page.getByTestId('import-apply').waitFor({ state: 'visible', timeout: 600_000 });
  await page.waitForFunction(() => !(document.querySelector('[data-testid="import-apply"]') as HTMLButtonElement).disabled, undefined, { timeout: 600_000 });
  const reportAt = await page.evaluate(() => performance.now());
  // BENCH_PROFILE=1 records a CPU profile of the page from Apply to the charts (for a build with --minify false).
  const profiler = process.env['BENCH_PROFILE'] ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.start');
  }
  await page.getByTestId('import-apply').click();
  await page.waitForFunction((old) => document.querySelector('[data-testid="kpi-relocated-people"]')?.textContent !== old, before, { timeout: 600_000, polling: 'raf' });
  // Charts draw one per task after the KPIs; the figures count once every chart has drawn and been painted.
  await page.waitForFunction(() => document.querySelector('.echart[data-pending]') === null, undefined, { timeout: 600_000, polling: 'raf' });
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
    console.log(`report ${at(reportAt)}, applied ${at(marks['applied']!)}, done ${at(marks['done']!)}; long tasks:`, during.map((task) => `${at(task.start)}+${task.duration.toFixed(0)}`).join(' '));
  }
  return {
    reportMs: reportAt - marks['chosen']!,
    kpisMs: reportAt - marks['chosen']! + (marks['done']! - marks['applied']!),
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
    peakHeapMb: heap ? (await heap.stop()) / 1e6 : NaN,
    peopleShown: (await kpi.textContent()) ?? '',
    peopleInFile: people,
  };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (!process.env['BENCH_SKIP_BUILD']) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  const site = await serveStatic(`${ROOT}dist`);
  const browser = await launchChromium();
  const rows: Row[] = [];
  let firstKpiMs = 0;
  try {
    for (const count of SIZES) {
      const file = await writeHouseholdFile(count);
      const mb = statSync(file.path).size / 1e6;
      // Each measurement in a fresh page: the app's import timed, the app's import with its heap sampled, and
      // the baseline, so that none warms another.
      const importInFreshPage = async (sampleHeapToo: boolean) => {
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
        const result = await measureImport(page, file.path, file.people, sampleHeapToo);
        await context.close();
        return result;
      };
      const measured = await importInFreshPage(false);
      const { peakHeapMb } = await importInFreshPage(true);
      // The baseline page adds PapaParse as an inline script, which the app's own policy rightly refuses.
      const baselineContext = await browser.newContext({ bypassCSP: true });
      const baselinePage = await baselineContext.newPage();
      await baselinePage.goto(site.url);
      const papaMs = await papaParseMs(baselinePage, file.path);
      await baselineContext.close();
      rows.push({ rows: count, mb, papaMs, ...measured, peakHeapMb });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const table = [
    '| rows | MB | ms to report | ms to KPIs and charts | PapaParse alone, ms | ratio | longest main-thread task, ms | peak JS heap (page + worker), MB | heap ÷ file |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) =>
      [row.rows.toLocaleString('en'), row.mb.toFixed(1), row.reportMs.toFixed(0), row.kpisMs.toFixed(0), row.papaMs.toFixed(0), (row.kpisMs / row.papaMs).toFixed(2), row.longestTaskMs.toFixed(0), row.peakHeapMb.toFixed(0), (row.peakHeapMb / row.mb).toFixed(2)].join(' | '),
    ).map((line) => `| ${line} |`),
    '',
    `Initial JavaScript: ${initialJsGzipKb().toFixed(1)} kB gzipped. First KPI shown ${firstKpiMs.toFixed(0)} ms after navigation (local server).`,
    ...rows.map((row) => `Check, ${row.rows.toLocaleString('en')} rows: the people KPI reads ${row.peopleShown}; the file's people add up to ${row.peopleInFile.toLocaleString('en')}.`),
  ].join('\n');
  console.log(`\n${table}`);
  writeFileSync(`${OUT}latest.md`, `${table}\n`);
}

await main();
