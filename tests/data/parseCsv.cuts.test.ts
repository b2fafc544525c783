import { describe, expect, it } from 'vitest';
import { CsvRowReader, type Delimiter, type RawRow } from '../../src/data/parseCsv';
import { importStream } from '../../src/data/importStream';
import { seededRandom } from '../../scripts/seededRandom';
import { toBlob, utf8 } from '../support/encode';
import { imported } from '../support/fixtures';
import { randomCsv, randomPieces } from '../support/randomCsv';
import { parseCsv } from '../support/wholeFile';
import { importWholeFile } from '../support/wholeFile';

function readInPieces(pieces: readonly string[], delimiter: Delimiter | null) {
  const reader = new CsvRowReader(delimiter);
  const rows: RawRow[] = [];
  for (const piece of pieces) rows.push(...reader.push(piece));
  rows.push(...reader.end());
  return { delimiter: reader.delimiter ?? ',', header: reader.header ?? [], headerLine: reader.headerLine, rows, ...(reader.unclosedQuote ? { unclosedQuote: reader.unclosedQuote } : {}) };
}

describe('CsvRowReader gives what parseCsv gives for the whole text, however the text is cut (seeded random cases)', () => {
  const TEXTS = 3000;
  const CUTS_PER_TEXT = 4;

  it(`over ${TEXTS} random texts, each cut ${CUTS_PER_TEXT} random ways, with the delimiter given or guessed`, () => {
    const random = seededRandom(20240601);
    for (let t = 0; t < TEXTS; t++) {
      const { text, delimiter } = randomCsv(random);
      const given = random() < 0.5 ? delimiter : null;
      const whole = parseCsv(text, given ?? undefined);
      for (let c = 0; c < CUTS_PER_TEXT; c++) {
        const pieces = randomPieces(random, text);
        expect(pieces.join('')).toBe(text);
        // The pieces are in the message, so a failure can be replayed as it is.
        expect(readInPieces(pieces, given), JSON.stringify({ given, pieces })).toEqual(whole);
      }
    }
  });

  it('meets texts without any quote, texts with quoted line breaks, and every kind of line break (a precondition of the cases above)', () => {
    const random = seededRandom(20240601);
    const seen = { noQuote: 0, quotedBreak: 0, lf: 0, crlf: 0, cr: 0 };
    for (let t = 0; t < 300; t++) {
      const { text } = randomCsv(random);
      if (!text.includes('"')) seen.noQuote++;
      if (/"[^"]*[\r\n][^"]*"/.test(text)) seen.quotedBreak++;
      if (text.includes('\r\n')) seen.crlf++;
      if (/(?<!\r)\n/.test(text)) seen.lf++;
      if (/\r(?!\n)/.test(text)) seen.cr++;
    }
    for (const [kind, count] of Object.entries(seen)) expect([kind, count > 20]).toEqual([kind, true]);
  });

  it('does not end a row at a quoted line break read in an earlier piece, when a later piece has no quote and no line break', () => {
    const pieces = ['h1,h2,h3,h4\r\n', 'x,"a\r\nb",c', ',d', '\r\n'];
    expect(readInPieces(pieces, ',')).toEqual(parseCsv(pieces.join(''), ','));
    expect(parseCsv(pieces.join(''), ',').rows).toEqual([{ line: 2, cells: ['x', 'a\r\nb', 'c', 'd'] }]);
  });

  it('opens a quoted cell at the start of a piece after a piece that ended with a delimiter', () => {
    const pieces = ['a,b\n', '1,', '"x\ny', '",2\n'];
    expect(readInPieces(pieces, ',')).toEqual(parseCsv(pieces.join(''), ','));
    expect(parseCsv(pieces.join(''), ',').rows).toEqual([{ line: 2, cells: ['1', 'x\ny', '2'] }]);
  });
});

describe('importStream on a file with LF line ends and quoted two-line notes', () => {
  const rows = Array.from({ length: 12 }, (_, i) => `140923,代县,2019,乡镇${i},${i + 1},${i + 3},"第一行\n第二行"`);
  const bytes = utf8(`county_code,county,period,township,households,people,note\n${rows.join('\n')}\n`);

  it.each([2, 5, 10, 19])('gives the whole-file reading’s result in chunks of %i bytes (it rejects lines cut at a quoted line break)', async (chunkBytes) => {
    const whole = importWholeFile('relocation', 'notes.csv', bytes);
    expect([whole.rowsAccepted, whole.problems]).toEqual([12, []]);
    expect(imported(await importStream(toBlob(bytes), 'notes.csv', { chunkBytes }))).toEqual(whole);
  });
});
