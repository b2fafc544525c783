import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIncomeByCountyChart } from '../../../src/charts/options/buildIncomeByCountyChart';
import { buildJobsByCountyChart } from '../../../src/charts/options/buildJobsByCountyChart';
import { buildPeopleByCountyChart } from '../../../src/charts/options/buildPeopleByCountyChart';
import { formatNumber } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { countySummary, jobsRecord, measure } from '../../support/figures';

const context = { lang: 'zh' as const, t: translator('zh') };

// Each by-county chart, given one figure per county: the figures as the chart must state them.
const BY_COUNTY = [
  {
    name: 'people by county',
    build: (values: number[]) =>
      buildPeopleByCountyChart(
        values.map((v, i) => countySummary(`14090${i}`, `县${i}`, { people: measure(v) })),
        context,
      ),
  },
  {
    name: 'income by county',
    build: (values: number[]) =>
      buildIncomeByCountyChart(
        values.map((v, i) => countySummary(`14090${i}`, `县${i}`, { income_gain_per_household_yuan: measure(v), income_households: measure(10) })),
        context,
      ),
  },
  {
    name: 'jobs by county',
    build: (values: number[]) =>
      buildJobsByCountyChart(
        values.map((v, i) => jobsRecord(`县${i}`, 'industrial_park', { jobs: v }, `14090${i}`)),
        'jobs',
        context,
      ),
  },
];

describe.each(BY_COUNTY)('the $name chart', ({ build }) => {
  it('says a single county’s figure in words instead of drawing one bar, keeping it in its table and its exported image', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (value) => {
        const spec = build([value]);
        expect(spec.statement).toEqual({ area: '县0', value: formatNumber(value, 'zh') });
        expect(spec.table.rows.flat()).toContain(value);
        expect(spec.description).toContain(formatNumber(value, 'zh'));
        // The image a journalist exports still draws the figure, under the chart's title and source.
        const series = (spec.option?.series ?? []) as { data?: unknown[] }[];
        expect(
          series.flatMap((one) => one.data ?? []).map((point) => (typeof point === 'object' && point !== null && 'value' in point ? point.value : point)),
        ).toContain(value);
      }),
    );
  });

  it('draws bars, not a statement, for two counties or more', () => {
    const spec = build([120, 80]);
    expect(spec.option).not.toBeNull();
    expect(spec.statement).toBeUndefined();
  });

  it('draws nothing and states nothing when no county has a figure', () => {
    const spec = build([]);
    expect(spec.option).toBeNull();
    expect(spec.statement).toBeUndefined();
  });
});
