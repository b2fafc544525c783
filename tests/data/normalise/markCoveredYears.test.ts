import { describe, expect, it } from 'vitest';
import { markCoveredYears, spanKey, withoutCoveredRows } from '../../../src/data/normalise/markCoveredYears';
import type { RelocationRecord } from '../../../src/data/types';
import { XINFU, jobs, period, relocation } from '../support/records';

// 代县 as reported: 3676 people relocated in 2016-2020, entered beside 2019 and 2020 rows.
const range = relocation({ line: 2, period: period(2016, 2020), people: 3676 });
const y2019 = relocation({ line: 3, period: period(2019), people: 2000 });
const y2020 = relocation({ line: 4, period: period(2020), people: 1676 });
const RANGE_KEY = '140923|2016-2020||';

describe('spanKey', () => {
  it('names a row by county code, period, township and site, blanks as empty', () => {
    expect(spanKey(range)).toBe(RANGE_KEY);
    expect(spanKey(relocation({ period: period(2019), township: 'A镇', site: 'X点' }))).toBe('140923|2019|A镇|X点');
  });
});

describe('markCoveredYears', () => {
  it('marks the years a range row of the same county covers with the range’s key, and the range with null', () => {
    expect(markCoveredYears([range, y2019, y2020])).toEqual({
      records: [
        { ...range, coveredBy: null },
        { ...y2019, coveredBy: RANGE_KEY },
        { ...y2020, coveredBy: RANGE_KEY },
      ],
      problems: [],
    });
  });

  it('warns on the range line when the years it covers all state a figure that adds up differently', () => {
    const short2020 = { ...y2020, people: 1000 };
    expect(markCoveredYears([range, y2019, short2020]).problems).toEqual([
      { line: 2, column: 'people', value: '3676', code: 'detail_sum_mismatch', severity: 'warning', params: { computed: 3000, lines: '3, 4' } },
    ]);
  });

  it('does not compare a range with years that leave the figure blank on some row', () => {
    const blank2020 = { ...y2020, people: null, households: 500 };
    const { records, problems } = markCoveredYears([range, y2019, blank2020]);
    expect(problems).toEqual([]);
    expect(records.map((record) => record.coveredBy)).toEqual([null, RANGE_KEY, RANGE_KEY]);
  });

  it('covers only rows of the same county, township and site', () => {
    const township = relocation({ line: 5, period: period(2019), township: 'A镇', people: 10 });
    const site = relocation({ line: 6, period: period(2019), site: '新区', people: 10 });
    const xinfu = relocation({ line: 7, ...XINFU, period: period(2019), people: 10 });
    const townshipRange = relocation({ line: 8, period: period(2016, 2020), township: 'A镇', people: 10 });
    expect(markCoveredYears([range, township, site, xinfu, townshipRange]).records.map((record) => record.coveredBy)).toEqual([
      null,
      '140923|2016-2020|A镇|',
      null,
      null,
      null,
    ]);
  });

  it('covers only shorter periods that lie wholly within the range', () => {
    const outside = relocation({ line: 5, period: period(2015), people: 1 });
    const overlapping = relocation({ line: 6, period: period(2019, 2021), people: 1 });
    expect(markCoveredYears([range, outside, overlapping]).records.map((record) => record.coveredBy)).toEqual([null, null, null]);
  });

  it('gives a year within nested ranges to the shortest, which the longer range covers in turn', () => {
    const inner = relocation({ line: 5, period: period(2019, 2020), people: 3676 });
    const { records, problems } = markCoveredYears([range, y2019, y2020, inner]);
    expect(records.map((record) => [record.line, record.coveredBy])).toEqual([
      [2, null],
      [3, '140923|2019-2020||'],
      [4, '140923|2019-2020||'],
      [5, RANGE_KEY],
    ]);
    expect(problems).toEqual([]);
  });

  it('marks nothing where no row is a range', () => {
    expect(markCoveredYears([y2019, y2020])).toEqual({ records: [y2019, y2020], problems: [] });
    expect(markCoveredYears([])).toEqual({ records: [], problems: [] });
  });
});

describe('withoutCoveredRows', () => {
  const [markedRange, marked2019, marked2020] = markCoveredYears([range, y2019, y2020]).records;

  it('leaves out the rows a range among them covers, keeping the range', () => {
    expect(withoutCoveredRows([markedRange, marked2019, marked2020])).toEqual([markedRange]);
  });

  it('keeps covered rows whose range is not among them', () => {
    expect(withoutCoveredRows([marked2019, marked2020])).toEqual([marked2019, marked2020]);
  });

  it('keeps rows of other datasets and relocation rows stored before coveredBy existed', () => {
    const stored: Partial<RelocationRecord> = { ...y2019 };
    delete stored.coveredBy;
    const unit = jobs();
    expect(withoutCoveredRows([unit])).toEqual([unit]);
    expect(withoutCoveredRows([markedRange, stored])).toEqual([markedRange, stored]);
  });
});
