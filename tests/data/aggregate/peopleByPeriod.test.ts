import { describe, expect, it } from 'vitest';
import { MAX_COMPARED_COUNTIES, peopleByPeriod } from '../../../src/data/aggregate/peopleByPeriod';
import { XINFU, period, relocation } from '../support/records';

describe('peopleByPeriod', () => {
  it('gives no points for no records', () => {
    expect(peopleByPeriod([])).toEqual({ kind: 'ranges', points: [], rangeRowsLeftOut: 0 });
  });

  it('forms a yearly series from single-year rows, summing counties, and leaves range rows out', () => {
    const records = [
      relocation({ period: period(2020), people: 5 }),
      relocation({ period: period(2019), people: 30 }),
      relocation({ ...XINFU, period: period(2019), people: 6 }),
      relocation({ period: period(2018), households: 2 }),
      relocation({ period: period(2016, 2020), people: 100 }),
    ];
    expect(peopleByPeriod(records)).toEqual({
      kind: 'yearly',
      points: [
        { period: '2018', people: { value: null, reported: 0, missing: 1 } },
        { period: '2019', people: { value: 30 + 6, reported: 2, missing: 0 } },
        { period: '2020', people: { value: 5, reported: 1, missing: 0 } },
      ],
      rangeRowsLeftOut: 1,
    });
  });

  it('makes each range one point when there are only ranges', () => {
    const records = [relocation({ period: period(2016, 2020), people: 3676 }), relocation({ period: period(2011, 2015), people: 10 })];
    expect(peopleByPeriod(records)).toEqual({
      kind: 'ranges',
      points: [
        { period: '2011-2015', people: { value: 10, reported: 1, missing: 0 } },
        { period: '2016-2020', people: { value: 3676, reported: 1, missing: 0 } },
      ],
      rangeRowsLeftOut: 0,
    });
  });

  describe('comparing counties', () => {
    const records = [
      relocation({ period: period(2018), people: 40 }),
      relocation({ period: period(2019), people: 30 }),
      relocation({ ...XINFU, period: period(2019), people: 6 }),
      relocation({ ...XINFU, period: period(2020), people: 9 }),
    ];
    const [dai] = records;

    it('gives each chosen county its own line on the periods of the total, a period it has no row for unknown rather than 0', () => {
      const series = peopleByPeriod(records, [dai?.county_code ?? '', XINFU.county_code]);
      expect(series.points.map((point) => [point.period, point.people.value])).toEqual([
        ['2018', 40],
        ['2019', 36],
        ['2020', 9],
      ]);
      expect(series.lines?.map((line) => [line.county, line.points.map((point) => point.people.value)])).toEqual([
        [dai?.county, [40, 30, null]],
        ['忻府区', [null, 6, 9]],
      ]);
    });

    it('draws no lines of their own for one county or none, and says when too many were chosen to compare', () => {
      expect(peopleByPeriod(records, [XINFU.county_code]).lines).toBeUndefined();
      const many = Array.from({ length: MAX_COMPARED_COUNTIES + 1 }, (_, index) => String(140900 + index));
      const series = peopleByPeriod(records, many);
      expect(series.lines).toBeUndefined();
      expect(series.tooManyToCompare).toBe(MAX_COMPARED_COUNTIES + 1);
    });

    it('leaves out a chosen county that has no relocation rows', () => {
      expect(peopleByPeriod(records, [XINFU.county_code, '140924', dai?.county_code ?? '']).lines?.map((line) => line.county_code)).toEqual([
        XINFU.county_code,
        dai?.county_code,
      ]);
    });
  });
});
