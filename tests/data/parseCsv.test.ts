import { describe, expect, it } from 'vitest';
import { CsvRowReader, detectDelimiter, parseCsv, type RawRow } from '../../src/data/parseCsv';

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
      headerLine: 1,
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
    expect(parseCsv(text)).toEqual({ delimiter, header: ['a', 'b'], headerLine: 1, rows: [{ line: 2, cells: ['1', '2'] }] });
  });

  it('keeps codes as text with their leading zeros', () => {
    expect(parseCsv('code\n011000\n')).toEqual({ delimiter: ',', header: ['code'], headerLine: 1, rows: [{ line: 2, cells: ['011000'] }] });
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
      headerLine: 1,
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
    expect(parseCsv('\n,,\na,b\n1,2\n')).toEqual({ delimiter: ',', header: ['a', 'b'], headerLine: 3, rows: [{ line: 4, cells: ['1', '2'] }] });
  });

  it('uses an explicit delimiter over the detected one', () => {
    expect(parseCsv('a,b;c\n1,2;3', ';')).toEqual({ delimiter: ';', header: ['a,b', 'c'], headerLine: 1, rows: [{ line: 2, cells: ['1,2', '3'] }] });
  });

  it('gives an empty header and no rows for empty text', () => {
    expect(parseCsv('')).toEqual({ delimiter: ',', header: [], headerLine: 1, rows: [] });
  });

  it('keeps short and long rows as they are, for validation to judge', () => {
    expect(parseCsv('a,b,c\n1\n1,2,3,4\n').rows).toEqual([
      { line: 2, cells: ['1'] },
      { line: 3, cells: ['1', '2', '3', '4'] },
    ]);
  });
});

describe('CsvRowReader (text arriving in pieces)', () => {
  const TEXT = '县级代码,县,备注\r\n140923,代县,"第一行\r\n第二行"\r\n,,\r\n140921,定襄县,"说""好"""\r\n140922,五台县,末行';

  function readInPieces(text: string, size: number): { header: string[] | null; delimiter: string | null; rows: RawRow[] } {
    const reader = new CsvRowReader();
    const rows: RawRow[] = [];
    for (let i = 0; i < text.length; i += size) rows.push(...reader.push(text.slice(i, i + size)));
    rows.push(...reader.end());
    return { header: reader.header, delimiter: reader.delimiter, rows };
  }

  it.each([1, 2, 5, 13, 1000])('gives the rows parseCsv gives when the text comes %i characters at a time', (size) => {
    const whole = parseCsv(TEXT);
    expect(readInPieces(TEXT, size)).toEqual({ header: whole.header, delimiter: ',', rows: whole.rows });
    expect(whole.rows).toEqual([
      { line: 2, cells: ['140923', '代县', '第一行\r\n第二行'] },
      { line: 5, cells: ['140921', '定襄县', '说"好"'] },
      { line: 6, cells: ['140922', '五台县', '末行'] },
    ]);
  });

  it('returns a row only once its line is complete, and the last line without a line break at the end', () => {
    const reader = new CsvRowReader();
    expect(reader.push('a,b\n1,')).toEqual([]);
    expect(reader.header).toEqual(['a', 'b']);
    expect(reader.push('2\n3,')).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(reader.push('4')).toEqual([]);
    expect(reader.end()).toEqual([{ line: 3, cells: ['3', '4'] }]);
  });

  it('holds a quoted line break until the quote closes', () => {
    const reader = new CsvRowReader();
    reader.push('a,b\n');
    expect(reader.push('1,"x\n')).toEqual([]);
    expect(reader.push('y"\n')).toEqual([{ line: 2, cells: ['1', 'x\ny'] }]);
  });

  it('takes the delimiter from the first line it reads, unless it was given one', () => {
    const detected = new CsvRowReader();
    detected.push('a;b\n1;2\n');
    expect(detected.delimiter).toBe(';');
    const given = new CsvRowReader('\t');
    expect(given.push('a;b\tc\n1;2\t3\n')).toEqual([{ line: 2, cells: ['1;2', '3'] }]);
  });

  it('gives no header and no rows for no text', () => {
    const reader = new CsvRowReader();
    expect([...reader.push(''), ...reader.end()]).toEqual([]);
    expect(reader.header).toBeNull();
  });
});

describe('parseCsv and old Mac line ends', () => {
  // BUG (src/data/parseCsv.ts): lines are counted by LF only, so in a file with CR line ends (Excel for Mac's
  // "CSV (Macintosh)" format) every row is numbered line 1, like the header: 'a,b\r1,2\r3,4\r' gives
  // [{ line: 1, cells: ['1','2'] }, { line: 1, cells: ['3','4'] }]. Problems then all name line 1, the
  // rejected-lines download treats each row's errors as the header's, and the summary skips their warnings.
  it('numbers the rows of a file with CR line ends by physical line', () => {
    expect(parseCsv('a,b\r1,2\r3,4\r').rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });
});
