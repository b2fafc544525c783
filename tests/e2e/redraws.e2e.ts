import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from './servedApp';

const app = servedApp();
let page: Page;

/** Every chart (the map too) marks itself `data-pending` just before its setOption: one mark, one redraw. */
async function countRedraws(): Promise<void> {
  await page.evaluate(() => {
    const counts: Record<string, number> = {};
    (window as unknown as { __redraws: Record<string, number> }).__redraws = counts;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const element = mutation.target as Element;
        if (!element.hasAttribute('data-pending')) continue;
        const name = element.closest('[data-testid^="chart-"]')?.getAttribute('data-testid') ?? 'unnamed';
        counts[name] = (counts[name] ?? 0) + 1;
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-pending'] });
  });
}

/**
 * The charts redrawn by an interaction, once the page has settled after it. Every interaction here changes the
 * view, and the page writes the view into its address in an effect of the same commit, after the charts' own
 * effects (a parent's effects run after its children's), which set `data-pending` at once: so once the address
 * has changed, every redraw the interaction causes is marked, and the count is complete when no mark is left.
 */
async function redrawsAfter(interaction: () => Promise<unknown>): Promise<Record<string, number>> {
  await countRedraws();
  const before = page.url();
  await interaction();
  await page.waitForFunction((address) => window.location.href !== address, before);
  await page.waitForFunction(() => document.querySelectorAll('[data-pending]').length === 0);
  return page.evaluate(() => ({ ...(window as unknown as { __redraws: Record<string, number> }).__redraws }));
}

beforeAll(async () => {
  page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${app.site.url}?dataset=demo`);
  await page.getByTestId('county-summary').locator('[data-county-code]').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.echart').length >= 8 && document.querySelectorAll('[data-pending]').length === 0);
});

describe('an interaction redraws only the charts whose figures it changes', () => {
  it('sorting the table redraws no chart', async () => {
    const redraws = await redrawsAfter(() => page.getByTestId('county-summary').getByRole('button', { name: '搬迁人口' }).click());
    expect(await page.getByTestId('county-summary').locator('th[aria-sort]').count()).toBe(1);
    expect(redraws).toEqual({});
  });

  it('opening a county’s detail redraws no chart', async () => {
    const redraws = await redrawsAfter(() => page.getByTestId('county-summary').locator('.county-link').first().click());
    await page.getByTestId('county-detail').waitFor();
    expect(redraws).toEqual({});
    await page.keyboard.press('Escape');
    await page.getByTestId('county-detail').waitFor({ state: 'detached' });
  });

  it('grouping the table by prefecture redraws no chart', async () => {
    const redraws = await redrawsAfter(() => page.getByTestId('group-by').selectOption('prefecture'));
    expect(redraws).toEqual({});
    await page.getByTestId('group-by').selectOption('county');
  });

  it('choosing the jobs measure redraws the two jobs charts, once each, and nothing else', async () => {
    const picker = page.getByTestId('chart-jobs-by-unit-type').locator('select');
    const current = await picker.inputValue();
    const values = await picker.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const next = values.find((value) => value !== current)!;
    const redraws = await redrawsAfter(() => picker.selectOption(next));
    expect(redraws).toEqual({ 'chart-jobs-by-unit-type': 1, 'chart-jobs-by-county': 1 });
  });

  it('changing the language redraws every chart once (the counter sees every redraw)', async () => {
    const charts = await page.locator('.echart').count();
    const redraws = await redrawsAfter(() => page.getByTestId('lang-toggle').click());
    expect(Object.values(redraws)).toEqual(Array.from({ length: charts }, () => 1));
  });
});
