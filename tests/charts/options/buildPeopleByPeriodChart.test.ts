import { describe, expect, it } from 'vitest';
import { buildPeopleByPeriodChart } from '../../../src/charts/options/buildPeopleByPeriodChart';
import { MAX_COMPARED_COUNTIES, peopleByPeriod } from '../../../src/data/aggregate/peopleByPeriod';
import { XSS, context, onlySeries, seriesOf, tooltipText, xAxisOf, yAxisOf } from '../factories';
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

  it('labels points precisely enough to tell the years apart, and writes the axis in one unit', () => {
    const series: Series = { kind: 'yearly', points: [point('2018', 12130), point('2019', 11420), point('2020', 13810)], rangeRowsLeftOut: 0 };
    const zhSpec = buildPeopleByPeriodChart(series, zh);
    const enSpec = buildPeopleByPeriodChart(series, en);
    expect([12130, 11420, 13810].map((value) => onlySeries(zhSpec).label.formatter({ value }))).toEqual(['1.21万', '1.14万', '1.38万']);
    expect([12130, 11420, 13810].map((value) => onlySeries(enSpec).label.formatter({ value }))).toEqual(['12.1K', '11.4K', '13.8K']);
    const axis = yAxisOf(zhSpec);
    expect(axis.max).toBeGreaterThan(13810);
    expect([axis.interval ?? 0, axis.max ?? 0].map((tick) => axis.axisLabel?.formatter?.(tick))).toEqual(['5,000', '20,000']);
    expect(yAxisOf(enSpec).name).toBe(tEn('chart.axis.people'));
    expect(enSpec.title).toBe(tEn('chart.people-by-period.title'));
  });

  it('escapes HTML in the tooltip', () => {
    const spec = buildPeopleByPeriodChart({ kind: 'yearly', points: [point('2019', 5)], rangeRowsLeftOut: 0 }, zh);
    const text = tooltipText(spec, [{ name: XSS, value: 5, dataIndex: 0 }]);
    expect(text).toContain('&lt;img');
    expect(text).not.toContain('<img');
  });

  describe('comparing counties', () => {
    const compared: Series = {
      kind: 'yearly',
      points: [point('2018', 40), point('2019', 36), point('2020', 9)],
      rangeRowsLeftOut: 0,
      lines: [
        { county_code: '140923', county: '代县', points: [point('2018', 40), point('2019', 30), point('2020', null)] },
        { county_code: '140902', county: '忻府区', points: [point('2018', null), point('2019', 6), point('2020', 9)] },
      ],
    };

    it('draws one line per county, not their sum, each with a marker of its own', () => {
      const spec = buildPeopleByPeriodChart(compared, zh);
      const drawn = seriesOf(spec) as unknown as { name: string; type: string; data: unknown[]; symbol: string }[];
      expect(drawn.map((line) => [line.name, line.type, line.data])).toEqual([
        ['代县', 'line', [40, 30, null]],
        ['忻府区', 'line', [null, 6, 9]],
      ]);
      expect(new Set(drawn.map((line) => line.symbol)).size).toBe(2);
      expect(spec.description).toBe(tZh('chart.people-by-period.descriptionCompared', { count: 2, names: '代县、忻府区' }));
    });

    it('holds a column per county in its table, unknown years blank', () => {
      expect(buildPeopleByPeriodChart(compared, en).table).toEqual({
        columns: [tEn('table.periods'), '代县', '忻府区'],
        rows: [
          ['2018', 40, null],
          ['2019', 30, 6],
          ['2020', null, 9],
        ],
      });
    });

    it('draws a bar per county in each span when the data has only ranges', () => {
      const ranges: Series = {
        ...compared,
        kind: 'ranges',
        points: [point('2016-2020', 46)],
        lines: compared.lines?.map((line) => ({ ...line, points: [point('2016-2020', 23)] })),
      };
      expect(seriesOf(buildPeopleByPeriodChart(ranges, zh)).map((bars) => [bars.type, bars.name])).toEqual([
        ['bar', '代县'],
        ['bar', '忻府区'],
      ]);
    });

    it('says when more counties were chosen than it draws lines for', () => {
      const spec = buildPeopleByPeriodChart({ ...compared, lines: undefined, tooManyToCompare: 12 }, en);
      expect(onlySeries(spec).data).toEqual([40, 36, 9]);
      expect(spec.notes).toContain(tEn('chart.people-by-period.tooManyToCompare', { count: 12, max: MAX_COMPARED_COUNTIES }));
    });
  });
});
