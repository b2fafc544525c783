import { describe, expect, it } from 'vitest';
import { RELOCATION_MEASURES, resolveCountyTotals } from '../../../src/data/normalise/resolveCountyTotals';
import { relocationSpec } from '../../../src/data/schema/relocation';
import { XINFU, period, relocation } from '../support/records';

describe('resolveCountyTotals', () => {
  it('counts a county total row and not its township detail rows', () => {
    const total = relocation({ line: 2, households: 30, people: 80 });
    const a = relocation({ line: 3, township: 'A镇', households: 10, people: 30 });
    const b = relocation({ line: 4, township: 'B镇', households: 20, people: 50 });
    expect(resolveCountyTotals([total, a, b])).toEqual({ counted: [total], problems: [] });
  });

  it('finds the total row wherever it stands among its details', () => {
    const a = relocation({ line: 2, township: 'A镇', people: 30 });
    const total = relocation({ line: 3, people: 30 });
    expect(resolveCountyTotals([a, total])).toEqual({ counted: [total], problems: [] });
  });

  it('reports a total that disagrees with its details as detail_sum_mismatch on the total line, and keeps the total', () => {
    const total = relocation({ line: 2, households: 30, people: 81 });
    const a = relocation({ line: 3, township: 'A镇', households: 10, people: 30 });
    const b = relocation({ line: 5, township: 'B镇', households: 20, people: 50 });
    expect(resolveCountyTotals([total, a, b])).toEqual({
      counted: [total],
      problems: [
        { line: 2, column: 'people', value: '81', code: 'detail_sum_mismatch', severity: 'warning', params: { computed: 30 + 50, lines: '3, 5' } },
      ],
    });
  });

  it('does not compare a total with details that leave the figure blank on some row', () => {
    const total = relocation({ line: 2, people: 100 });
    const a = relocation({ line: 3, township: 'A镇', people: 30 });
    const b = relocation({ line: 4, township: 'B镇', households: 5 });
    expect(resolveCountyTotals([total, a, b]).problems).toEqual([]);
  });

  it('fills a figure the total leaves blank with the sum of its details when every detail states it', () => {
    const total = relocation({ line: 2, people: 80 });
    const a = relocation({ line: 3, township: 'A镇', households: 10, people: 30, villages: 2 });
    const b = relocation({ line: 4, site: '新区', households: 20, people: 50, villages: 1 });
    expect(resolveCountyTotals([total, a, b])).toEqual({
      counted: [{ ...total, households: 10 + 20, villages: 2 + 1, derived: ['households', 'villages'] }],
      problems: [],
    });
  });

  it('leaves a figure the total leaves blank unknown when some detail leaves it blank too', () => {
    const total = relocation({ line: 2, people: 80 });
    const a = relocation({ line: 3, township: 'A镇', households: 10, people: 30, villages: 2 });
    const b = relocation({ line: 4, township: 'B镇', people: 50 });
    expect(resolveCountyTotals([total, a, b])).toEqual({ counted: [total], problems: [] });
  });

  describe('township totals (township given, site blank)', () => {
    const township = relocation({ line: 2, township: 'A镇', people: 1000 });
    const x = relocation({ line: 3, township: 'A镇', site: 'X点', people: 600 });
    const y = relocation({ line: 4, township: 'A镇', site: 'Y点', people: 400 });

    it('counts a township total and not its own site rows', () => {
      expect(resolveCountyTotals([township, x, y])).toEqual({ counted: [township], problems: [] });
    });

    it('compares a county total with the township total, not with the township total plus its sites', () => {
      const county = relocation({ line: 5, people: 1000 });
      expect(resolveCountyTotals([township, x, y, county])).toEqual({ counted: [county], problems: [] });
    });

    it('warns on the township total line when its sites disagree, and keeps the township total', () => {
      const short = relocation({ line: 4, township: 'A镇', site: 'Y点', people: 300 });
      expect(resolveCountyTotals([township, x, short])).toEqual({
        counted: [township],
        problems: [{ line: 2, column: 'people', value: '1000', code: 'detail_sum_mismatch', severity: 'warning', params: { computed: 900, lines: '3, 4' } }],
      });
    });

    it('fills a figure the township total leaves blank from its sites when every site states it', () => {
      const x2 = { ...x, households: 200 };
      const y2 = { ...y, households: 150, villages: 1 };
      expect(resolveCountyTotals([township, x2, y2])).toEqual({
        counted: [{ ...township, households: 350, derived: ['households'] }],
        problems: [],
      });
    });

    it('sums each township’s result under the county total: a township total, or the sites of a township without one', () => {
      const b1 = relocation({ line: 5, township: 'B镇', site: 'Z点', people: 70 });
      const b2 = relocation({ line: 6, township: 'B镇', site: 'W点', people: 30 });
      const county = relocation({ line: 7, people: 1101 });
      expect(resolveCountyTotals([township, x, y, b1, b2, county])).toEqual({
        counted: [county],
        problems: [
          { line: 7, column: 'people', value: '1101', code: 'detail_sum_mismatch', severity: 'warning', params: { computed: 1100, lines: '2, 5, 6' } },
        ],
      });
    });

    it('fills a blank county figure from township results, including figures filled from sites', () => {
      const x2 = { ...x, households: 200 };
      const y2 = { ...y, households: 150 };
      const b = relocation({ line: 5, township: 'B镇', households: 50, people: 100 });
      const county = relocation({ line: 6, people: 1100 });
      expect(resolveCountyTotals([township, x2, y2, b, county])).toEqual({
        counted: [{ ...county, households: 350 + 50, derived: ['households'] }],
        problems: [],
      });
    });

    it('counts township totals and the sites of other townships side by side when there is no county total', () => {
      const b = relocation({ line: 5, township: 'B镇', site: 'Z点', people: 70 });
      const lone = relocation({ line: 6, site: '新区', people: 5 });
      expect(resolveCountyTotals([lone, b, y, x, township])).toEqual({ counted: [township, b, lone], problems: [] });
    });

    it('resolves townships of different periods and counties apart', () => {
      const x2020 = relocation({ line: 5, period: period(2020), township: 'A镇', site: 'X点', people: 9 });
      const xinfu = relocation({ line: 6, ...XINFU, township: 'A镇', site: 'X点', people: 8 });
      expect(resolveCountyTotals([township, x, y, x2020, xinfu]).counted).toEqual([township, x2020, xinfu]);
    });
  });

  it('counts every detail row of a county and period without a total', () => {
    const a = relocation({ line: 2, township: 'A镇', people: 30 });
    const b = relocation({ line: 3, township: 'B镇', people: 50 });
    expect(resolveCountyTotals([a, b])).toEqual({ counted: [a, b], problems: [] });
  });

  it('resolves each county and period on its own and returns the counted rows in line order', () => {
    const daiTotal2019 = relocation({ line: 2, people: 80 });
    const daiDetail2019 = relocation({ line: 3, township: 'A镇', people: 80 });
    const dai2020 = relocation({ line: 4, period: period(2020), township: 'A镇', people: 7 });
    const xinfuTotal2019 = relocation({ line: 5, ...XINFU, people: 9 });
    const xinfuDetail2020 = relocation({ line: 6, ...XINFU, period: period(2020), township: 'C镇', people: 4 });
    const { counted, problems } = resolveCountyTotals([xinfuDetail2020, dai2020, daiDetail2019, xinfuTotal2019, daiTotal2019]);
    expect(counted).toEqual([daiTotal2019, dai2020, xinfuTotal2019, xinfuDetail2020]);
    expect(problems).toEqual([]);
  });

  it('does not treat a 2016-2020 total as the total of 2019 details', () => {
    const range = relocation({ line: 2, period: period(2016, 2020), people: 100 });
    const year = relocation({ line: 3, township: 'A镇', people: 30 });
    expect(resolveCountyTotals([range, year]).counted).toEqual([range, year]);
  });

  it('returns nothing for no rows', () => {
    expect(resolveCountyTotals([])).toEqual({ counted: [], problems: [] });
  });

  it('takes every count column of relocation.csv as a measure that adds up', () => {
    const counts = relocationSpec.columns.filter((column) => column.type === 'count').map((column) => column.key);
    expect([...RELOCATION_MEASURES].sort()).toEqual(counts.sort());
  });

});
