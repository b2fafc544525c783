import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_DATASET, CHART_NAMES, buildDashboard, deriveCountyDetail, deriveFigures } from '../../src/state/buildDashboard';
import { INITIAL_VIEW, type ViewState } from '../../src/state/viewState';
import { DATASET_IDS, type DatasetId } from '../../src/data/schema';
import type { Dataset } from '../../src/data/types';
import { translator, type Lang } from '../../src/i18n/translate';
import { XINFU, dataset, income, jobs, period, population, relocation, site } from '../data/support/records';
import { importAs } from '../support/importAs';

function loadDaiCounty(): Dataset {
  const load = <Id extends DatasetId>(id: Id) => {
    const bytes = readFileSync(new URL(`../../data/dai-county/${id}.csv`, import.meta.url));
    const result = importAs(id, `${id}.csv`, new Uint8Array(bytes));
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new Error(`data/dai-county/${id}.csv: ${JSON.stringify(errors)}`);
    return result.records;
  };
  return { relocation: load('relocation'), sites: load('sites'), jobs: load('jobs'), income: load('income'), population: load('population') };
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

    it('gives 代县 its relocated people per 1,000 residents of the 2020 census, and no jobs per resident (no jobs stated)', () => {
      const people = dai.relocation.reduce((sum, record) => sum + (record.people ?? 0), 0);
      const residents = dai.population[0]?.population ?? Number.NaN;
      expect(dashboard.counties[0]?.people_per_1000_residents).toBe((people / residents) * 1000);
      expect(dashboard.counties[0]?.jobs_per_1000_residents).toBeNull();
    });

    it('leaves the ratio unknown for years that hold no census: the population is the latest within the filter', () => {
      const before2020 = buildDashboard(dai, { ...INITIAL_VIEW, period: period(2016, 2019) }, context('zh'));
      expect(before2020.filtered.population).toEqual([]);
      expect(before2020.overall.people_per_1000_residents).toBeNull();
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
      expect(en.charts['people-by-county'].title).toBe(translator('en')('chart.people-by-county.title', { each: translator('en')('level.each.county') }));
      expect(en.charts['people-by-county'].description).not.toBe(dashboard.charts['people-by-county'].description);
    });
  });

  describe('countyOptions', () => {
    const DINGXIANG = { county_code: '140921', county: '定襄县' } as const;
    const data = dataset({
      relocation: [relocation({ people: 30 })],
      sites: [site({ ...XINFU })],
      income: [income({ ...DINGXIANG, households: 9 }), income({ ...XINFU, line: 3, mechanism: '资产收益' })],
    });

    it('lists every county in the data once, by code, named as the data names it', () => {
      expect(buildDashboard(data, INITIAL_VIEW, context('zh')).countyOptions).toEqual([
        { code: '140902', name: '忻府区' },
        { code: '140921', name: '定襄县' },
        { code: '140923', name: '代县' },
      ]);
    });

    it('lists the counties the filters leave out too', () => {
      const view: ViewState = { ...INITIAL_VIEW, counties: ['140923'] };
      const dashboard = buildDashboard(data, view, context('zh'));
      expect(dashboard.counties.map((county) => county.county_code)).toEqual(['140923']);
      expect(dashboard.countyOptions.map((option) => option.code)).toEqual(['140902', '140921', '140923']);
    });

    it('is empty for empty data', () => {
      expect(buildDashboard(dataset(), INITIAL_VIEW, context('zh')).countyOptions).toEqual([]);
    });

    it('gains no county, in the filter or the table, from a population table alone', () => {
      const dashboard = buildDashboard({ ...data, population: [population(300000, { county_code: '140922', county: '五台县' })] }, INITIAL_VIEW, context('zh'));
      expect(dashboard.countyOptions.map((option) => option.code)).toEqual(['140902', '140921', '140923']);
      expect(dashboard.counties.map((county) => county.county_code).sort()).toEqual(['140902', '140921', '140923']);
    });
  });

  describe('years', () => {
    it('spans the first to the last year of the data, whatever the filters', () => {
      const view: ViewState = { ...INITIAL_VIEW, counties: ['140921'], period: period(2020) };
      expect(buildDashboard(dai, view, context('zh')).years).toEqual({ from: 2016, to: 2020, label: '2016-2020' });
    });

    it('covers every dataset', () => {
      const data = dataset({ relocation: [relocation({ period: period(2017) })], income: [income({ period: period(2021) })] });
      expect(buildDashboard(data, INITIAL_VIEW, context('zh')).years).toEqual({ from: 2017, to: 2021, label: '2017-2021' });
    });

    it('is null for empty data', () => {
      expect(buildDashboard(dataset(), INITIAL_VIEW, context('zh')).years).toBeNull();
    });
  });

  describe('filtered', () => {
    const park2019 = jobs({ line: 2, unit: '测试产业园区', unit_type: 'industrial_park', period: period(2019), jobs: 500 });
    const park2020 = jobs({ line: 3, unit: '测试产业园区', unit_type: 'industrial_park', period: period(2020), jobs: 563 });
    const workshop = jobs({ line: 4, unit: '测试扶贫车间', period: period(2019), jobs: 40 });
    const years = [relocation({ line: 2, period: period(2019), people: 363 }), relocation({ line: 3, period: period(2020), people: 312 })];
    const sites = [site({ line: 2, period: period(2019), people: 300 }), site({ line: 3, period: period(2020), people: 400 })];
    const data = dataset({ relocation: years, sites, jobs: [park2019, park2020, workshop] });

    it('holds each site and unit at its latest period, and every year of relocation', () => {
      const dashboard = buildDashboard(data, INITIAL_VIEW, context('zh'));
      expect(dashboard.filtered).toEqual(dataset({ relocation: years, sites: [sites[1]!], jobs: [park2020, workshop] }));
      expect([dashboard.overall.jobs.value, dashboard.overall.people.value]).toEqual([563 + 40, 363 + 312]);
    });

    it('takes the latest period within the filters: a 2019 view shows the park as it was in 2019', () => {
      const dashboard = buildDashboard(data, { ...INITIAL_VIEW, period: period(2019) }, context('zh'));
      expect(dashboard.filtered).toEqual(dataset({ relocation: [years[0]!], sites: [sites[0]!], jobs: [park2019, workshop] }));
      expect(dashboard.overall.jobs.value).toBe(500 + 40);
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

describe('buildDashboard grouped by prefecture or province', () => {
  const demo = (id: DatasetId) => importAs(id, `${id}.csv`, new Uint8Array(readFileSync(new URL(`../../data/demo/${id}.csv`, import.meta.url)))).records;
  const data = { relocation: demo('relocation'), sites: demo('sites'), jobs: demo('jobs'), income: demo('income'), population: demo('population') } as Dataset;
  const byCounty = buildDashboard(data, INITIAL_VIEW, context('zh'));
  const byPrefecture = buildDashboard(data, { ...INITIAL_VIEW, group: 'prefecture' }, context('zh'));

  it('gives the table one row per prefecture, each the sum of its counties', () => {
    expect(byPrefecture.counties.map((row) => [row.level, row.county])).toEqual([
      ['prefecture', '忻州市'],
      ['prefecture', '吕梁市'],
    ]);
    for (const row of byPrefecture.counties) {
      const counties = byCounty.counties.filter((county) => county.prefecture === row.county);
      expect(row.people.value).toBe(counties.reduce((sum, county) => sum + (county.people.value ?? 0), 0));
    }
  });

  it('gives one row per province', () => {
    const byProvince = buildDashboard(data, { ...INITIAL_VIEW, group: 'province' }, context('zh'));
    expect(byProvince.counties.map((row) => [row.level, row.county_code, row.county, row.people.value])).toEqual([
      ['province', '140000', '山西省', byCounty.overall.people.value],
    ]);
  });

  it('keeps the charts, the KPIs and byCounty county by county', () => {
    expect(byPrefecture.byCounty).toEqual(byCounty.byCounty);
    // The same counties as the county table, in code order whatever the table's sort: the charts order their own bars.
    const byCode = (a: { county_code: string }, b: { county_code: string }) => a.county_code.localeCompare(b.county_code);
    expect(byPrefecture.byCounty).toEqual([...byCounty.counties].sort(byCode));
    expect(byPrefecture.overall).toEqual(byCounty.overall);
    // Compared as JSON: the options hold formatter functions, new on each build.
    for (const name of CHART_NAMES) expect(JSON.stringify(byPrefecture.charts[name])).toBe(JSON.stringify(byCounty.charts[name]));
  });
});

describe('buildDashboard with a range and the years it covers', () => {
  const csv = 'county_code,county,period,people\n140923,代县,2016-2020,3676\n140923,代县,2019,2000\n140923,代县,2020,1676\n';
  const relocationRecords = importAs('relocation', 'r.csv', new TextEncoder().encode(csv)).records;
  const data: Dataset = { relocation: relocationRecords, sites: [], jobs: [], income: [], population: [] };

  it('counts the range once, not the range and its years', () => {
    expect(buildDashboard(data, INITIAL_VIEW, context('zh')).overall.people.value).toBe(3676);
  });

  it('still draws the yearly line from the years the range covers', () => {
    const option = buildDashboard(data, INITIAL_VIEW, context('zh')).charts['people-by-period'].option;
    expect((option?.xAxis as { data: string[] }).data).toEqual(['2019', '2020']);
  });

  it('counts the years when the period filter leaves the range out', () => {
    const view: ViewState = { ...INITIAL_VIEW, period: period(2019, 2020) };
    expect(buildDashboard(data, view, context('zh')).overall.people.value).toBe(3676);
    const only2019: ViewState = { ...INITIAL_VIEW, period: period(2019) };
    expect(buildDashboard(data, only2019, context('zh')).overall.people.value).toBe(2000);
  });
});

describe('deriveCountyDetail', () => {
  const figures = deriveFigures(dai, INITIAL_VIEW);

  it('gives the chosen county’s summary with every figure the shown rows state for it, each from its own table', () => {
    const detail = deriveCountyDetail(figures, '140923');
    expect(detail?.county.county).toBe('代县');
    expect(detail?.county.people.value).toBe(3676);
    expect(new Set(detail?.figures.map((figure) => figure.datasetId))).toEqual(new Set(DATASET_IDS.filter((id) => dai[id].length > 0)));
  });

  it('is nothing when no county is chosen, or the one chosen is not among the rows shown', () => {
    expect(deriveCountyDetail(figures, null)).toBeNull();
    expect(deriveCountyDetail(figures, '140921')).toBeNull();
  });
});

describe('the path to a place the data names nowhere', () => {
  it('takes each level’s name from the national list rather than showing its code', () => {
    const figures = deriveFigures(dataset({ relocation: [relocation({ people: 3_676 })] }), { area: '141124', counties: [], period: null });
    expect(figures.path.map((place) => place.name)).toEqual(['全国', '山西省', '吕梁市', '临县']);
  });
});
