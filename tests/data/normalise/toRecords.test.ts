import { describe, expect, it } from 'vitest';
import { toRecords } from '../../../src/data/normalise/toRecords';
import { periodOf } from '../../../src/data/parsePeriod';

describe('toRecords', () => {
  it('gives each row its line, its values, null for absent columns, and the prefecture and province of its code', () => {
    const rows = [{ line: 4, values: { county_code: '140923', county: '代县', period: periodOf(2020, 2020), site: 'A', people: 12 } }];
    expect(toRecords('sites', ['county_code', 'county', 'period', 'site', 'households', 'people'], rows)).toEqual([
      {
        line: 4,
        county_code: '140923',
        county: '代县',
        period: periodOf(2020, 2020),
        site: 'A',
        households: null,
        people: 12,
        prefecture: '忻州市',
        province: '山西省',
      },
    ]);
  });

  it('starts relocation records with nothing derived, no range covering them and no household rows added up', () => {
    const rows = [{ line: 2, values: { county_code: '140923', county: '代县', period: periodOf(2019, 2019), people: 5 } }];
    expect(toRecords('relocation', ['county_code', 'people'], rows)).toEqual([
      { line: 2, county_code: '140923', people: 5, prefecture: '忻州市', province: '山西省', derived: [], coveredBy: null, householdRows: 0 },
    ]);
  });

  it('keeps on a relocation record how many household rows its row adds up', () => {
    const rows = [{ line: 7, values: { county_code: '140923', people: 12 }, householdRows: 4 }];
    expect(toRecords('relocation', ['county_code', 'people'], rows)).toEqual([
      { line: 7, county_code: '140923', people: 12, prefecture: '忻州市', province: '山西省', derived: [], coveredBy: null, householdRows: 4 },
    ]);
  });

  it('gives null prefecture and province for a code the list does not know', () => {
    const rows = [{ line: 2, values: { county_code: '999999' } }];
    expect(toRecords('income', ['county_code'], rows)).toEqual([{ line: 2, county_code: '999999', prefecture: null, province: null }]);
  });
});
