import { describe, expect, it } from 'vitest';
import { summariseImport, unlistedProblemKinds } from '../../../src/data/export/importSummary';
import { bytes } from '../support/records';
import { FIXTURES, fixtureBytes } from '../../support/fixtures';
import { importAs } from '../../support/importAs';

describe('summariseImport', () => {
  it('counts the broken fixture: 12 read, 3 accepted, 9 rejected, 2 lines with warnings, 9 errors, 2 warnings', () => {
    const result = importAs('relocation', 'x.csv', fixtureBytes('brokenRelocation'));
    expect(summariseImport(result)).toEqual({
      rowsRead: 12,
      rowsAccepted: 3,
      rowsRejected: 9,
      rowsWithWarnings: 2, // line 12 (county name) and line 13 (duplicate)
      subtotalRows: 0,
      subtotalsAgree: true,
      errors: 9,
      warnings: 2,
      unlistedProblems: 0,
      householdRows: 0,
      householdGroups: 0,
    });
  });

  it('counts the GBK fixture’s 合计 row as one subtotal row that agrees, in three columns', () => {
    const result = importAs('relocation', FIXTURES.excelGbkRelocation.fileName, fixtureBytes('excelGbkRelocation'));
    expect(result.subtotalChecks).toHaveLength(3);
    expect(summariseImport(result)).toEqual({
      rowsRead: 6,
      rowsAccepted: 5,
      rowsRejected: 0,
      rowsWithWarnings: 0,
      subtotalRows: 1,
      subtotalsAgree: true,
      errors: 0,
      warnings: 0,
      unlistedProblems: 0,
      householdRows: 0,
      householdGroups: 0,
    });
  });

  it('counts distinct accepted lines with warnings: a line with two warnings once, the header’s warnings not at all', () => {
    // Line 1: an unknown column (a file-level warning). Line 2: 代州 is not 代县's name. Line 3 repeats line 2:
    // the name warning again and duplicate_key, two warnings on one line. Line 4: no warning.
    const csv = 'county_code,county,period,people,备用列\n140923,代州,2019,5,\n140923,代州,2019,5,\n140921,定襄县,2019,8,\n';
    const result = importAs('relocation', 'r.csv', bytes(csv));
    expect(result.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [1, 'unknown_column'],
      [2, 'county_name_mismatch'],
      [3, 'county_name_mismatch'],
      [3, 'duplicate_key'],
    ]);
    const summary = summariseImport(result);
    expect([summary.rowsAccepted, summary.rowsWithWarnings, summary.warnings, summary.errors]).toEqual([3, 2, 4, 0]);
  });

  it('does not count an error line as a line with warnings', () => {
    const csv = 'county_code,county,period,people\n140923,代州,2019,x\n140923,代县,2019,5\n';
    const summary = summariseImport(importAs('relocation', 'r.csv', bytes(csv)));
    expect([summary.rowsRejected, summary.rowsWithWarnings, summary.errors, summary.warnings]).toEqual([1, 0, 1, 0]);
  });

  it('says the subtotals disagree when one 合计 column is off, counting its line once', () => {
    const csv = 'county_code,county,period,township,households,people\n140923,代县,2019,上馆镇,10,30\n140923,代县,2019,峨口镇,20,50\n合计,,,,30,81\n';
    const summary = summariseImport(importAs('relocation', 'r.csv', bytes(csv)));
    expect([summary.subtotalRows, summary.subtotalsAgree, summary.warnings]).toEqual([1, false, 1]);
  });

  it('counts the errors of an empty file', () => {
    const summary = summariseImport(importAs('relocation', 'e.csv', new Uint8Array()));
    expect([summary.rowsRead, summary.rowsAccepted, summary.rowsRejected, summary.rowsWithWarnings]).toEqual([0, 0, 0, 0]);
    expect(summary.errors).toBeGreaterThanOrEqual(1);
  });

  it('does not count a disagreeing 合计 line, which is not an accepted row, as an accepted line with a warning', () => {
    const csv = 'county_code,county,period,township,people\n140923,代县,2019,上馆镇,5\n合计,,,,6\n';
    const summary = summariseImport(importAs('relocation', 'r.csv', bytes(csv)));
    expect([summary.rowsAccepted, summary.rowsWithWarnings, summary.subtotalsAgree]).toEqual([1, 0, false]);
  });

  it('does not count a skipped title row as an accepted line with a warning', () => {
    const summary = summariseImport(importAs('relocation', 'x.csv', fixtureBytes('excelReportTitleRows')));
    expect([summary.rowsAccepted, summary.rowsWithWarnings, summary.warnings]).toEqual([2, 0, 2]);
  });
});

describe('unlistedProblemKinds', () => {
  it('is empty when every problem is listed', () => {
    expect(unlistedProblemKinds(importAs('relocation', 'x.csv', fixtureBytes('brokenRelocation')))).toEqual([]);
  });

  it('gives each kind of problem past those listed with how many, most frequent first', () => {
    // 1,200 lines with a bad number and 300 with a negative one, interleaved, then 600 lines with an unknown code:
    // the first 1,000 problems are listed, the rest are counted by kind.
    const lines = [
      ...Array.from({ length: 1500 }, (_, i) => (i % 5 === 4 ? '140923,代县,2019,-1' : '140923,代县,2019,x')),
      ...Array.from({ length: 600 }, () => '999999,代县,2019,5'),
    ];
    const result = importAs('relocation', 'x.csv', bytes(`county_code,county,period,people\n${lines.join('\n')}\n`));
    expect(result.problemTally.byCode).toEqual({ not_a_number: 1200, negative_number: 300, unknown_county_code: 600 });
    // Listed: lines 2–1001, i.e. 800 bad numbers and 200 negative ones.
    expect(unlistedProblemKinds(result)).toEqual([
      ['unknown_county_code', 600],
      ['not_a_number', 400],
      ['negative_number', 100],
    ]);
  });
});
