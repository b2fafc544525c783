import { describe, expect, it } from 'vitest';
import { buildIncomeByCountyChart } from '../../../src/charts/options/buildIncomeByCountyChart';
import { summariseByCounty } from '../../../src/data/aggregate/summarise';
import { XSS, context, onlySeries, tooltipText, yAxisOf } from '../factories';
import { countySummary, measure } from '../../support/figures';
import { importAs } from '../../support/importAs';

const zh = context('zh');
const en = context('en');
const tZh = zh.t;
const tEn = en.t;

describe('buildIncomeByCountyChart', () => {
  it('says one county’s gain, rounded to whole yuan, instead of drawing one bar', () => {
    const spec = buildIncomeByCountyChart(
      [countySummary('140923', '代县', { income_gain_per_household_yuan: measure(1871.49), income_households: measure(567) })],
      zh,
    );
    expect(spec.statement).toEqual({ area: '代县', value: '1,871' });
    expect(spec.table.rows).toEqual([['代县', 567, 1871.49]]);
  });

  it('orders many counties largest gain first, ties by name, and names those whose income rows give no gain', () => {
    const summaries = [
      countySummary('1', 'B', { income_gain_per_household_yuan: measure(900) }),
      countySummary('2', 'C', { income_gain_per_household_yuan: measure(null, 0, 1) }),
      countySummary('3', 'A', { income_gain_per_household_yuan: measure(900) }),
      countySummary('4', 'D', { income_gain_per_household_yuan: measure(2500) }),
      // No income rows at all: nothing to say about it.
      countySummary('5', 'E'),
    ];
    const spec = buildIncomeByCountyChart(summaries, en);
    expect(yAxisOf(spec).data).toEqual(['D', 'A', 'B']);
    expect(onlySeries(spec).data).toEqual([2500, 900, 900]);
    expect(spec.notes).toEqual([tEn('chart.countiesWithoutFigure', { names: 'C' })]);
    expect(spec.description).toBe(tEn('chart.income-by-county.description', { noun: tEn('level.noun.county'), count: 3, county: 'D', largest: '2,500' }));
  });

  it('has no option but keeps the note when no county has a gain', () => {
    const spec = buildIncomeByCountyChart([countySummary('1', 'Dai', { income_gain_per_household_yuan: measure(null, 0, 2) })], en);
    expect(spec.option).toBeNull();
    expect(spec.notes).toEqual([tEn('chart.countiesWithoutFigure', { names: 'Dai' })]);
    expect(spec.description).toBe(tEn('chart.empty'));
  });

  it('draws the household-weighted gains of counties read from a file', () => {
    const csv = [
      'county_code,county,period,mechanism,households,income_gain_per_household_yuan',
      '140921,定襄县,2020,光伏,100,1000',
      '140921,定襄县,2020,车间,300,3000',
      '140922,五台县,2020,分红,50,1200',
    ].join('\n');
    const result = importAs('income', 'x.csv', new TextEncoder().encode(csv));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const spec = buildIncomeByCountyChart(summariseByCounty({ relocation: [], sites: [], jobs: [], income: result.records, population: [] }), zh);
    expect(yAxisOf(spec).data).toEqual(['定襄县', '五台县']);
    expect(onlySeries(spec).data).toEqual([2500, 1200]);
  });

  it('formats bar labels in the language', () => {
    const spec = buildIncomeByCountyChart(
      [countySummary('1', 'A', { income_gain_per_household_yuan: measure(12345) }), countySummary('2', 'B', { income_gain_per_household_yuan: measure(10) })],
      zh,
    );
    expect(onlySeries(spec).label.formatter({ value: 12345 })).toBe('12,345');
  });

  it('escapes HTML in the tooltip and gives the households behind the gain', () => {
    const spec = buildIncomeByCountyChart(
      [
        countySummary('1', XSS, { income_gain_per_household_yuan: measure(1871), income_households: measure(567) }),
        countySummary('2', 'B', { income_gain_per_household_yuan: measure(10) }),
      ],
      zh,
    );
    const text = tooltipText(spec, [{ name: XSS, value: 1871, dataIndex: 0 }]);
    expect(text).toContain('&lt;img');
    expect(text).not.toContain('<img');
    expect(text).toContain(`${tZh('kpi.incomeHouseholds')}: 567`);
    expect(text).toContain(`1,871 ${tZh('chart.axis.yuan')}`);
  });
});
