import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../src/data/toCsv';
import { tableCsv } from '../../src/data/export/tableCsv';
import { rejectedLinesCsv } from '../../src/data/export/rejectedLinesCsv';
import { templateCsv } from '../../src/data/export/templateCsv';
import { DATASET_IDS } from '../../src/data/schema';
import { parseCsv } from '../support/wholeFile';
import { importAs } from '../support/importAs';

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

/**
 * Spreadsheet safety of every CSV the app writes, one leading character at a time: toCsv itself and each of its
 * callers (the county table and every chart's CSV go through tableCsv; rejected lines; the empty templates).
 *
 * Which characters: OWASP's CSV-injection guidance (and ASVS 5.0, 1.2.10) names = + - @, tab and CR as the
 * characters a spreadsheet may read as the start of a formula; a line break (LF) and NUL are neutralised too, since
 * Excel and LibreOffice skip them before deciding. Full-width ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) are on no such
 * list: Excel, WPS and LibreOffice read a cell opening with them as text when a file is opened (only typing into a
 * cell through an input method converts them), so they are left alone; Chinese text may well open with －, as in
 * “－5%”, and an apostrophe would be noise in every other reader. Plain numbers keep their sign: -5 and +3 are read
 * as the numbers −5 and 3, which run nothing, so neither gains an apostrophe (+3 stays +3, a number to a spreadsheet).
 */
const LEADING: readonly (readonly [name: string, cell: string])[] = [
  ['=', '=HYPERLINK("http://x","y")'],
  ['+', "+cmd|' /C calc'!A0"],
  ['-', '-1+1'],
  ['@', '@SUM(A1)'],
  ['tab', '\t=1+1'],
  ['CR', '\r=1+1'],
  ['LF', '\n=1+1'],
  ['NUL', '\0=1+1'],
];
const FULL_WIDTH: readonly string[] = ['＝1+1', '＋1', '－1+1', '＠SUM(A1)'];
const PLAIN_NUMBERS: readonly string[] = ['-5', '+3', '-0.5', '+86'];

/** The cells of a CSV as a spreadsheet would split them (BOM dropped). */
function cellsOf(csv: string): string[][] {
  const text = csv.startsWith('\ufeff') ? csv.slice(1) : csv;
  const table = parseCsv(text);
  return [table.header, ...table.rows.map((row) => row.cells)];
}

describe('spreadsheet safety, one leading character at a time', () => {
  describe('toCsv', () => {
    it.each(LEADING)('neutralises a text cell starting with %s, in the header and in the rows', (_name, cell) => {
      expect(cellsOf(toCsv([cell, 'n'], [[cell, 1]]))).toEqual([
        [`'${cell}`, 'n'],
        [`'${cell}`, '1'],
      ]);
    });

    it.each(FULL_WIDTH)('leaves %j, which opens with a full-width sign no spreadsheet reads as a formula', (cell) => {
      expect(cellsOf(toCsv(['a'], [[cell]]))).toEqual([['a'], [cell]]);
    });

    it.each(PLAIN_NUMBERS)('keeps the plain number %j, written as text, a number', (cell) => {
      expect(cellsOf(toCsv(['a'], [[cell]]))).toEqual([['a'], [cell]]);
    });

    it('writes numbers as numbers, negative ones included', () => {
      expect(toCsv(['a', 'b'], [[-5, 3]])).toBe('a,b\r\n-5,3\r\n');
    });
  });

  describe('tableCsv (the county table and every chart’s CSV)', () => {
    it.each(LEADING)('neutralises a county or mechanism name starting with %s, and a column title', (_name, cell) => {
      const csv = tableCsv(['县', cell], [[cell, -5]]);
      expect(csv.startsWith('\ufeff')).toBe(true);
      expect(cellsOf(csv)).toEqual([
        ['县', `'${cell}`],
        [`'${cell}`, '-5'],
      ]);
    });

    it.each(FULL_WIDTH)('leaves %j as written', (cell) => {
      expect(cellsOf(tableCsv(['县'], [[cell]]))).toEqual([['县'], [cell]]);
    });

    it.each(PLAIN_NUMBERS)('keeps %j as written', (cell) => {
      expect(cellsOf(tableCsv(['县'], [[cell]]))).toEqual([['县'], [cell]]);
    });
  });

  describe('rejectedLinesCsv (an upload’s rejected lines, header and cells as the file had them)', () => {
    const rejectedWith = (cell: string) => {
      // The cell in a text column and in the header (an unknown column); the line is rejected for its bad figure.
      const file = toCsvLine(['county_code', 'county', 'period', 'township', 'people', cell]) + toCsvLine(['140923', '代县', '2019', cell, 'abc', cell]);
      const result = importAs('relocation', 'r.csv', new TextEncoder().encode(file));
      expect(result.rejected).toHaveLength(1);
      return cellsOf(rejectedLinesCsv(result, (problem) => problem.code, { line: '行号', reason: '原因' }));
    };

    it.each(LEADING.filter(([name]) => !['tab', 'CR', 'LF', 'NUL'].includes(name)))('neutralises a cell and a header cell starting with %s', (_name, cell) => {
      const [header, row] = rejectedWith(cell);
      expect(header?.[6]).toBe(`'${cell}`);
      expect(row?.[4]).toBe(`'${cell}`);
      expect(row?.[6]).toBe(`'${cell}`);
    });

    it.each(LEADING.filter(([name]) => ['tab', 'CR', 'LF', 'NUL'].includes(name)))('neutralises a cell kept as written that starts with %s', (_name, cell) => {
      // (The header is trimmed when read, so a header cell loses a leading tab or line break; its cells keep theirs.)
      const [, row] = rejectedWith(cell);
      expect(row?.[4]).toBe(`'${cell}`);
    });

    it.each(FULL_WIDTH)('leaves %j as written', (cell) => {
      const [, row] = rejectedWith(cell);
      expect(row?.[4]).toBe(cell);
    });

    it.each(PLAIN_NUMBERS)('keeps the plain number %j in a rejected line as written', (cell) => {
      const [, row] = rejectedWith(cell);
      expect(row?.[4]).toBe(cell);
    });
  });

  describe('templateCsv (empty templates)', () => {
    it.each(DATASET_IDS.flatMap((id) => [[id, 'zh'] as const, [id, 'en'] as const]))('writes %s headers (%s) of which none could run', (id, headers) => {
      const [header] = cellsOf(templateCsv(id, headers));
      for (const cell of header ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r\n\0]/);
    });
  });
});

/** One CSV line, quoted where needed (tabs, CRs and line breaks inside cells survive). */
function toCsvLine(cells: readonly string[]): string {
  return `${cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')}\r\n`;
}
