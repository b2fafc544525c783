import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { daiCountyAddress, servedApp } from './servedApp';

// Test data, not real figures: people 120 + 500 = 620.
const UPLOAD = ['县级代码,县,年份,搬迁户数,搬迁人数,来源', '140923,代县,2019,40,120,测试', '140922,五台县,2019,160,500,测试'].join('\n');

const app = servedApp();
let context: BrowserContext;
let page: Page;
const workers: string[] = [];
const pageErrors: string[] = [];

function violations(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

beforeAll(async () => {
  context = await app.browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Every refusal the policy makes is an event on the document: collected from before the page's own scripts.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  await page.goto(daiCountyAddress(app.site.url));
  await page.getByTestId('kpi-relocated-people').filter({ hasText: /\d/ }).waitFor();
});

describe('the Content-Security-Policy the built page carries', () => {
  it('allows scripts from the site alone: no eval, no inline script', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // The browser enforces it: a script added inline, and an inline event handler, are refused. (Code that the
    // test itself evaluates over the DevTools protocol is exempt from eval checks, so eval is judged by the text.)
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__handlerRan = true');
      image.src = 'data:,';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 100));
      image.remove();
      const flags = window as unknown as { __inlineRan?: boolean; __handlerRan?: boolean };
      return { inline: flags.__inlineRan === true, handler: flags.__handlerRan === true };
    });
    expect(ran).toEqual({ inline: false, handler: false });
    // Those two refusals are the only ones so far: the app's own loading needed nothing the policy forbids.
    expect((await violations()).map((violation) => violation.split(' ')[0])).toEqual(['script-src-elem', 'script-src-attr']);
  });

  it('lets the whole app work under it: the worker imports a file, charts draw and show tooltips, images export', async () => {
    const before = (await violations()).length;
    const file = join(mkdtempSync(join(tmpdir(), 'relocation-csp-')), 'upload.csv');
    writeFileSync(file, UPLOAD);
    await page.getByTestId('upload-input').setInputFiles(file);
    await page.getByTestId('import-apply').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="kpi-relocated-people"]')?.textContent?.replace(/\D/g, '') === '620');
    expect(workers.some((url) => url.includes('import.worker'))).toBe(true);

    const chart = page.getByTestId('chart-people-by-county');
    await page.waitForFunction(() => document.querySelector('.echart[data-pending]') === null);
    // The county map (loaded after the first paint) must be in place before a point on the page is aimed at.
    await page.getByTestId('chart-county-map').locator('svg').first().waitFor();
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.locator('.echart').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('div')].some((div) => div.style.position === 'absolute' && /代县|五台县/.test(div.textContent ?? '')),
    );

    for (const kind of ['png', 'svg']) {
      const [download] = await Promise.all([page.waitForEvent('download'), chart.getByTestId(`export-${kind}`).click()]);
      expect(readFileSync(await download.path()).length).toBeGreaterThan(1000);
    }
    expect((await violations()).slice(before)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
