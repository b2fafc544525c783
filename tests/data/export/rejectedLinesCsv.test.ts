import { describe, expect, it } from 'vitest';
import { rejectedLinesCsv } from '../../../src/data/export/rejectedLinesCsv';
import { type ImportResult } from '../../../src/data/finishImport';
import type { Problem } from '../../../src/data/types';
import { describeProblem } from '../../../src/i18n/columnLabel';
import { bytes } from '../support/records';
import { FIXTURES, fixtureBytes } from '../../support/fixtures';
import { importAs } from '../../support/importAs';
import { parseCsv } from '../../support/wholeFile';

const LABELS = { line: '行号', reason: '原因' };

/** Names a problem by its code and column, so the tests can see which problems became reasons. */
const byCode = (problem: Problem) => `${problem.code}${problem.column ? `@${problem.column}` : ''}`;

function read(csv: string): { bom: boolean; header: string[]; rows: string[][] } {
  const bom = csv.startsWith('\ufeff');
  const table = parseCsv(bom ? csv.slice(1) : csv);
  return { bom, header: table.header, rows: table.rows.map((row) => row.cells) };
}

function broken(): ImportResult {
  return importAs('relocation', FIXTURES.brokenRelocation.fileName, fixtureBytes('brokenRelocation'));
}

describe('rejectedLinesCsv', () => {
  it('starts with a BOM, so Excel and WPS open it as UTF-8, and ends lines with CRLF', () => {
    const csv = rejectedLinesCsv(broken(), byCode, LABELS);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n').length).toBe(1 + 9 + 1); // header, 9 rejected lines, then the final CRLF
  });

  it('has the file’s own header between a line column and a reason column', () => {
    expect(read(rejectedLinesCsv(broken(), byCode, LABELS)).header).toEqual([
      '行号',
      '县级代码',
      '县',
      '年份',
      '乡镇',
      '搬迁户数',
      '搬迁人数',
      '建档立卡人数',
      '备注',
      '原因',
    ]);
  });

  it('writes each rejected line of the broken fixture with its cells as written and its reason; accepted and warned lines are left out', () => {
    const { rows } = read(rejectedLinesCsv(broken(), byCode, LABELS));
    expect(rows).toEqual([
      ['3', '140923', '代县', '2019', '阳明堡镇', '八十', '260', '100', '不是数字', 'not_a_number@households'],
      ['4', '140923', '代县', '2019', '峨口镇', '-5', '20', '', '负数', 'negative_number@households'],
      ['5', '140923', '代县', '2019', '聂营镇', '30', '95.5', '', '人数带小数', 'fraction_in_count@people'],
      // The short line is padded with blank cells to the header's width.
      ['6', '140923', '代县', '2019', '枣林镇', '40', '', '', '', 'wrong_field_count'],
      // The extra cell follows the reason, so nothing the analyst wrote is lost.
      ['7', '140923', '代县', '2019', '滩上镇', '50', '160', '100', '字段过多', 'wrong_field_count', '多余'],
      ['8', '149999', '代县', '2019', '新高乡', '10', '30', '', '未知县级代码', 'unknown_county_code@county_code'],
      ['9', '140923', '代县', '2019年底', '峪口乡', '10', '30', '', '年份格式错误', 'malformed_period@period'],
      ['10', '140923', '代县', '2019', '雁门关乡', '50', '40', '', '人数少于户数', 'people_fewer_than_households@households'],
      ['11', '140923', '代县', '2019', '胡峪乡', '20', '60', '61', '建档立卡人数大于搬迁人数', 'part_exceeds_whole@registered_poor_people'],
    ]);
  });

  it('joins a line’s reasons with ；, in the order they were found', () => {
    const result = importAs('relocation', 'r.csv', bytes('county_code,county,period,households,people\n140923,代县,2019,-1,x\n'));
    expect(read(rejectedLinesCsv(result, byCode, LABELS)).rows).toEqual([['2', '140923', '代县', '2019', '-1', 'x', 'negative_number@households；not_a_number@people']]);
  });

  it('keeps "1,200" and leading zeros as written', () => {
    const result = importAs('relocation', 'r.csv', bytes('county_code,county,period,households,people\n014092,代县,2019,"1,200",5\n'));
    const csv = rejectedLinesCsv(result, byCode, LABELS);
    expect(csv).toContain('"1,200"');
    expect(read(csv).rows[0]?.slice(0, 5)).toEqual(['2', '014092', '代县', '2019', '1,200']);
  });

  it('puts the header’s reasons (missing columns) on every line it rejected', () => {
    const result = importAs('sites', 's.csv', bytes('county_code,county,period,people\n140923,代县,2020,400\n140921,定襄县,2020,260\n'));
    expect(read(rejectedLinesCsv(result, byCode, LABELS)).rows).toEqual([
      ['2', '140923', '代县', '2020', '400', 'missing_column@site'],
      ['3', '140921', '定襄县', '2020', '260', 'missing_column@site'],
    ]);
  });

  it('puts the header’s reasons on every line when blank lines put the header below line 1', () => {
    const result = importAs('sites', 's.csv', bytes('\n\ncounty_code,county,period,people\n140923,代县,2020,400\n'));
    expect(result.problems.find((found) => found.code === 'missing_column')?.line).toBe(3);
    expect(read(rejectedLinesCsv(result, byCode, LABELS)).rows).toEqual([['4', '140923', '代县', '2020', '400', 'missing_column@site']]);
  });

  it('gives each line its reasons even when the report lists fewer problems than there are', () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `140923,代县,2019,${i % 2 === 0 ? 'x' : '-1'}`);
    const result = importAs('relocation', 'r.csv', bytes(`county_code,county,period,people\n${lines.join('\n')}\n`));
    expect(result.problems.length).toBeLessThan(result.rejected.length);
    const rows = read(rejectedLinesCsv(result, byCode, LABELS)).rows;
    expect(rows).toHaveLength(1200);
    expect(rows.at(-1)).toEqual(['1201', '140923', '代县', '2019', '-1', 'negative_number@people']);
    expect(rows.at(-2)).toEqual(['1200', '140923', '代县', '2019', 'x', 'not_a_number@people']);
  });

  it('neutralises cells a spreadsheet would run as formulas (= and +1+1), leaving the plain number -5 alone', () => {
    const result = importAs(
      'relocation',
      'r.csv',
      bytes('county_code,county,period,township,households,people,note\n140923,代县,2019,=1+1,+1+1,5,"=HYPERLINK(""http://example.invalid"")"\n140923,代县,2019,@A1,-5,5,\n'),
    );
    const { rows } = read(rejectedLinesCsv(result, byCode, LABELS));
    expect(rows.map((row) => row.slice(4, 8))).toEqual([
      ["'=1+1", "'+1+1", '5', `'=HYPERLINK("http://example.invalid")`],
      ["'@A1", '-5', '5', ''],
    ]);
  });

  it('writes the reasons in the reader’s language through describe', () => {
    const csv = rejectedLinesCsv(broken(), (problem) => describeProblem(problem, 'relocation', 'zh'), LABELS);
    const { header, rows } = read(csv);
    const reasons = rows.map((row) => row[header.indexOf(LABELS.reason)] ?? '');
    expect(reasons).toHaveLength(9);
    expect(reasons[0]).toContain('八十');
    expect(reasons.every((reason) => /[\u4e00-\u9fff]/.test(reason))).toBe(true);
  });

  it('is just the header when nothing was rejected', () => {
    const result = importAs('relocation', 'r.csv', bytes('county_code,county,period,people\n140923,代县,2019,5\n'));
    const csv = rejectedLinesCsv(result, byCode, { line: 'line', reason: 'reason' });
    expect(csv.startsWith('\ufeffline,county_code,county,period,people,reason\r\n')).toBe(true);
    expect(read(csv).rows).toEqual([]);
  });

  it('keeps the extra cells of a line with too many fields', () => {
    const line7 = read(rejectedLinesCsv(broken(), byCode, LABELS)).rows.find((row) => row[0] === '7');
    expect(line7).toContain('多余');
  });
});
