import { describe, expect, it } from 'vitest';
import { areaNameMatches, countiesListedIn, countyNameMatches, lookupArea, lookupCounty, type AreaDivision, type CountyDivision } from '../../src/data/adminDivisions';

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

describe('lookupArea: a place at any level', () => {
  it('reads the level from the code and names the place and what it lies in', () => {
    expect(lookupArea('140000')).toEqual({ code: '140000', level: 'province', name: '山西省', prefecture: null, province: '山西省' });
    expect(lookupArea('140900')).toEqual({ code: '140900', level: 'prefecture', name: '忻州市', prefecture: '忻州市', province: '山西省' });
    expect(lookupArea('140923')).toMatchObject({ level: 'county', name: '代县', prefecture: '忻州市', province: '山西省' });
    expect(lookupArea('100000')).toMatchObject({ level: 'nation', name: '全国' });
  });

  it.each([['140999'], ['149900'], ['990000'], ['1409']])('returns null for %j, which no level has', (code) => {
    expect(lookupArea(code)).toBeNull();
  });

  it.each([
    ['山西省', '140000'],
    ['山西', '140000'],
    ['黔西南州', '522300'],
    ['黔西南布依族苗族自治州', '522300'],
    ['广西', '450000'],
    ['全国', '100000'],
    ['忻州', '140900'],
  ])('accepts %j as naming %s', (written, code) => {
    expect(areaNameMatches(written, lookupArea(code) as AreaDivision)).toBe(true);
  });

  it.each([
    ['陕西省', '140000'],
    ['山', '140000'],
    ['贵州省', '100000'],
    ['大同市', '140900'],
  ])('rejects %j as naming %s', (written, code) => {
    expect(areaNameMatches(written, lookupArea(code) as AreaDivision)).toBe(false);
  });
});

describe('countiesListedIn: the county-level divisions the national list places in an area', () => {
  it('counts a prefecture’s counties, leaving out its 市辖区 placeholder and its functional zone (忻州市: 14, not 16)', () => {
    expect(countiesListedIn('140900')).toBe(14);
  });

  it('adds a province up from its prefectures and the nation from its provinces', () => {
    const shanxiPrefectures = ['140100', '140200', '140300', '140400', '140500', '140600', '140700', '140800', '140900', '141000', '141100'];
    expect(countiesListedIn('140000')).toBe(shanxiPrefectures.reduce((sum, code) => sum + countiesListedIn(code), 0));
    expect(countiesListedIn('100000')).toBeGreaterThan(countiesListedIn('140000'));
  });

  it('counts a county as one, and a code the list does not hold as none', () => {
    expect(countiesListedIn('140923')).toBe(1);
    expect(countiesListedIn('990000')).toBe(0);
  });
});
