import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetters, parseCellAddress, parseRange } from '../../../src/data/workbook/cellAddress';
import { isDateFormat } from '../../../src/data/workbook/numberFormats';

describe('cells named as Excel names them', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s, and back', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(parseCellAddress(`${letters}7`)).toEqual({ row: 7, column });
  });

  it('reads a range and an absolute reference', () => {
    expect(parseRange('A3:B6')).toEqual({ top: 3, left: 0, bottom: 6, right: 1 });
    expect(parseRange('$C$2')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });

  it('quotes a sheet name only where Excel does', () => {
    expect(cellAddress('乡镇数据', 12, 3)).toBe('乡镇数据!D12');
    expect(cellAddress('Sheet 1', 2, 0)).toBe("'Sheet 1'!A2");
    expect(cellAddress("O'Brien", 2, 0)).toBe("'O''Brien'!A2");
    expect(cellAddress('2019', 2, 0)).toBe("'2019'!A2");
  });
});

describe('number formats that show dates', () => {
  it.each([
    [14, undefined, true],
    [31, undefined, true],
    [0, undefined, false],
    [3, undefined, false],
    [164, 'yyyy"年"m"月"d"日"', true],
    [165, 'yyyy/mm/dd;@', true],
    [166, '0.0"万"', false],
    [167, '#,##0"户"', false],
    [168, '[Red]#,##0;[Blue]-#,##0', false],
    [169, 'General', false],
    [170, 'mmm', true],
  ])('format %i (%s) is a date: %s', (id, code, date) => {
    expect(isDateFormat(id, code)).toBe(date);
  });
});
