import { describe, expect, it } from 'vitest';
import { periodBetween, yearsOf } from '../../src/state/periodChoice';
import { period } from '../support/figures';

describe('yearsOf', () => {
  it('lists every year of a span, and none without one', () => {
    expect(yearsOf(period('2016-2020'))).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(yearsOf(period('2020'))).toEqual([2020]);
    expect(yearsOf(null)).toEqual([]);
  });
});

describe('periodBetween', () => {
  const span = period('2016-2020');

  it('reads the two selects in either order', () => {
    expect(periodBetween(2019, 2017, span)).toEqual(period('2017-2019'));
    expect(periodBetween(2017, 2019, span)).toEqual(period('2017-2019'));
  });

  it('is one year when both selects name it', () => {
    expect(periodBetween(2018, 2018, span)).toEqual(period('2018'));
  });

  it('is no filter at all when the selects span every year the data has', () => {
    expect(periodBetween(2020, 2016, span)).toBeNull();
  });
});
