import { describe, expect, it } from 'vitest';
import { countyTableRows } from '../../src/state/countyTable';
import { summariseByCounty } from '../../src/data/aggregate/summarise';
import { importTable } from '../../src/data/importTable';
import { translator } from '../../src/i18n/translate';

describe('countyTableRows', () => {
  const csv = 'county_code,county,period,people,registered_poor_people\n140923,代县,2016-2020,3676,2773\n140922,五台县,2019,500,\n';
  const records = importTable('relocation', 'r.csv', new TextEncoder().encode(csv)).records;
  const counties = summariseByCounty({ relocation: records, sites: [], jobs: [], income: [] });

  it('gives one row per county in the given order, figures unrounded and unknown blank', () => {
    const { columns, rows } = countyTableRows(counties, translator('zh'));
    expect(columns.slice(0, 7)).toEqual(['县', '县级代码', '地市', '搬迁户数', '搬迁人口', '建档立卡人口', '建档立卡占比 (%)']);
    expect(rows.map((row) => row.slice(0, 7))).toEqual([
      ['五台县', '140922', '忻州市', null, 500, null, null],
      ['代县', '140923', '忻州市', null, 3676, 2773, (2773 / 3676) * 100],
    ]);
  });

  it('labels the columns in English when asked', () => {
    expect(countyTableRows(counties, translator('en')).columns[0]).toBe('County');
  });
});
