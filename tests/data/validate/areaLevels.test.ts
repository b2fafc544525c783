import { describe, expect, it } from 'vitest';
import { importAs } from '../../support/importAs';
import { utf8 } from '../../support/encode';

const HEADER = 'county_code,county,period,people,source';

function importRelocation(lines: string[]) {
  return importAs('relocation', 'r.csv', utf8([HEADER, ...lines].join('\n')));
}

describe('a file of places at several levels', () => {
  it('keeps the nation’s, a province’s, a prefecture’s and a county’s lines, each a figure of its own', () => {
    const result = importRelocation(['100000,全国,十三五,960多万,甲', '140000,山西省,十三五,47.2万,乙', '140900,忻州市,十三五,20000,丙', '140923,代县,2016-2020,3676,丁']);
    expect(result.rejected).toEqual([]);
    expect(result.records.map((record) => [record.county_code, record.people, record.province])).toEqual([
      ['100000', 9_600_000, null],
      ['140000', 472_000, '山西省'],
      ['140900', 20_000, '山西省'],
      ['140923', 3_676, '山西省'],
    ]);
    expect(result.problems.filter((problem) => problem.code === 'county_name_mismatch')).toEqual([]);
  });

  it('warns when a province’s name is not the one its code names, and rejects a code no level has', () => {
    const result = importRelocation(['140000,陕西省,十三五,10,甲', '149900,某市,十三五,10,甲']);
    expect(result.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [2, 'county_name_mismatch'],
      [3, 'unknown_county_code'],
    ]);
  });
});

describe('two sources that disagree on one place and period', () => {
  it('are a conflict, never two facts added up, though their quotes differ', () => {
    const result = importAs(
      'relocation',
      'r.csv',
      utf8(['county_code,county,period,people,source,quote,note', '520000,贵州省,十三五,188万,甲,全面完成188万人,', '520000,贵州省,十三五,192万,乙,共易地搬迁192万人,'].join('\n')),
    );
    expect(result.records.map((record) => record.people)).toEqual([1_920_000]);
    expect(result.problems.map((problem) => problem.code)).toContain('conflicting_figures');
  });
});
