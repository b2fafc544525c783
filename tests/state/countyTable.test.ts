import { describe, expect, it } from 'vitest';
import { countyTableRows } from '../../src/state/countyTable';
import { summariseByCounty } from '../../src/data/aggregate/summarise';
import { summariseByArea } from '../../src/data/aggregate/summariseByArea';
import type { Dataset } from '../../src/data/types';
import { translator } from '../../src/i18n/translate';
import { importAs } from '../support/importAs';

describe('countyTableRows', () => {
  const csv = 'county_code,county,period,people,registered_poor_people\n140923,代县,2016-2020,3676,2773\n140922,五台县,2019,500,\n';
  const records = importAs('relocation', 'r.csv', new TextEncoder().encode(csv)).records;
  const residents = importAs('population', 'p.csv', new TextEncoder().encode('county_code,county,period,population\n140923,代县,2020,178870\n')).records;
  const data: Dataset = { relocation: records, sites: [], jobs: [], income: [], population: residents };
  const counties = summariseByCounty(data);

  it('gives one row per county in the given order, counts unrounded, a share in per cent to one decimal, unknown blank', () => {
    const { columns, rows } = countyTableRows(counties, translator('zh'));
    expect(columns.slice(0, 7)).toEqual(['县', '县级代码', '地市', '搬迁户数', '搬迁人口', '建档立卡人口', '建档立卡占比 (%)']);
    expect(rows.map((row) => row.slice(0, 7))).toEqual([
      ['五台县', '140922', '忻州市', null, 500, null, null],
      ['代县', '140923', '忻州市', null, 3676, 2773, 75.4],
    ]);
  });

  it('gives people and jobs per 1,000 residents unrounded, blank where the population or the figure is unknown', () => {
    const { columns, rows } = countyTableRows(counties, translator('zh'));
    const people = columns.indexOf('每千常住人口搬迁人数');
    const jobs = columns.indexOf('每千常住人口就业岗位');
    expect(rows.map((row) => [row[0], row[people], row[jobs]])).toEqual([
      ['五台县', null, null],
      ['代县', (3676 / 178870) * 1000, null],
    ]);
  });

  it('names a prefecture row’s columns for a prefecture, with its province as the area it belongs to', () => {
    const { columns, rows } = countyTableRows(summariseByArea(data, 'prefecture'), translator('zh'), 'prefecture');
    expect(columns.slice(0, 4)).toEqual(['地市', '行政区划代码', '省份', '搬迁户数']);
    expect(rows.map((row) => row.slice(0, 5))).toEqual([['忻州市', '140900', '山西省', null, 3676 + 500]]);
  });

  it('gives a province row no column of an area above it', () => {
    const { columns, rows } = countyTableRows(summariseByArea(data, 'province'), translator('en'), 'province');
    expect(columns.slice(0, 3)).toEqual(['Province', 'Administrative code', 'Households']);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([['山西省', '140000', null, 3676 + 500]]);
  });

  it('labels the columns in English when asked', () => {
    expect(countyTableRows(counties, translator('en')).columns[0]).toBe('County');
  });
});
