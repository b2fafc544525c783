import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../src/data/toCsv';
import { parseCsv } from '../../src/data/parseCsv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends and a final CRLF', () => {
    expect(toCsv(['county_code', 'people'], [['140923', 3676]])).toBe('county_code,people\r\n140923,3676\r\n');
  });

  it('leaves null cells blank', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, 1, null]])).toBe('a,b,c\r\n,1,\r\n');
  });

  it('quotes cells holding commas, quotes and line breaks', () => {
    expect(toCsv(['note'], [['a,b'], ['say "hi"'], ['x\ny']])).toBe('note\r\n"a,b"\r\n"say ""hi"""\r\n"x\ny"\r\n');
  });

  it('writes text that parseCsv reads back cell for cell, keeping leading zeros', () => {
    const header = ['code', '县', 'note'];
    const rows = [
      ['011000', '代县', '原文：“十三五”期间，整体搬迁'],
      ['140923', null, 'two\nlines'],
    ];
    expect(parseCsv(toCsv(header, rows))).toEqual({
      delimiter: ',',
      header,
      headerLine: 1,
      rows: [
        { line: 2, cells: ['011000', '代县', '原文：“十三五”期间，整体搬迁'] },
        { line: 3, cells: ['140923', '', 'two\nlines'] },
      ],
    });
  });
});

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it.each([
    ['=', '=SUM(A1:A9)'],
    ['+', '+1+1'],
    ['-', '-2+3+cmd|\' /C calc\'!A0'],
    ['@', '@SUM(1+1)*cmd'],
    ['tab', '\t=1+1'],
    ['CR', '\r=1+1'],
    ['LF', '\n=1+1'],
    ['NUL', '\0=1+1'],
  ])('puts an apostrophe before a cell starting with %s', (_name, cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['-5', '+86', '-5.5', '+0.25', '3676', '0'])('leaves the plain number %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it.each(['+86 138 0000 0000', '-5人', '+1,200', '-', '=5'])('neutralises %j, which is text, not a plain number', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['代县', '1,200', '5-3', 'a=b', '', ' =1+1'])('leaves %j, which does not start with a formula character', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('toCsv and formulas', () => {
  it('neutralises text cells and header cells, keeps numbers as numbers and the text -5 as -5', () => {
    expect(toCsv(['=title', 'n'], [['=1+1', -5], ['-5', 3676], ['+86 138', null]])).toBe("'=title,n\r\n'=1+1,-5\r\n-5,3676\r\n'+86 138,\r\n");
  });

  it('quotes a neutralised cell that holds a line break', () => {
    expect(toCsv(['note'], [['\n=1+1']])).toBe('note\r\n"\'\n=1+1"\r\n');
  });

  it('writes a header with no rows as the header line alone', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
