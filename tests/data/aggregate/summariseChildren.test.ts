import { describe, expect, it } from 'vitest';
import { childLevel, summariseChildren } from '../../../src/data/aggregate/summariseChildren';
import { countiesListedIn } from '../../../src/data/adminDivisions';
import { dataset, period, relocation } from '../support/records';

const PLAN = period(2016, 2020);
const line = (county_code: string, county: string, people: number, province: string | null, prefecture: string | null = null) =>
  relocation({ county_code, county, people, period: PLAN, province, prefecture });

const NATIONAL = dataset({
  relocation: [
    line('100000', '全国', 9_600_000, null),
    line('140000', '山西省', 472_000, '山西省'),
    line('140923', '代县', 3_676, '山西省', '忻州市'),
    line('140924', '繁峙县', 1_000, '山西省', '忻州市'),
    line('520000', '贵州省', 1_880_000, '贵州省'),
  ],
});

describe('summariseChildren: the places one step down, each with its figure and its coverage', () => {
  it('lists the provinces under the nation with their stated figures, and the counties’ sum beside Shanxi’s', () => {
    const rows = summariseChildren(NATIONAL, '100000');
    expect(rows.map((row) => [row.county_code, row.county, row.level, row.people.value])).toEqual([
      ['140000', '山西省', 'province', 472_000],
      ['520000', '贵州省', 'province', 1_880_000],
    ]);
    expect(rows[0]!.coverage).toEqual({ statedPeople: 472_000, partsPeople: 4_676, countiesKnown: 2, countiesListed: countiesListedIn('140000') });
    expect(rows[1]!.coverage).toEqual({ statedPeople: 1_880_000, partsPeople: null, countiesKnown: 0, countiesListed: countiesListedIn('520000') });
  });

  it('names a prefecture that states nothing by its counties, and gives it their sum', () => {
    expect(summariseChildren(NATIONAL, '140000').map((row) => [row.county_code, row.county, row.people.value, row.coverage.statedPeople])).toEqual([
      ['140900', '忻州市', 4_676, null],
    ]);
  });

  it('lists counties, never a total, one step below a prefecture', () => {
    expect(summariseChildren(NATIONAL, '140900').map((row) => row.county)).toEqual(['代县', '繁峙县']);
    expect(summariseChildren(NATIONAL, '140923')).toEqual([]);
  });

  it('lists a file of counties by county at every level above, as the county table always has', () => {
    const counties = dataset({ relocation: [line('140923', '代县', 3_676, '山西省', '忻州市'), line('520201', '钟山区', 10, '贵州省', '六盘水市')] });
    expect(childLevel(counties, '100000')).toBe('county');
    expect(summariseChildren(counties, '100000').map((row) => row.county_code)).toEqual(['140923', '520201']);
  });
});
