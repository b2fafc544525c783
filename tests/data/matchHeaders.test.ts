import { describe, expect, it } from 'vitest';
import { matchHeaders, normaliseHeader } from '../../src/data/matchHeaders';
import { DATASETS } from '../../src/data/schema';

const { relocation, sites, jobs, income } = DATASETS;

/** The index map as a plain object, for exact comparison. */
function indexes(header: readonly string[], spec = relocation): Record<string, number> {
  return Object.fromEntries(matchHeaders(header, spec).indexOf);
}

describe('normaliseHeader', () => {
  it.each([
    [' County_Code ', 'county_code'],
    ['占地（亩）', '占地(亩)'],
    ['搬迁 人数', '搬迁人数'],
    ['ＰＥＯＰＬＥ', 'people'],
  ])('folds %j to %j', (raw, folded) => {
    expect(normaliseHeader(raw)).toBe(folded);
  });
});

describe('matchHeaders', () => {
  it('reads a header written on two lines of its cell (Chinese, then the key) by the line that names a column', () => {
    expect(indexes(['县级代码\ncounty_code', '县\ncounty', '年份\r\nperiod', '搬迁人数（人）\npeople'])).toEqual({ county_code: 0, county: 1, period: 2, people: 3 });
  });

  it('keeps the unit of a header wrapped before its unit, and of a two-line header’s first line', () => {
    const wrapped = matchHeaders(['county_code', 'county', 'period', 'mechanism', '户均增收\n（万元）', '受益人数（万人）\npeople'], income);
    expect(Object.fromEntries(wrapped.scaleOf)).toEqual({ income_gain_per_household_yuan: 1e4, people: 1e4 });
  });

  it('matches canonical English headers to their column positions', () => {
    expect(matchHeaders(['county_code', 'county', 'period', 'households', 'people'], relocation)).toEqual({
      indexOf: new Map([
        ['county_code', 0],
        ['county', 1],
        ['period', 2],
        ['households', 3],
        ['people', 4],
      ]),
      unknown: [],
      missing: [],
      scaleOf: new Map(),
    });
  });

  it('matches the Chinese headers of the data contract', () => {
    expect(indexes(['县级代码', '县', '年份', '乡镇', '安置点', '搬迁户数', '搬迁人数', '建档立卡人数', '来源', '备注'])).toEqual({
      county_code: 0,
      county: 1,
      period: 2,
      township: 3,
      site: 4,
      households: 5,
      people: 6,
      registered_poor_people: 7,
      source: 8,
      note: 9,
    });
  });

  it('ignores surrounding and inner spaces and letter case', () => {
    expect(indexes(['  County_Code ', 'COUNTY', ' Period', '搬迁 人数 '])).toEqual({ county_code: 0, county: 1, period: 2, people: 3 });
  });

  it.each([['占地(亩)'], ['占地（亩）'], ['area_mu'], ['Area_MU']])('matches %j to area_mu, whatever the brackets', (header) => {
    expect(indexes(['county_code', 'county', 'period', 'site', header], sites)).toEqual({ county_code: 0, county: 1, period: 2, site: 3, area_mu: 4 });
  });

  it.each([['搬迁人数（人）'], ['搬迁人数(人)'], ['people (人)'], ['搬迁人数 （ 人 ）']])('tolerates the trailing unit in %j', (header) => {
    expect(indexes(['county_code', 'county', 'period', header])).toEqual({ county_code: 0, county: 1, period: 2, people: 3 });
  });

  it('remembers a unit in 万 (户均增收（万元）, 搬迁人数（万人）) as a scale of 10,000, and no scale for the contract unit', () => {
    const match = matchHeaders(['county_code', 'county', 'period', 'mechanism', '户均增收（万元）', '人均增收（元/年）', '受益人数（万人）'], income);
    expect(match.indexOf.get('income_gain_per_household_yuan')).toBe(4);
    expect(match.scaleOf).toEqual(new Map([['income_gain_per_household_yuan', 1e4], ['people', 1e4]]));
  });

  it('matches a Chinese header written without the unit the contract gives it (户均增收 for 户均增收（元/年）)', () => {
    expect(indexes(['县级代码', '县', '年份', '带贫机制', '户均增收', '人均增收(元)'], income)).toEqual({
      county_code: 0,
      county: 1,
      period: 2,
      mechanism: 3,
      income_gain_per_household_yuan: 4,
      income_gain_per_capita_yuan: 5,
    });
  });

  it('lists unknown headers with their positions, skipping blank ones', () => {
    const match = matchHeaders(['county_code', '备用', 'county', '', 'period', 'people', 'Remarks 2'], relocation);
    expect(match.unknown).toEqual([
      { index: 1, header: '备用' },
      { index: 6, header: 'Remarks 2' },
    ]);
    expect(match.missing).toEqual([]);
  });

  it('keeps the first of two headers naming the same column and lists the second as unknown', () => {
    const match = matchHeaders(['county_code', 'county', 'period', 'people', '搬迁人数'], relocation);
    expect(match.indexOf.get('people')).toBe(3);
    expect(match.unknown).toEqual([{ index: 4, header: '搬迁人数' }]);
  });

  it('reports each missing required column by its canonical name', () => {
    expect(matchHeaders(['county', 'households'], relocation).missing).toEqual(['county_code', 'period']);
    expect(matchHeaders(['county_code', 'county', 'period', 'unit'], jobs).missing).toEqual(['unit_type']);
  });

  it('reports the households/people group when neither is in the header', () => {
    expect(matchHeaders(['county_code', 'county', 'period', 'township'], relocation).missing).toEqual(['households/people/registered_poor_households/registered_poor_people']);
  });

  it('is satisfied by either member of the households/people group', () => {
    expect(matchHeaders(['county_code', 'county', 'period', 'households'], relocation).missing).toEqual([]);
    expect(matchHeaders(['county_code', 'county', 'period', 'people'], relocation).missing).toEqual([]);
  });

  it('reports every required column and the group for an empty header', () => {
    expect(matchHeaders([], relocation)).toEqual({ indexOf: new Map(), unknown: [], missing: ['county_code', 'county', 'period', 'households/people/registered_poor_households/registered_poor_people'], scaleOf: new Map() });
  });
});
