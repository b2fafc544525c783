import { describe, expect, it } from 'vitest';
import { peopleByPeriod } from '../../../src/data/aggregate/peopleByPeriod';
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
});
