import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/toCsv';
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
      rows: [
        { line: 2, cells: ['011000', '代县', '原文：“十三五”期间，整体搬迁'] },
        { line: 3, cells: ['140923', '', 'two\nlines'] },
      ],
    });
  });
});
