import { describe, expect, it } from 'vitest';
import { countyFigures } from '../../../src/data/aggregate/countyFigures';
import { XINFU, dataset, income, jobs, period, relocation, site } from '../support/records';
import { daiCountyDataset } from '../support/daiCounty';

describe('countyFigures', () => {
  it('gives no figures for empty data or a county the data lacks', () => {
    expect(countyFigures(dataset(), '140923')).toEqual([]);
    expect(countyFigures(dataset({ relocation: [relocation({ people: 5 })] }), '140902')).toEqual([]);
  });

  it('lists each stated figure of the county with its subject, period, source, quote and line, skipping blanks', () => {
    const data = dataset({
      relocation: [
        relocation({ line: 2, people: 80, households: 25, derived: ['households'], source: '新华网', quote: '搬迁80人', note: '十三五' }),
        relocation({ line: 3, township: 'A镇', site: '新区', people: 30 }),
        relocation({ line: 4, ...XINFU, people: 7 }),
      ],
      sites: [site({ line: 2, site: '滨河', opened: 2018 })],
      jobs: [jobs({ line: 5, unit: '车间', units: 11 })],
      income: [income({ line: 2, mechanism: '务工', period: period(2020), income_gain_per_household_yuan: 1871 })],
    });
    const base = { period: period(2019), source: null, quote: null, note: null, derived: false };
    expect(countyFigures(data, '140923')).toEqual([
      { ...base, datasetId: 'relocation', subject: null, column: 'households', value: 25, line: 2, source: '新华网', quote: '搬迁80人', note: '十三五', derived: true },
      { ...base, datasetId: 'relocation', subject: null, column: 'people', value: 80, line: 2, source: '新华网', quote: '搬迁80人', note: '十三五' },
      { ...base, datasetId: 'relocation', subject: 'A镇 · 新区', column: 'people', value: 30, line: 3 },
      { ...base, datasetId: 'sites', subject: '滨河', column: 'opened', value: 2018, line: 2 },
      { ...base, datasetId: 'jobs', subject: '车间', column: 'units', value: 11, line: 5 },
      { ...base, datasetId: 'income', subject: '务工', column: 'income_gain_per_household_yuan', value: 1871, line: 2, period: period(2020) },
    ]);
  });

  it("marks Dai County's households as derived and every other figure as stated", () => {
    const figures = countyFigures(daiCountyDataset(), '140923').filter((figure) => figure.datasetId === 'relocation');
    expect(figures.map((figure) => [figure.column, figure.value, figure.derived])).toEqual([
      ['households', 1422 + 433, true],
      ['people', 3676, false],
      ['registered_poor_people', 2773, false],
      ['synchronous_households', 615, false],
      ['synchronous_people', 903, false],
      ['whole_village_households', 1422, false],
      ['whole_village_people', 2286, false],
      ['scattered_households', 433, false],
      ['scattered_people', 1390, false],
      ['villages', 79, false],
    ]);
  });
});
