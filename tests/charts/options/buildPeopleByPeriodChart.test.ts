import { describe, expect, it } from 'vitest';
import { buildPeopleByPeriodChart } from '../../../src/charts/options/buildPeopleByPeriodChart';
import { peopleByPeriod } from '../../../src/data/aggregate/peopleByPeriod';
import { XSS, context, onlySeries, tooltipText, xAxisOf, yAxisOf } from '../factories';
import { measure } from '../../support/figures';
import { importAs } from '../../support/importAs';

const zh = context('zh');
const en = context('en');
const tZh = zh.t;
const tEn = en.t;

type Series = ReturnType<typeof peopleByPeriod>;

const point = (period: string, people: number | null) => ({ period, people: measure(people) });

function relocationRecords(rows: readonly string[]) {
  const csv = ['county_code,county,period,people', ...rows].join('\n');
  const result = importAs('relocation', 'x.csv', new TextEncoder().encode(csv));
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.records;
}

describe('buildPeopleByPeriodChart', () => {
  it('has no option when every point is unknown', () => {
    const spec = buildPeopleByPeriodChart({ kind: 'yearly', points: [point('2019', null)], rangeRowsLeftOut: 0 }, en);
    expect(spec.option).toBeNull();
    expect(spec.description).toBe(tEn('chart.empty'));
  });

  it('draws yearly rows as a line over the years', () => {
    const series: Series = { kind: 'yearly', points: [point('2016', 120), point('2017', 340), point('2018', 90)], rangeRowsLeftOut: 0 };
    const spec = buildPeopleByPeriodChart(series, zh);
    expect(spec.title).toBe(tZh('chart.people-by-period.title'));
    expect(xAxisOf(spec).data).toEqual(['2016', '2017', '2018']);
    expect(xAxisOf(spec).boundaryGap).toBe(false);
    expect(onlySeries(spec).type).toBe('line');
    expect(onlySeries(spec).data).toEqual([120, 340, 90]);
    expect(spec.notes).toEqual([]);
    expect(spec.description).toBe(tZh('chart.people-by-period.description', { from: '2016', to: '2018', first: '120', last: '90' }));
  });

  it('leaves years without a figure off the line', () => {
    const spec = buildPeopleByPeriodChart({ kind: 'yearly', points: [point('2016', 10), point('2017', null), point('2018', 30)], rangeRowsLeftOut: 0 }, zh);
    expect(xAxisOf(spec).data).toEqual(['2016', '2018']);
    expect(onlySeries(spec).data).toEqual([10, 30]);
  });

  it('says how many range rows were left out of the yearly line', () => {
    const records = relocationRecords(['140921,定襄县,2019,100', '140921,定襄县,2020,250', '140922,五台县,2019,40', '140922,五台县,2016-2020,900']);
    const spec = buildPeopleByPeriodChart(peopleByPeriod(records), en);
    expect(onlySeries(spec).type).toBe('line');
    expect(xAxisOf(spec).data).toEqual(['2019', '2020']);
    expect(onlySeries(spec).data).toEqual([140, 250]);
    expect(spec.notes).toEqual([tEn('chart.people-by-period.rangeRowsLeftOut', { count: 1 })]);
    expect(spec.description).toBe(tEn('chart.people-by-period.description', { from: '2019', to: '2020', first: '140', last: '250' }));
  });

  it('draws one bar per span of years, with a note, when the data has only ranges', () => {
    const records = relocationRecords(['140921,定襄县,2016-2020,3676', '140922,五台县,2016-2020,1000', '140922,五台县,2011-2015,500']);
    const spec = buildPeopleByPeriodChart(peopleByPeriod(records), zh);
    expect(spec.title).toBe(tZh('chart.people-by-period.rangesTitle'));
    expect(onlySeries(spec).type).toBe('bar');
    expect(xAxisOf(spec).data).toEqual(['2011-2015', '2016-2020']);
    expect(xAxisOf(spec).boundaryGap).toBe(true);
    expect(onlySeries(spec).data).toEqual([500, 4676]);
    expect(spec.notes).toEqual([tZh('chart.people-by-period.rangesNote')]);
  });

  it('describes a single point once, not as a change from itself to itself', () => {
    const spec = buildPeopleByPeriodChart({ kind: 'ranges', points: [point('2016-2020', 3676)], rangeRowsLeftOut: 0 }, zh);
    expect(spec.description).toBe(tZh('chart.people-by-period.descriptionSingle', { period: '2016-2020', value: '3,676' }));
    expect(spec.description).toContain('3,676');
  });

  it('formats point labels and axis ticks compactly in the language', () => {
    const series: Series = { kind: 'yearly', points: [point('2019', 12000)], rangeRowsLeftOut: 0 };
    const zhSpec = buildPeopleByPeriodChart(series, zh);
    const enSpec = buildPeopleByPeriodChart(series, en);
    expect(onlySeries(zhSpec).label.formatter({ value: 12000 })).toBe('1.2万');
    expect(onlySeries(zhSpec).label.formatter({ value: 3676 })).toBe('3,676');
    expect(yAxisOf(zhSpec).axisLabel?.formatter?.(12000)).toBe('1.2万');
    expect(onlySeries(enSpec).label.formatter({ value: 12000 })).toMatch(/^12k$/i);
    expect(yAxisOf(enSpec).name).toBe(tEn('chart.axis.people'));
    expect(enSpec.title).toBe(tEn('chart.people-by-period.title'));
  });

  it('escapes HTML in the tooltip', () => {
    const spec = buildPeopleByPeriodChart({ kind: 'yearly', points: [point('2019', 5)], rangeRowsLeftOut: 0 }, zh);
    const text = tooltipText(spec, [{ name: XSS, value: 5, dataIndex: 0 }]);
    expect(text).toContain('&lt;img');
    expect(text).not.toContain('<img');
  });
});
