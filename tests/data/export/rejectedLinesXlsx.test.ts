import { describe, expect, it } from 'vitest';
import { rejectedLinesXlsx } from '../../../src/data/export/rejectedLinesXlsx';
import { readXlsx } from '../../../src/data/workbook/readXlsx';
import { sheetRows } from '../../../src/data/workbook/sheetRows';
import { bytes } from '../support/records';
import { importAs } from '../../support/importAs';

describe('the rejected lines as a workbook', () => {
  it('holds each rejected line as written, its line number and its reason, and reads back the same', async () => {
    const csv = 'county_code,county,period,people\n140923,代县,2019,1.2万\n0140923,代县,2019,abc\n140923,代县,2019,#REF!\n';
    const result = importAs('relocation', 'upload.csv', bytes(csv));
    const blob = await rejectedLinesXlsx(result, (problem) => `${problem.code}:${problem.value}`, { line: '行号', reason: '原因', sheet: '被拒绝的行' });
    const [sheet] = readXlsx(new Uint8Array(await blob.arrayBuffer()));
    expect(sheet?.name).toBe('被拒绝的行');
    expect(sheetRows(sheet!).rows.map((row) => row.cells)).toEqual([
      ['行号', 'county_code', 'county', 'period', 'people', '原因'],
      ['3', '0140923', '代县', '2019', 'abc', 'malformed_county_code:0140923；not_a_number:abc'],
      ['4', '140923', '代县', '2019', '#REF!', 'spreadsheet_error:#REF!'],
    ]);
  });
});
