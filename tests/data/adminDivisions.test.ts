import { describe, expect, it } from 'vitest';
import { countyNameMatches, lookupCounty, type CountyDivision } from '../../src/data/adminDivisions';

describe('lookupCounty', () => {
  it('finds 140923 as 代县 of 忻州市, 山西省', () => {
    expect(lookupCounty('140923')).toEqual({
      code: '140923',
      county: '代县',
      prefectureCode: '140900',
      prefecture: '忻州市',
      provinceCode: '140000',
      province: '山西省',
    });
  });

  it('finds a district of a municipality under its 市辖区', () => {
    expect(lookupCounty('110101')).toEqual({
      code: '110101',
      county: '东城区',
      prefectureCode: '110100',
      prefecture: '市辖区',
      provinceCode: '110000',
      province: '北京市',
    });
  });

  it.each([['999999'], ['140999'], ['140900'], ['140000'], ['86'], [''], ['14092']])('returns null for %j, which is no county', (code) => {
    expect(lookupCounty(code)).toBeNull();
  });
});

describe('countyNameMatches', () => {
  const dai = lookupCounty('140923') as CountyDivision;

  it.each([['代县'], [' 代 县 '], ['山西省代县'], ['忻州市代县'], ['山西省忻州市代县']])('accepts %j as naming 代县', (written) => {
    expect(countyNameMatches(written, dai)).toBe(true);
  });

  it.each([['代州'], ['代'], ['繁峙县'], ['代县城'], ['']])('rejects %j as naming 代县', (written) => {
    expect(countyNameMatches(written, dai)).toBe(false);
  });

  it('accepts a name written without its final 区/县 when at least two characters are given', () => {
    const xinfu = lookupCounty('140902') as CountyDivision;
    expect(countyNameMatches('忻府', xinfu)).toBe(true);
    expect(countyNameMatches('忻', xinfu)).toBe(false);
  });
});
