import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../src/data/parseCsv';

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['a;b;c\n1;2;3', ';'],
    ['a\tb,c\td', '\t'],
    ['"a,b,c";d;e', ';'],
    ['"x,y"\t"z,w"\tv', '\t'],
    ['single', ','],
    ['', ','],
  ])('picks the delimiter of %j as %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('looks only at the first line', () => {
    expect(detectDelimiter('a;b\n1,2,3,4,5')).toBe(';');
  });
});

describe('parseCsv', () => {
  it('splits a comma file into a trimmed header and rows numbered from line 2', () => {
    expect(parseCsv(' a , b\n1,2\n3,4\n')).toEqual({
      delimiter: ',',
      header: ['a', 'b'],
      rows: [
        { line: 2, cells: ['1', '2'] },
        { line: 3, cells: ['3', '4'] },
      ],
    });
  });

  it.each([
    ['tab', 'a\tb\n1\t2', '\t'],
    ['semicolon', 'a;b\n1;2', ';'],
  ])('detects a %s delimiter', (_name, text, delimiter) => {
    expect(parseCsv(text)).toEqual({ delimiter, header: ['a', 'b'], rows: [{ line: 2, cells: ['1', '2'] }] });
  });

  it('keeps codes as text with their leading zeros', () => {
    expect(parseCsv('code\n011000\n')).toEqual({ delimiter: ',', header: ['code'], rows: [{ line: 2, cells: ['011000'] }] });
  });

  it('keeps a comma inside quotes in its cell', () => {
    expect(parseCsv('a,b\n"x,y",2\n').rows).toEqual([{ line: 2, cells: ['x,y', '2'] }]);
  });

  it('starts the row after a quoted two-line cell on its physical line', () => {
    expect(parseCsv('a,b,c\n1,"x,y\nz",3\n4,5,6\n').rows).toEqual([
      { line: 2, cells: ['1', 'x,y\nz', '3'] },
      { line: 4, cells: ['4', '5', '6'] },
    ]);
  });

  it('counts every line break of a quoted cell, including blank lines inside it', () => {
    expect(parseCsv('a,b\n"1\n\n\n2",3\n4,5\n').rows).toEqual([
      { line: 2, cells: ['1\n\n\n2', '3'] },
      { line: 6, cells: ['4', '5'] },
    ]);
  });

  it('reads CRLF line ends, keeping line numbers right after a quoted line break', () => {
    expect(parseCsv('a,b,c\r\n1,"x\r\ny",3\r\n4,5,6\r\n')).toEqual({
      delimiter: ',',
      header: ['a', 'b', 'c'],
      rows: [
        { line: 2, cells: ['1', 'x\r\ny', '3'] },
        { line: 4, cells: ['4', '5', '6'] },
      ],
    });
  });

  it('drops wholly blank rows (Excel ,,,) but still counts their lines', () => {
    expect(parseCsv('a,b,c\n1,2,3\n,,\n , ,\n\n7,8,9').rows).toEqual([
      { line: 2, cells: ['1', '2', '3'] },
      { line: 6, cells: ['7', '8', '9'] },
    ]);
  });

  it('takes the first non-blank row as the header, numbering later rows by physical line', () => {
    expect(parseCsv('\n,,\na,b\n1,2\n')).toEqual({ delimiter: ',', header: ['a', 'b'], rows: [{ line: 4, cells: ['1', '2'] }] });
  });

  it('uses an explicit delimiter over the detected one', () => {
    expect(parseCsv('a,b;c\n1,2;3', ';')).toEqual({ delimiter: ';', header: ['a,b', 'c'], rows: [{ line: 2, cells: ['1,2', '3'] }] });
  });

  it('gives an empty header and no rows for empty text', () => {
    expect(parseCsv('')).toEqual({ delimiter: ',', header: [], rows: [] });
  });

  it('keeps short and long rows as they are, for validation to judge', () => {
    expect(parseCsv('a,b,c\n1\n1,2,3,4\n').rows).toEqual([
      { line: 2, cells: ['1'] },
      { line: 3, cells: ['1', '2', '3', '4'] },
    ]);
  });
});
