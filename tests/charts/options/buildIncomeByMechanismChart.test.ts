import { describe, expect, it } from 'vitest';
import { buildIncomeByMechanismChart } from '../../../src/charts/options/buildIncomeByMechanismChart';
import { incomeByMechanism } from '../../../src/data/aggregate/incomeByMechanism';
import { MAX_CATEGORY_LABEL } from '../../../src/charts/commonOptions';
import { XSS, context, onlySeries, tooltipText, yAxisOf } from '../factories';
import { mechanism } from '../../support/figures';
import { importAs } from '../../support/importAs';

const zh = context('zh');
const en = context('en');
const tZh = zh.t;
const tEn = en.t;

function incomeRecords(rows: readonly string[]) {
  const csv = ['county_code,county,period,mechanism,households,people,income_gain_per_household_yuan,income_gain_per_capita_yuan', ...rows].join('\n');
  const result = importAs('income', 'x.csv', new TextEncoder().encode(csv));
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.records;
}

describe('buildIncomeByMechanismChart', () => {
  it('has no option but names the mechanisms that state only a gain per person', () => {
    const spec = buildIncomeByMechanismChart([mechanism('光伏扶贫', null, 18000)], zh);
    expect(spec.option).toBeNull();
    expect(spec.notes).toEqual([tZh('chart.income-by-mechanism.perCapitaOnly', { count: 1, names: '光伏扶贫' })]);
    expect(spec.description).toBe(tZh('chart.empty'));
  });

  it('draws one mechanism, rounding the gain to whole yuan', () => {
    const spec = buildIncomeByMechanismChart([mechanism('产业园区务工', 1871.4)], zh);
    expect(yAxisOf(spec).data).toEqual(['产业园区务工']);
    expect(onlySeries(spec).data).toEqual([1871]);
    expect(spec.notes).toEqual([]);
    expect(spec.description).toBe(tZh('chart.income-by-mechanism.description', { count: 1, mechanism: '产业园区务工', largest: '1,871' }));
  });

  it('draws many mechanisms largest gain first, from the household-weighted means of the records', () => {
    const records = incomeRecords([
      // 光伏: (1000×100 + 4000×300) / 400 = 3250
      '140921,定襄县,2020,光伏,100,,1000,',
      '140922,五台县,2020,光伏,300,,4000,',
      '140921,定襄县,2020,车间,50,,5000,',
      '140922,五台县,2020,分红,200,,800,',
      '140922,五台县,2020,合作社,,600,,2500',
      '140921,定襄县,2020,种养,,300,,900',
    ]);
    const spec = buildIncomeByMechanismChart(incomeByMechanism(records), en);
    expect(yAxisOf(spec).data).toEqual(['车间', '光伏', '分红']);
    expect(onlySeries(spec).data).toEqual([5000, 3250, 800]);
    expect(spec.notes).toEqual([tEn('chart.income-by-mechanism.perCapitaOnly', { count: 2, names: '合作社, 种养' })]);
    expect(spec.description).toBe(tEn('chart.income-by-mechanism.description', { count: 3, mechanism: '车间', largest: '5,000' }));
    expect(onlySeries(spec).name).toBe(tEn('kpi.incomeGain'));
  });

  it('formats bar labels in the language', () => {
    const spec = buildIncomeByMechanismChart([mechanism('A', 12345)], en);
    expect(onlySeries(spec).label.formatter({ value: 12345 })).toBe('12,345');
  });

  it('escapes HTML in the tooltip', () => {
    const spec = buildIncomeByMechanismChart([mechanism(XSS, 1000)], zh);
    const text = tooltipText(spec, [{ name: XSS, value: 1000, dataIndex: 0 }]);
    expect(text).toContain('&lt;img');
    expect(text).not.toContain('<img');
    expect(text).toContain(`1,000 ${tZh('chart.axis.yuan')}`);
  });

  it('cuts a 5,000-character mechanism on the axis, so its label cannot squeeze the bars away; the tooltip has it whole', () => {
    const long = `<b>${'长'.repeat(4990)}</b>`;
    const spec = buildIncomeByMechanismChart([mechanism(long, 2000), mechanism('光伏扶贫', 1500)], zh);
    const label = yAxisOf(spec).axisLabel as unknown as { formatter: (value: string) => string };
    expect(Array.from(label.formatter(long))).toHaveLength(MAX_CATEGORY_LABEL);
    expect(label.formatter('光伏扶贫')).toBe('光伏扶贫');
    expect(tooltipText(spec, [{ dataIndex: 0 }])).toContain(`&lt;b&gt;${'长'.repeat(4990)}&lt;/b&gt;`);
  });
});
