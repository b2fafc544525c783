import { describe, expect, it } from 'vitest';
import { checkSubtotals } from '../../../src/data/normalise/checkSubtotals';
import { DATASETS } from '../../../src/data/schema';
import { spanKey } from '../../../src/data/normalise/markCoveredYears';
import type { CellValue, ValidRow } from '../../../src/data/types';
import { XINFU, jobs, period, relocation } from '../support/records';

function subtotal(line: number, values: Record<string, CellValue>): ValidRow {
  return { line, values };
}

const records = [
  relocation({ line: 2, township: 'A镇', households: 10, people: 30 }),
  relocation({ line: 3, township: 'B镇', households: 20, people: null }),
  relocation({ line: 4, ...XINFU, township: 'C镇', households: 5, people: 6 }),
];

describe('checkSubtotals', () => {
  it('checks a grand total (合计 in the county cell) against every counted row, column by column', () => {
    const grand = subtotal(9, { county_code: null, county: '合计', period: null, households: 35, people: 36 });
    expect(checkSubtotals(DATASETS.relocation, [grand], records)).toEqual({
      checks: [
        { line: 9, scope: 'all', column: 'households', stated: 35, computed: 10 + 20 + 5, agrees: true },
        { line: 9, scope: 'all', column: 'people', stated: 36, computed: 30 + 6, agrees: true },
      ],
      problems: [],
    });
  });

  it('warns on the subtotal line when it disagrees, giving the computed sum', () => {
    const grand = subtotal(9, { county_code: null, county: '合计', period: null, households: 34 });
    expect(checkSubtotals(DATASETS.relocation, [grand], records)).toEqual({
      checks: [{ line: 9, scope: 'all', column: 'households', stated: 34, computed: 35, agrees: false }],
      problems: [{ line: 9, column: 'households', value: '34', code: 'subtotal_mismatch', severity: 'warning', params: { computed: 35 } }],
    });
  });

  it('scopes a 小计 row further right to its own county', () => {
    const countySubtotal = subtotal(5, { county_code: '140923', county: '代县', period: period(2019), township: '小计', households: 30 });
    expect(checkSubtotals(DATASETS.relocation, [countySubtotal], records).checks).toEqual([
      { line: 5, scope: '140923', column: 'households', stated: 30, computed: 30, agrees: true },
    ]);
  });

  it('compares a 小计 in the site column of township A镇 only with A镇’s rows of that county', () => {
    const sites = [
      relocation({ line: 2, township: 'A镇', site: 'X点', people: 600 }),
      relocation({ line: 3, township: 'A镇', site: 'Y点', people: 400 }),
      relocation({ line: 4, township: 'B镇', site: 'Z点', people: 300 }),
      relocation({ line: 5, ...XINFU, township: 'A镇', site: 'X点', people: 50 }),
    ];
    const aSubtotal = subtotal(6, { county_code: '140923', county: '代县', period: period(2019), township: 'A镇', site: '小计', people: 1000 });
    expect(checkSubtotals(DATASETS.relocation, [aSubtotal], sites)).toEqual({
      checks: [{ line: 6, scope: '140923', column: 'people', stated: 1000, computed: 600 + 400, agrees: true }],
      problems: [],
    });
  });

  it('matches a subtotal’s labels to every label column it fills (a jobs 小计 names no unit: all units)', () => {
    const units = [jobs({ line: 2, unit: 'A', jobs: 10 }), jobs({ line: 3, unit: 'B', jobs: 20 })];
    const all = subtotal(4, { county_code: '140923', county: '代县', period: period(2019), unit: '小计', jobs: 30 });
    expect(checkSubtotals(DATASETS.jobs, [all], units).checks.map((check) => [check.computed, check.agrees])).toEqual([[30, true]]);
  });

  it('does not sum the years a range row covers beside that range', () => {
    const range = relocation({ line: 2, period: period(2016, 2020), people: 3676 });
    const years = [
      relocation({ line: 3, period: period(2019), people: 2000, coveredBy: spanKey(range) }),
      relocation({ line: 4, period: period(2020), people: 1676, coveredBy: spanKey(range) }),
    ];
    const grand = subtotal(5, { county_code: null, county: '合计', period: null, people: 3676 });
    expect(checkSubtotals(DATASETS.relocation, [grand], [range, ...years]).checks).toEqual([
      { line: 5, scope: 'all', column: 'people', stated: 3676, computed: 3676, agrees: true },
    ]);
  });

  it('treats a row with 合计 in the county cell as a grand total even when it states a code', () => {
    const grand = subtotal(9, { county_code: '140923', county: '合计', period: null, households: 35 });
    expect(checkSubtotals(DATASETS.relocation, [grand], records).checks).toEqual([
      { line: 9, scope: 'all', column: 'households', stated: 35, computed: 35, agrees: true },
    ]);
  });

  it('sums only the rows of the period the subtotal states', () => {
    const mixed = [...records, relocation({ line: 5, period: period(2020), township: 'A镇', households: 100 })];
    const of2019 = subtotal(9, { county_code: null, county: '合计', period: period(2019), households: 35 });
    const allPeriods = subtotal(10, { county_code: null, county: '合计', period: null, households: 135 });
    expect(checkSubtotals(DATASETS.relocation, [of2019, allPeriods], mixed).checks.map((check) => [check.line, check.computed, check.agrees])).toEqual([
      [9, 35, true],
      [10, 135, true],
    ]);
  });

  it('reports a stated figure no counted row states as a mismatch with computed "—"', () => {
    const grand = subtotal(9, { county_code: null, county: '合计', period: null, villages: 4 });
    expect(checkSubtotals(DATASETS.relocation, [grand], records)).toEqual({
      checks: [{ line: 9, scope: 'all', column: 'villages', stated: 4, computed: null, agrees: false }],
      problems: [{ line: 9, column: 'villages', value: '4', code: 'subtotal_mismatch', severity: 'warning', params: { computed: '—' } }],
    });
  });

  it('never checks a mean such as the monthly wage', () => {
    const units = [jobs({ line: 2, jobs: 10, avg_monthly_wage_yuan: 3000 }), jobs({ line: 3, jobs: 20, avg_monthly_wage_yuan: 4000 })];
    const grand = subtotal(4, { county_code: null, county: '合计', period: null, unit: null, jobs: 30, avg_monthly_wage_yuan: 3500 });
    expect(checkSubtotals(DATASETS.jobs, [grand], units).checks.map((check) => check.column)).toEqual(['jobs']);
  });

  it('checks nothing when there is no subtotal', () => {
    expect(checkSubtotals(DATASETS.relocation, [], records)).toEqual({ checks: [], problems: [] });
  });
});
