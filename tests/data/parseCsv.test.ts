import { describe, expect, it } from 'vitest';
import { CsvRowReader, detectDelimiter, type RawRow } from '../../src/data/parseCsv';
import { FIXTURE_NAMES, fixtureText } from '../support/fixtures';
import { parseCsv } from '../support/wholeFile';

describe('detectDelimiter', () => {
  it('prefers the delimiter that splits every row into the same number of fields, over one merely found more often', () => {
    // A comma file whose quoted note holds more semicolons than the file has commas.
    expect(detectDelimiter(`a,b,c\n1,2,"${';'.repeat(30)}"\n3,4,5\n`)).toBe(',');
    // European decimals: as many commas as semicolons, but only the semicolons split rows alike.
    expect(detectDelimiter('x;y\n1,5;2,5\n3,5;4,5\n')).toBe(';');
  });


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

  it.each([
    ['a title line without tabs', '代县搬迁统计表（测试）\n县\t年份\t人数\n代县\t2019\t5\n', '\t'],
    ['a blank first line', '\n县\t年份\t人数\n代县\t2019\t5\n', '\t'],
    ['a title line with one comma', '表一，单位:户,人\n县\t年份\t人数\n代县\t2019\t5\n', '\t'],
    ['a title and a blank line, CRLF', '统计表\r\n\r\n县;人数\r\n代县;5\r\n', ';'],
  ])('counts over the first non-blank lines, not the first line alone: %s', (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('gives the win to the candidate found most often over those lines', () => {
    expect(detectDelimiter('a;b\n1,2,3,4,5')).toBe(',');
    expect(detectDelimiter('a;b;c;d\n1,2\n3,4')).toBe(';');
  });

  it.each([
    ['a,b\tc;d', ','],
    ['a\tb;c', '\t'],
    ['a\tb\n1;2', '\t'],
  ])('breaks a tie in %j by comma, then tab, then semicolon', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('looks at the first 10 non-blank lines only, however many blank lines come between', () => {
    expect(detectDelimiter(`${'标题\n'.repeat(10)}a;b;c\n`)).toBe(',');
    expect(detectDelimiter(`${'标题\n\n \n'.repeat(9)}a;b;c\n`)).toBe(';');
    expect(detectDelimiter(`${'\n'.repeat(30)}a;b;c\n`)).toBe(';');
  });

  it('ignores delimiters in quoted text, even across lines', () => {
    expect(detectDelimiter('"a\tb\tc\nd\te",f\n1,2\n')).toBe(',');
    expect(detectDelimiter('说明,"x;y;z"\n1,2\n')).toBe(',');
  });

  it('counts delimiters after a stray quote inside an unquoted cell', () => {
    expect(detectDelimiter('名称\t规格\t备注\n电视\t5"寸\t无\n冰箱\t大\t"有"\n')).toBe('\t');
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

  it('keeps a stray quote inside an unquoted cell as text, and still reads a quoted two-line cell after it', () => {
    expect(parseCsv('名称,规格,备注\n电视,5"寸,无\n冰箱,大,"第一行\n第二行"\n洗衣机,"小",末行\n').rows).toEqual([
      { line: 2, cells: ['电视', '5"寸', '无'] },
      { line: 3, cells: ['冰箱', '大', '第一行\n第二行'] },
      { line: 5, cells: ['洗衣机', '小', '末行'] },
    ]);
  });

  it('reads "" inside quotes as one quote, and a quote followed by spaces and a delimiter as closing', () => {
    expect(parseCsv('a,b\n"说""好""",1\n"x"  ,2\n').rows).toEqual([
      { line: 2, cells: ['说"好"', '1'] },
      { line: 3, cells: ['x', '2'] },
    ]);
  });

  it('reads a TSV whose first line is a title without tabs as tab-separated', () => {
    expect(parseCsv('代县搬迁统计表（测试）\n县\t人数\n代县\t5\n')).toEqual({
      delimiter: '\t',
      header: ['代县搬迁统计表（测试）'],
      headerLine: 1,
      rows: [
        { line: 2, cells: ['县', '人数'] },
        { line: 3, cells: ['代县', '5'] },
      ],
    });
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
    const reader = new CsvRowReader(',');
    expect(reader.push('a,b\n1,')).toEqual([]);
    expect(reader.header).toEqual(['a', 'b']);
    expect(reader.push('2\n3,')).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(reader.push('4')).toEqual([]);
    expect(reader.end()).toEqual([{ line: 3, cells: ['3', '4'] }]);
  });

  it('holds a quoted line break until the quote closes', () => {
    const reader = new CsvRowReader(',');
    reader.push('a,b\n');
    expect(reader.push('1,"x\n')).toEqual([]);
    expect(reader.push('y"\n')).toEqual([{ line: 2, cells: ['1', 'x\ny'] }]);
  });

  it('keeps the quote state when a piece ends between the two quotes of "" or right after a closing quote', () => {
    const reader = new CsvRowReader(',');
    reader.push('a,b\n1,"x"');
    expect(reader.push('"\ny",2\n')).toEqual([{ line: 2, cells: ['1', 'x"\ny', '2'] }]);
    expect(reader.push('3,"z"')).toEqual([]);
    expect(reader.push('\n4,"\n"')).toEqual([{ line: 4, cells: ['3', 'z'] }]);
    expect(reader.push(',5\n')).toEqual([{ line: 5, cells: ['4', '\n', '5'] }]);
  });

  it('does not take a stray quote in an unquoted cell for the start of a quoted one', () => {
    const reader = new CsvRowReader(',');
    reader.push('名称,规格\n');
    expect(reader.push('电视,5"寸\n')).toEqual([{ line: 2, cells: ['电视', '5"寸'] }]);
    expect(reader.push('冰箱,"大\n')).toEqual([]);
    expect(reader.push('号"\n')).toEqual([{ line: 3, cells: ['冰箱', '大\n号'] }]);
  });

  it('waits for 10 non-blank lines to guess the delimiter, then reads rows as they come', () => {
    const reader = new CsvRowReader();
    expect(reader.push('代县搬迁统计表（测试）\n\n县\t人数\n')).toEqual([]);
    for (let i = 1; i <= 7; i++) expect(reader.push(`乡镇${i}\t${i}\n`)).toEqual([]);
    expect([reader.delimiter, reader.header]).toEqual([null, null]);
    expect(reader.push('乡镇8\t8\n乡镇9')).toEqual([
      { line: 3, cells: ['县', '人数'] },
      ...Array.from({ length: 8 }, (_, i) => ({ line: i + 4, cells: [`乡镇${i + 1}`, `${i + 1}`] })),
    ]);
    expect([reader.delimiter, reader.header, reader.headerLine]).toEqual(['\t', ['代县搬迁统计表（测试）'], 1]);
    expect(reader.push('\t9\n')).toEqual([{ line: 12, cells: ['乡镇9', '9'] }]);
    expect(reader.end()).toEqual([]);
  });

  it('guesses the delimiter at the end of a shorter text, unless it was given one', () => {
    const detected = new CsvRowReader();
    expect(detected.push('a;b\n1;2\n')).toEqual([]);
    expect(detected.end()).toEqual([{ line: 2, cells: ['1', '2'] }]);
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
  it('numbers the rows of a file with CR line ends by physical line', () => {
    expect(parseCsv('a,b\r1,2\r3,4\r').rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });
});

describe('CsvRowReader and parseCsv agree however the text is cut', () => {
  /** Texts whose quotes, line ends and delimiters a boundary between pieces can cut badly. */
  const TRICKY: Record<string, string> = {
    'a stray quote in an unquoted cell, then a quoted two-line cell': '名称,规格,备注\n电视,5"寸,无\n冰箱,大,"第一行\n第二行"\n洗衣机,小,末行\n',
    'stray quotes only': 'a,b\n5"寸,2"\n"x"y,3\n4,5\n',
    'escaped quotes': 'a,b\n1,"x""y"\n"""q""",2\n"",""""\n',
    'quoted CRLF under CRLF line ends': 'a,b\r\n1,"x\r\ny"\r\n"\r\n",3\r\n',
    'quoted delimiters': 'a;b\n"x;y";2\n"z\n;w";3\n;";"\n',
    'spaces after a closing quote': 'a,b\n"x" ,1\n"y"  \n"z"\t\r\n2,3\n',
    'a quote that does not close its field': 'a,b\n"x"y,1\n2,3"\n4,5\n',
    'an unterminated quote': 'a,b\n1,"open\n2,3\n',
    'a TSV under a title without tabs': '统计表\n县\t"人\t数"\n代县\t5\n',
    'lone CR line ends': 'a,b\r1,"x\ry"\r3,4',
    'a CRLF in a file of lone CRs': 'a,b\r1,2\r\n3,4\r',
    'a bare LF in a CRLF file': 'a,b\r\n1,2\n3,4\r\n5,6',
    'blank lines before, between and after': '\n\n,,\na,b\n\n1,2\n \n\n',
    'a delimiter found only after 10 lines': `${'标题\n'.repeat(12)}a;b\n1;"2\n3"\n`,
    'a BOM character starting a later line': 'a,b\n\ufeff1,2\n',
  };
  const TEXTS = [...FIXTURE_NAMES.map((name) => [`fixture ${name}`, fixtureText(name)] as const), ...Object.entries(TRICKY)];

  function readAll(text: string, size: number) {
    const reader = new CsvRowReader();
    const rows: RawRow[] = [];
    for (let i = 0; i < text.length; i += size) rows.push(...reader.push(text.slice(i, i + size)));
    rows.push(...reader.end());
    return { delimiter: reader.delimiter ?? ',', header: reader.header ?? [], headerLine: reader.headerLine, rows, ...(reader.unclosedQuote ? { unclosedQuote: reader.unclosedQuote } : {}) };
  }

  it.each(TEXTS)('%s: pieces of every size from 1 to 12 characters give what parseCsv gives for the whole text', (_name, text) => {
    const whole = parseCsv(text);
    for (let size = 1; size <= 12; size++) expect({ size, ...readAll(text, size) }).toEqual({ size, ...whole });
  });
});
