import { describe, expect, it } from 'vitest';
import { DATASETS, type DatasetId } from '../../../src/data/schema';
import { periodOf } from '../../../src/data/parsePeriod';
import type { Problem } from '../../../src/data/types';
import { parseCsv, validateTable } from '../../support/wholeFile';

function validate(datasetId: DatasetId, csv: string) {
  const table = parseCsv(csv);
  return validateTable(DATASETS[datasetId], table.header, table.rows);
}

const RELOCATION_HEADER = 'county_code,county,period,township,households,people,registered_poor_people';

/** A relocation file with one data line (line 2) after the header. */
function relocationLine(line: string) {
  return validate('relocation', `${RELOCATION_HEADER}\n${line}\n`);
}

function error(line: number, column: string | null, value: string, code: Problem['code']): Problem {
  return { line, column, value, code, severity: 'error' };
}

describe('validateTable', () => {
  it('accepts a valid row, with every cell read by its column type and blanks as null', () => {
    const result = relocationLine('140923, 代县 ,2016-2020,,1.2万,"36,760",');
    expect(result.problems).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toEqual([
      {
        line: 2,
        values: {
          county_code: '140923',
          county: '代县',
          period: periodOf(2016, 2020),
          township: null,
          households: 12000,
          people: 36760,
          registered_poor_people: null,
        },
      },
    ]);
  });

  it('counts the data rows read, not blank rows', () => {
    const result = validate('relocation', `${RELOCATION_HEADER}\n140923,代县,2019,,1,2,\n,,,,,,\n140923,代县,2020,,3,4,\n`);
    expect(result.rowsRead).toBe(2);
    expect(result.accepted.map((row) => row.line)).toEqual([2, 4]);
  });

  it('keeps a rejected row whole, quoted cells included', () => {
    const result = relocationLine('140923,代县,2019,"A镇, 东",1,"1,23",');
    expect(result.rejected).toEqual([
      { line: 2, cells: ['140923', '代县', '2019', 'A镇, 东', '1', '1,23', ''], reasons: [error(2, 'people', '1,23', 'not_a_number')] },
    ]);
  });

  it('accepts a blank jobs units cell as blank, leaving the default to the record', () => {
    const result = validate('jobs', 'county_code,county,period,unit,unit_type,units\n140923,代县,2020,A,enterprise,\n140923,代县,2020,B,enterprise,18\n');
    expect(result.accepted.map((row) => row.values['units'])).toEqual([null, 18]);
  });

  it('reads a county code written in the 12-digit statistical form or as an Excel number', () => {
    const result = validate('relocation', `${RELOCATION_HEADER}\n140923000000,代县,2019,,1,2,\n140923.0,代县,2019,,1,2,\n`);
    expect(result.accepted.map((row) => row.values['county_code'])).toEqual(['140923', '140923']);
  });

  describe('header problems', () => {
    it('reports each missing required column on line 1 and rejects every row with its line', () => {
      const result = validate('relocation', 'county,households\n代县,1\n代县,2\n');
      expect(result.problems).toEqual([
        { line: 1, column: 'county_code', value: '', code: 'missing_column', severity: 'error' },
        { line: 1, column: 'period', value: '', code: 'missing_column', severity: 'error' },
      ]);
      // The header's errors reject every row; the rows were never read, so they carry no reason of their own.
      expect(result.rejected).toEqual([
        { line: 2, cells: ['代县', '1'], reasons: [] },
        { line: 3, cells: ['代县', '2'], reasons: [] },
      ]);
      expect(result.accepted).toEqual([]);
    });

    it('reports the households/people group as one missing column', () => {
      const result = validate('relocation', 'county_code,county,period\n140923,代县,2019\n');
      expect(result.problems).toEqual([{ line: 1, column: 'households/people/registered_poor_households/registered_poor_people', value: '', code: 'missing_column', severity: 'error' }]);
      expect(result.rejected).toEqual([{ line: 2, cells: ['140923', '代县', '2019'], reasons: [] }]);
    });

    it('reports header problems on the header’s own line when title rows stand above it', () => {
      // 代县易地扶贫搬迁统计表 on line 1, a blank line 2, the header on line 3.
      const result = validateTable(DATASETS.relocation, ['county', 'households', '备用列'], [{ line: 4, cells: ['代县', '1', 'x'] }], 3);
      expect(result.problems).toEqual([
        { line: 3, column: null, value: '备用列', code: 'unknown_column', severity: 'warning' },
        { line: 3, column: 'county_code', value: '', code: 'missing_column', severity: 'error' },
        { line: 3, column: 'period', value: '', code: 'missing_column', severity: 'error' },
      ]);
      expect(result.rejected).toEqual([{ line: 4, cells: ['代县', '1', 'x'], reasons: [] }]);
    });

    it('warns about an unknown column on line 1 and still accepts the rows', () => {
      const result = validate('relocation', 'county_code,county,period,people,备用列\n140923,代县,2019,5,x\n');
      expect(result.problems).toEqual([{ line: 1, column: null, value: '备用列', code: 'unknown_column', severity: 'warning' }]);
      expect(result.accepted.map((row) => row.line)).toEqual([2]);
      expect(result.rejected).toEqual([]);
    });
  });

  describe('field counts', () => {
    const header = 'county_code,county,period,people';

    it('rejects a row with too few fields, naming the line and the counts', () => {
      const result = validate('relocation', `${header}\n140923,代县,2019\n`);
      expect(result.problems).toEqual([
        { line: 2, column: null, value: '140923,代县,2019', code: 'wrong_field_count', severity: 'error', params: { expected: 4, found: 3 } },
      ]);
      expect(result.rejected).toEqual([{ line: 2, cells: ['140923', '代县', '2019'], reasons: result.problems }]);
    });

    it('rejects a row with too many non-empty fields, quoting the extra cells', () => {
      const result = validate('relocation', `${header}\n140923,代县,2019,5,x,,y\n`);
      expect(result.problems).toEqual([
        { line: 2, column: null, value: 'x,y', code: 'wrong_field_count', severity: 'error', params: { expected: 4, found: 7 } },
      ]);
      expect(result.rejected.map((row) => row.line)).toEqual([2]);
    });

    it('accepts extra empty cells at the end of a row (Excel padding)', () => {
      const result = validate('relocation', `${header}\n140923,代县,2019,5,, ,\n`);
      expect(result.problems).toEqual([]);
      expect(result.accepted.map((row) => [row.line, row.values['people']])).toEqual([[2, 5]]);
    });
  });

  describe('cell problems', () => {
    it.each([
      ['missing_required (county blank)', '140923,,2019,,1,2,', 'county', '', 'missing_required'],
      ['missing_required (period blank)', '140923,代县,,,1,2,', 'period', '', 'missing_required'],
      ['not_a_number', '140923,代县,2019,,abc,2,', 'households', 'abc', 'not_a_number'],
      ['not_a_number (bad grouping)', '140923,代县,2019,,1,"1,23",', 'people', '1,23', 'not_a_number'],
      ['negative_number', '140923,代县,2019,,-5,2,', 'households', '-5', 'negative_number'],
      ['fraction_in_count', '140923,代县,2019,,1,3.5,', 'people', '3.5', 'fraction_in_count'],
      ['malformed_county_code', '14092,代县,2019,,1,2,', 'county_code', '14092', 'malformed_county_code'],
      ['malformed_period', '140923,代县,20xx,,1,2,', 'period', '20xx', 'malformed_period'],
      ['malformed_period (reversed range)', '140923,代县,2020-2016,,1,2,', 'period', '2020-2016', 'malformed_period'],
    ] as const)('rejects %s, naming the line and column', (_name, line, column, value, code) => {
      const result = relocationLine(line);
      expect(result.problems).toEqual([error(2, column, value, code)]);
      expect(result.rejected.map((row) => row.line)).toEqual([2]);
      expect(result.accepted).toEqual([]);
    });

    it('rejects a non-year in a year column as malformed_year', () => {
      const result = validate('sites', 'county_code,county,period,site,opened\n140923,代县,2020,A,2018\n140923,代县,2020,B,18\n');
      expect(result.problems).toEqual([error(3, 'opened', '18', 'malformed_year')]);
      expect(result.accepted.map((row) => [row.line, row.values['opened']])).toEqual([[2, 2018]]);
    });

    it('rejects a jobs unit_type that is not a known type, and accepts the Chinese word 扶贫车间 as township_workshop', () => {
      const result = validate('jobs', 'county_code,county,period,unit,unit_type\n140923,代县,2020,A,factory\n140923,代县,2020,B,扶贫车间\n');
      expect(result.problems).toEqual([error(2, 'unit_type', 'factory', 'unknown_enum_value')]);
      expect(result.rejected.map((row) => row.line)).toEqual([2]);
      expect(result.accepted.map((row) => [row.line, row.values['unit_type']])).toEqual([[3, 'township_workshop']]);
    });

    it('reports every bad cell of a row and rejects the row once', () => {
      const result = relocationLine('14092,代县,20xx,,abc,2,');
      expect(result.problems).toEqual([
        error(2, 'county_code', '14092', 'malformed_county_code'),
        error(2, 'period', '20xx', 'malformed_period'),
        error(2, 'households', 'abc', 'not_a_number'),
      ]);
      expect(result.rejected.map((row) => row.line)).toEqual([2]);
      expect(result.rejected[0]?.reasons).toEqual(result.problems);
    });

    it('gives a rejected row its errors as reasons, not its warnings', () => {
      // 代州 is not 140923's name (a warning); 10 households are more than 5 people (an error).
      const result = relocationLine('140923,代州,2019,,10,5,');
      expect(result.problems.map((found) => [found.code, found.severity])).toEqual([
        ['county_name_mismatch', 'warning'],
        ['people_fewer_than_households', 'error'],
      ]);
      expect(result.rejected).toEqual([{ line: 2, cells: ['140923', '代州', '2019', '', '10', '5', ''], reasons: [result.problems[1]] }]);
    });

    it('gives each rejected row only its own reasons', () => {
      const result = validate('relocation', `${RELOCATION_HEADER}\n140923,代县,2019,,abc,2,\n140923,代县,2020,,1,-2,\n`);
      expect(result.rejected.map((row) => [row.line, row.reasons])).toEqual([
        [2, [error(2, 'households', 'abc', 'not_a_number')]],
        [3, [error(3, 'people', '-2', 'negative_number')]],
      ]);
    });

    it('keeps rejecting lines independent: a bad line does not affect the next', () => {
      const result = validate('relocation', `${RELOCATION_HEADER}\n140923,代县,2019,,abc,2,\n140923,代县,2020,,1,2,\n`);
      expect(result.rejected.map((row) => row.line)).toEqual([2]);
      expect(result.accepted.map((row) => row.line)).toEqual([3]);
    });
  });

  describe('row problems', () => {
    it.each([
      ['unknown_county_code', '999999,代县,2019,,1,2,', error(2, 'county_code', '999999', 'unknown_county_code')],
      [
        'missing_one_of',
        '140923,代县,2019,A镇,,,',
        { ...error(2, 'households', '', 'missing_one_of'), params: { columns: 'households/people/registered_poor_households/registered_poor_people' } },
      ],
      [
        'people_fewer_than_households',
        '140923,代县,2019,,10,5,',
        { ...error(2, 'households', '10', 'people_fewer_than_households'), params: { whole: 'people', wholeValue: 5, partValue: 10 } },
      ],
      [
        'part_exceeds_whole (registered_poor_people > people)',
        '140923,代县,2019,,10,50,51',
        { ...error(2, 'registered_poor_people', '51', 'part_exceeds_whole'), params: { whole: 'people', wholeValue: 50, partValue: 51 } },
      ],
    ] as const)('rejects %s, naming the line and column', (_name, line, problem) => {
      const result = relocationLine(line);
      expect(result.problems).toEqual([problem]);
      expect(result.rejected).toEqual([{ line: 2, cells: line.split(','), reasons: [problem] }]);
      expect(result.accepted).toEqual([]);
    });

    it('warns about a county name that does not match the code, and still accepts the row', () => {
      const result = relocationLine('140923,代州,2019,,1,2,');
      expect(result.problems).toEqual([
        { line: 2, column: 'county', value: '代州', code: 'county_name_mismatch', severity: 'warning', params: { code: '140923', official: '代县' } },
      ]);
      expect(result.rejected).toEqual([]);
      expect(result.accepted.map((row) => row.line)).toEqual([2]);
    });

    it('warns about an approximate figure (6000余人, 约80) and accepts the row with the number it names', () => {
      const result = relocationLine('140923,代县,2019,,约80,6000余人,');
      expect(result.problems).toEqual([
        { line: 2, column: 'households', value: '约80', code: 'approximate_number', severity: 'warning', params: { number: 80 } },
        { line: 2, column: 'people', value: '6000余人', code: 'approximate_number', severity: 'warning', params: { number: 6000 } },
      ]);
      expect(result.rejected).toEqual([]);
      expect(result.accepted.map((row) => [row.line, row.values['households'], row.values['people']])).toEqual([[2, 80, 6000]]);
    });

    it('gives an approximate figure under a （万人） header as the number counted', () => {
      const result = validate('relocation', 'county_code,county,period,搬迁人数（万人）\n140923,代县,2019,约1.2\n');
      expect(result.problems).toEqual([
        { line: 2, column: 'people', value: '约1.2', code: 'approximate_number', severity: 'warning', params: { number: 12000 } },
      ]);
    });

    it('does not warn about an approximate figure on a rejected row, which counts nothing', () => {
      expect(relocationLine('140923,代县,2019,,约80,abc,').problems).toEqual([error(2, 'people', 'abc', 'not_a_number')]);
      const tooMany = relocationLine('140923,代县,2019,,约80,60,');
      expect(tooMany.problems.map((found) => found.code)).toEqual(['people_fewer_than_households']);
    });

    it('does not check a row against the code list or its wholes once a cell is already in error', () => {
      const result = relocationLine('999999,代县,2019,,abc,2,3');
      expect(result.problems).toEqual([error(2, 'households', 'abc', 'not_a_number')]);
    });
  });

  describe('subtotal rows', () => {
    it('sets a 合计 row in the county cell aside as a subtotal, not a data row, reading its figures', () => {
      const result = validate('relocation', `${RELOCATION_HEADER}\n140923,代县,2019,,1,2,\n,合计,,,1,2,\n`);
      expect(result.problems).toEqual([]);
      expect(result.accepted.map((row) => row.line)).toEqual([2]);
      expect(result.subtotals).toEqual([
        { line: 3, values: { county_code: null, county: '合计', period: null, township: null, households: 1, people: 2, registered_poor_people: null } },
      ]);
    });

    it.each([
      ['小计 in the township column', '140923,代县,2019,小计,1,2,'],
      ['合计 in the county_code column', '合计,,,,1,2,'],
      ['Total in the county column', ',Total,,,1,2,'],
      ['Subtotal in the township column', '140923,代县,2019,Subtotal,1,2,'],
      ['全县合计 in the county column', '140923,全县合计,2019,,1,2,'],
    ])('treats a row with %s as a subtotal', (_name, line) => {
      const result = relocationLine(line);
      expect(result.problems).toEqual([]);
      expect(result.accepted).toEqual([]);
      expect(result.subtotals.map((row) => row.line)).toEqual([2]);
    });

    it('keeps the place and period a subtotal row states', () => {
      const result = relocationLine('140923,代县,2019,小计,1,2,');
      expect(result.subtotals[0]?.values).toEqual({
        county_code: '140923',
        county: '代县',
        period: periodOf(2019, 2019),
        township: '小计',
        households: 1,
        people: 2,
        registered_poor_people: null,
      });
    });

    it('does not apply row rules to a subtotal (no code lookup, no part/whole check)', () => {
      const result = relocationLine('合计,,,,10,5,6');
      expect(result.problems).toEqual([]);
      expect(result.subtotals.map((row) => row.line)).toEqual([2]);
    });

    it('reads an approximate figure on a subtotal row without a warning: it is compared, not counted', () => {
      const result = relocationLine(',合计,,,约80,300,');
      expect(result.problems).toEqual([]);
      expect(result.subtotals.map((row) => row.values['households'])).toEqual([80]);
    });

    it('still rejects a subtotal row whose figure is not a number', () => {
      const result = relocationLine(',合计,,,abc,2,');
      expect(result.problems).toEqual([error(2, 'households', 'abc', 'not_a_number')]);
      expect(result.rejected.map((row) => row.line)).toEqual([2]);
      expect(result.subtotals).toEqual([]);
    });

    it('sets a sites 合计 row aside when 合计 is in the site column', () => {
      const result = validate('sites', 'county_code,county,period,site,households,people\n140923,代县,2020,A,10,30\n140923,代县,2020,合计,10,30\n');
      expect(result.problems).toEqual([]);
      expect(result.subtotals.map((row) => row.line)).toEqual([3]);
    });

    it.each([
      ['sites', 'county_code,county,period,site,households,people\n140923,代县,2020,A,10,30\n,合计,,,10,30\n'],
      ['jobs', 'county_code,county,period,unit,unit_type,jobs\n140923,代县,2020,A,enterprise,30\n140923,代县,2020,小计,,30\n'],
      ['income', 'county_code,county,period,mechanism,households\n140923,代县,2020,A,30\n,合计,,,30\n'],
    ] as const)('sets a %s subtotal row aside even when its required labels are blank', (datasetId, csv) => {
      const result = validate(datasetId, csv);
      expect(result.problems).toEqual([]);
      expect(result.subtotals.map((row) => row.line)).toEqual([3]);
      expect(result.rejected).toEqual([]);
    });
  });
});
