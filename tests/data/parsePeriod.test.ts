import { describe, expect, it } from 'vitest';
import { parsePeriod, periodOf, periodWithin } from '../../src/data/parsePeriod';

describe('parsePeriod', () => {
  it.each([
    ['2019', 2019, 2019, '2019'],
    ['2019年', 2019, 2019, '2019'],
    ['2019年度', 2019, 2019, '2019'],
    ['２０１９年度', 2019, 2019, '2019'],
    ['2016年度-2020年度', 2016, 2020, '2016-2020'],
    ['２０１９', 2019, 2019, '2019'],
    [' 2019 ', 2019, 2019, '2019'],
    ['2016-2020', 2016, 2020, '2016-2020'],
    ['2016—2020', 2016, 2020, '2016-2020'],
    ['2016–2020', 2016, 2020, '2016-2020'],
    ['2016~2020', 2016, 2020, '2016-2020'],
    ['2016～2020', 2016, 2020, '2016-2020'],
    ['2016－2020', 2016, 2020, '2016-2020'],
    ['2016至2020', 2016, 2020, '2016-2020'],
    ['2016到2020', 2016, 2020, '2016-2020'],
    ['2016年-2020年', 2016, 2020, '2016-2020'],
    ['2016 - 2020', 2016, 2020, '2016-2020'],
    ['2019-2019', 2019, 2019, '2019'],
    ['十二五', 2011, 2015, '2011-2015'],
    ['十三五', 2016, 2020, '2016-2020'],
    ['十四五', 2021, 2025, '2021-2025'],
    ['十三五期间', 2016, 2020, '2016-2020'],
    ['“十三五”', 2016, 2020, '2016-2020'],
  ])('reads %j as %d–%d (label %s)', (raw, from, to, label) => {
    expect(parsePeriod(raw)).toEqual({ from, to, label });
  });

  it.each([
    ['2020-2016'], // reversed range
    ['20xx'],
    ['19'],
    ['1900'], // before 1949
    ['2101'],
    ['2016-'],
    ['十五五规划'],
    [''],
    ['2019.5'],
    ['2019年底'],
    ['2019年度末'],
  ])('returns null for %j, which is not a period', (raw) => {
    expect(parsePeriod(raw)).toBeNull();
  });

  it('gives the same period, frozen, each time it reads the same text, so no record can change another’s', () => {
    const first = parsePeriod('2019年');
    expect(parsePeriod('2019年')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { from: number }).from = 2000;
    }).toThrow(TypeError);
    expect(parsePeriod('2019年')).toEqual({ from: 2019, to: 2019, label: '2019' });
  });

  it('still reads right after more distinct texts than it remembers', () => {
    for (let i = 0; i < 5000; i++) expect(parsePeriod(`不是年份${i}`)).toBeNull();
    expect(parsePeriod('2016-2020')).toEqual({ from: 2016, to: 2020, label: '2016-2020' });
    expect(parsePeriod('十三五')).toEqual({ from: 2016, to: 2020, label: '2016-2020' });
  });
});

describe('periodOf', () => {
  it('labels a single year by the year and a range by from-to', () => {
    expect(periodOf(2019, 2019)).toEqual({ from: 2019, to: 2019, label: '2019' });
    expect(periodOf(2016, 2020)).toEqual({ from: 2016, to: 2020, label: '2016-2020' });
  });
});

describe('periodWithin', () => {
  it.each([
    [periodOf(2019, 2019), periodOf(2019, 2020), true],
    [periodOf(2020, 2020), periodOf(2019, 2020), true],
    [periodOf(2016, 2020), periodOf(2016, 2020), true],
    [periodOf(2016, 2020), periodOf(2019, 2020), false],
    [periodOf(2018, 2019), periodOf(2019, 2020), false],
    [periodOf(2021, 2021), periodOf(2016, 2020), false],
    [periodOf(2015, 2015), periodOf(2016, 2020), false],
  ])('says %o lies within %o: %s', (inner, outer, within) => {
    expect(periodWithin(inner, outer)).toBe(within);
  });
});
