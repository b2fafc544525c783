import { describe, expect, it } from 'vitest';
import { notCountedCsv } from '../../../src/data/export/notCountedCsv';
import { bytes } from '../support/records';
import { importAs } from '../../support/importAs';
import { parseCsv } from '../../support/wholeFile';

const LABELS = { line: '行号', file: '文件', reason: '原因', ref: '所指行', refFile: '所指文件' };

describe('notCountedCsv', () => {
  it('lists every line a file leaves out of the figures, with its reason and the line that counts in its place', () => {
    // A county total (line 2) with its townships (lines 3, 4), one of them repeated (line 5), and a 合计 (line 6).
    const csv = 'county_code,county,period,township,people\n140923,代县,2019,,30\n140923,代县,2019,上馆镇,10\n140923,代县,2019,峨口镇,20\n140923,代县,2019,峨口镇,20\n,合计,,,30\n';
    const result = importAs('relocation', '代县.csv', bytes(csv));
    const table = parseCsv(notCountedCsv(result.notCounted, (line) => line.reason, LABELS).replace(/^\ufeff/, ''));
    expect(table.header).toEqual(['行号', '文件', '原因', '所指行', '所指文件']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['3', '代县.csv', 'in_total', '2', '代县.csv'],
      ['4', '代县.csv', 'in_total', '2', '代县.csv'],
      ['5', '代县.csv', 'repeat', '4', '代县.csv'],
      ['6', '代县.csv', 'total_by_wording', '', '代县.csv'],
    ]);
  });
});
