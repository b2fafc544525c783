import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_DATASET, CHART_NAMES, buildDashboard } from '../../src/state/buildDashboard';
import { INITIAL_VIEW, type ViewState } from '../../src/state/viewState';
import { importTable } from '../../src/data/importTable';
import { DATASET_IDS, type DatasetId } from '../../src/data/schema';
import type { Dataset } from '../../src/data/types';
import { translator, type Lang } from '../../src/i18n/translate';

function loadDaiCounty(): Dataset {
  const load = <Id extends DatasetId>(id: Id) => {
    const bytes = readFileSync(new URL(`../../data/dai-county/${id}.csv`, import.meta.url));
    const result = importTable(id, `${id}.csv`, new Uint8Array(bytes));
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new Error(`data/dai-county/${id}.csv: ${JSON.stringify(errors)}`);
    return result.records;
  };
  return { relocation: load('relocation'), sites: load('sites'), jobs: load('jobs'), income: load('income') };
}

const dai = loadDaiCounty();
const context = (lang: Lang) => ({ lang, t: translator(lang) });

describe('buildDashboard', () => {
  describe('on the Dai County files', () => {
    const dashboard = buildDashboard(dai, INITIAL_VIEW, context('zh'));

    it('gives the reported people and registered-poor figures', () => {
      expect(dashboard.overall.people.value).toBe(3676);
      expect(dashboard.overall.registered_poor_people.value).toBe(2773);
    });

    it('computes households as whole-village plus scattered, and says so', () => {
      expect(dashboard.overall.households.value).toBe(1422 + 433);
      expect(dashboard.overall.households.value).toBe(1855);
      expect(dashboard.overall.householdsDerived).toBe(true);
    });

    it('gives the reported income gain per household', () => {
      expect(dashboard.overall.income_gain_per_household_yuan.value).toBe(1871);
    });

    it('leaves jobs unknown, not 0, and falls back to counting units', () => {
      expect(dashboard.overall.jobs.value).toBeNull();
      expect(dashboard.overall.jobs.missing).toBe(4);
      expect(dashboard.jobsMeasure).toBe('units');
      expect(dashboard.overall.units.value).toBe(1 + 11 + 18 + 1062);
    });

    it('has one county summary, for 代县', () => {
      expect(dashboard.counties.map((county) => [county.county_code, county.county])).toEqual([['140923', '代县']]);
    });

    it('draws every chart on the page', () => {
      expect(Object.keys(dashboard.charts).sort()).toEqual([...CHART_NAMES].sort());
      const undrawn = CHART_NAMES.filter((name) => dashboard.charts[name].option === null);
      expect(undrawn).toEqual([]);
      for (const name of CHART_NAMES) expect(dashboard.charts[name].description).not.toBe(translator('zh')('chart.empty'));
    });

    it('notes the fallback to units on both jobs charts', () => {
      const t = translator('zh');
      const note = t('chart.jobs.fallbackNote', { measure: t('jobsMeasure.units') });
      expect(dashboard.charts['jobs-by-unit-type'].notes).toEqual([note]);
      expect(dashboard.charts['jobs-by-county'].notes).toEqual([note]);
    });

    it('names the sources behind each chart', () => {
      for (const name of CHART_NAMES) expect(dashboard.sources[CHART_DATASET[name]].length).toBeGreaterThan(0);
      expect(dashboard.sources.relocation[0]).toContain('新华网');
    });

    it('honours a measure the reader chose over the fallback', () => {
      const chosen = buildDashboard(dai, { ...INITIAL_VIEW, jobsMeasure: 'jobs' }, context('zh'));
      expect(chosen.jobsMeasure).toBe('jobs');
      expect(chosen.charts['jobs-by-unit-type'].option).toBeNull();
    });

    it('builds the charts in the language of the context', () => {
      const en = buildDashboard(dai, { ...INITIAL_VIEW, lang: 'en' }, context('en'));
      expect(en.charts['people-by-county'].title).toBe(translator('en')('chart.people-by-county.title'));
      expect(en.charts['people-by-county'].description).not.toBe(dashboard.charts['people-by-county'].description);
    });
  });

  it('draws no chart when the county filter matches nothing', () => {
    const view: ViewState = { ...INITIAL_VIEW, counties: ['140921'] };
    const dashboard = buildDashboard(dai, view, context('en'));
    for (const id of DATASET_IDS) expect(dashboard.filtered[id]).toEqual([]);
    expect(dashboard.counties).toEqual([]);
    expect(dashboard.overall.people.value).toBeNull();
    for (const name of CHART_NAMES) {
      expect(dashboard.charts[name].option).toBeNull();
      expect(dashboard.charts[name].description).toBe(translator('en')('chart.empty'));
    }
  });

  it('keeps only records wholly inside the chosen period', () => {
    const view: ViewState = { ...INITIAL_VIEW, period: { from: 2020, to: 2020, label: '2020' } };
    const dashboard = buildDashboard(dai, view, context('zh'));
    // The relocation figures cover 2016-2020, so a 2020-only view leaves them out; sites, jobs and income are 2020.
    expect(dashboard.filtered.relocation).toEqual([]);
    expect(dashboard.overall.people.value).toBeNull();
    expect(dashboard.overall.income_gain_per_household_yuan.value).toBe(1871);
    expect(dashboard.charts['people-by-county'].option).toBeNull();
    expect(dashboard.charts['income-by-county'].option).not.toBeNull();
  });
});
