import { describe, expect, it } from 'vitest';
import { summariseByArea } from '../../../src/data/aggregate/summariseByArea';
import { summariseByCounty } from '../../../src/data/aggregate/summarise';
import { areaCode } from '../../../src/data/aggregate/areaLevel';
import { XINFU, dataset, income, jobs, population, relocation } from '../support/records';

// Two counties of 忻州 (代县 is the records' default), one of 吕梁 and one of Hebei.
const XINGXIAN = { county_code: '141123', county: '兴县', prefecture: '吕梁市', province: '山西省' } as const;
const YUXIAN = { county_code: '130726', county: '蔚县', prefecture: '张家口市', province: '河北省' } as const;

const data = dataset({
  relocation: [
    relocation({ line: 2, households: 5, people: 20, registered_poor_people: 10 }),
    relocation({ ...XINFU, line: 3, households: 40, people: 100, registered_poor_people: 90 }),
    relocation({ ...XINGXIAN, line: 4, households: 7, people: 30, registered_poor_people: null }),
    relocation({ ...YUXIAN, line: 5, people: 50 }),
  ],
  jobs: [jobs({ jobs: 12 }), jobs({ ...XINFU, line: 3, jobs: 30 }), jobs({ ...XINGXIAN, line: 4, jobs: null })],
  income: [
    income({ households: 100, income_gain_per_household_yuan: 1000 }),
    income({ ...XINFU, line: 3, households: 300, income_gain_per_household_yuan: 3000 }),
  ],
  population: [population(1000), population(9000, { ...XINFU, line: 3 }), population(4000, { ...YUXIAN, line: 5 })],
});
const row = (level: 'prefecture' | 'province', code: string) => summariseByArea(data, level).find((summary) => summary.county_code === code);

describe('areaCode', () => {
  it('reads a county’s prefecture and province from its GB/T 2260 code', () => {
    expect([areaCode('140923', 'county'), areaCode('140923', 'prefecture'), areaCode('140923', 'province')]).toEqual(['140923', '140900', '140000']);
  });
});

describe('summariseByArea', () => {
  it('by county is the county summary', () => {
    expect(summariseByArea(data, 'county')).toEqual(summariseByCounty(data));
  });

  it('gives one row per prefecture, by code, named and placed as its counties’ records name them', () => {
    expect(summariseByArea(data, 'prefecture').map((summary) => [summary.level, summary.county_code, summary.county, summary.prefecture, summary.province])).toEqual([
      ['prefecture', '130700', '张家口市', '张家口市', '河北省'],
      ['prefecture', '140900', '忻州市', '忻州市', '山西省'],
      ['prefecture', '141100', '吕梁市', '吕梁市', '山西省'],
    ]);
  });

  it('adds up a prefecture’s counts over its counties, blanks staying unknown', () => {
    const xinzhou = row('prefecture', '140900');
    expect(xinzhou?.people).toEqual({ value: 20 + 100, reported: 2, missing: 0 });
    expect(xinzhou?.households.value).toBe(5 + 40);
    expect(xinzhou?.jobs.value).toBe(12 + 30);
    expect(row('prefecture', '141100')?.jobs).toEqual({ value: null, reported: 0, missing: 1 });
  });

  it('recomputes a prefecture’s share from its summed parts, not as a mean of its counties’ shares', () => {
    expect(row('prefecture', '140900')?.registered_poor_share).toBe((10 + 90) / (20 + 100));
  });

  it('keeps a prefecture’s income gain per household weighted by households', () => {
    expect(row('prefecture', '140900')?.income_gain_per_household_yuan.value).toBe((100 * 1000 + 300 * 3000) / (100 + 300));
  });

  it('gives a prefecture’s per-1,000 figures from its summed people and summed population', () => {
    const xinzhou = row('prefecture', '140900');
    expect(xinzhou?.population).toBe(1000 + 9000);
    expect(xinzhou?.people_per_1000_residents).toBe(((20 + 100) / (1000 + 9000)) * 1000);
  });

  it('leaves per-1,000 figures unknown where one of the counties has no population (兴县, so 吕梁 and Shanxi)', () => {
    for (const area of [row('prefecture', '141100'), row('province', '140000')]) {
      expect(area?.population).toBeNull();
      expect(area?.people_per_1000_residents).toBeNull();
    }
  });

  it('adds up provinces the same way: counts summed, shares and weighted means recomputed', () => {
    expect(summariseByArea(data, 'province').map((summary) => [summary.level, summary.county_code, summary.county, summary.prefecture, summary.province])).toEqual([
      ['province', '130000', '河北省', null, '河北省'],
      ['province', '140000', '山西省', null, '山西省'],
    ]);
    const shanxi = row('province', '140000');
    expect(shanxi?.people.value).toBe(20 + 100 + 30);
    expect(shanxi?.households.value).toBe(5 + 40 + 7);
    expect(shanxi?.registered_poor_share).toBe((10 + 90) / (20 + 100));
    expect(shanxi?.income_gain_per_household_yuan.value).toBe((100 * 1000 + 300 * 3000) / (100 + 300));
    expect(row('province', '130000')?.people_per_1000_residents).toBe((50 / 4000) * 1000);
  });

  it('adds no prefecture for a population alone', () => {
    const onlyPopulation = dataset({ relocation: [relocation({ people: 1 })], population: [population(1000), population(4000, YUXIAN)] });
    expect(summariseByArea(onlyPopulation, 'prefecture').map((summary) => summary.county_code)).toEqual(['140900']);
  });
});
